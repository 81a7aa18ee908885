package cn.gx.safeduty.security;

import static cn.gx.safeduty.security.AuthorizationMatrixTest.Who.ADMIN;
import static cn.gx.safeduty.security.AuthorizationMatrixTest.Who.DI;
import static cn.gx.safeduty.security.AuthorizationMatrixTest.Who.EM;
import static cn.gx.safeduty.security.AuthorizationMatrixTest.Who.NONE;
import static cn.gx.safeduty.security.AuthorizationMatrixTest.Who.ORG;
import static cn.gx.safeduty.security.AuthorizationMatrixTest.Who.SUP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.WebappSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, as one table: for each group (the three departments, supervisors, administrators
 * and a user in no group) and each resource of the engine and of SafeDuty's API, whether it is
 * allowed, checked over HTTP cell by cell. A resource SafeDuty's API gains without a row here fails
 * the test, so the table stays complete.
 */
@EmbeddedAppTest
class AuthorizationMatrixTest {

  /** The six kinds of caller. */
  enum Who {
    EM("em-staff"), DI("di-staff"), ORG("org-staff"), SUP("supervisor"), ADMIN("admin"), NONE("outsider");

    final String user;

    Who(String user) {
      this.user = user;
    }
  }

  /** What a probe found: the caller could do it, or was refused (403, or not shown the thing at all). */
  enum Outcome { ALLOWED, DENIED }

  interface Probe {
    Outcome run(Who who);
  }

  record Cell(String resource, Set<Who> allowed, Probe probe) {
  }

  static final Set<Who> STAFF = EnumSet.of(EM, DI, ORG, SUP, ADMIN);
  static final Set<Who> DEPARTMENTS_AND_ADMIN = EnumSet.of(EM, DI, ORG, ADMIN);
  static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

  static final String PROBE_PROCESS = "authorizationMatrixProbe";
  static final String PROBE_MESSAGE = "AuthorizationMatrixProbe";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ProcessParticipationGrants participationGrants;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  Http http;
  String caseInstance;
  Map<String, String> taskOfLane = new LinkedHashMap<>();

  @BeforeEach
  void setUp() {
    http = new Http(port);
    if (engine.getIdentityService().createUserQuery().userId(NONE.user).count() == 0) {
      User outsider = engine.getIdentityService().newUser(NONE.user);
      outsider.setFirstName("无");
      outsider.setLastName("分组");
      outsider.setPassword("demo");
      engine.getIdentityService().saveUser(outsider);
    }
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROBE_PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance(PROBE_PROCESS + ".bpmn", probeModel()).deploy();
      participationGrants.grant();
    }
    long cadre = http.postJson("/api/cadres", "org-staff",
        Map.of("name", "权限矩阵干部", "jurisdictionCode", "450126", "role", "GOVERNMENT_LEADER")).json().get("id").asLong();
    Response created = http.postJson("/api/accountability-cases", "em-staff",
        cn.gx.safeduty.support.CaseRequests.dutyFailure(cadre, "权限矩阵"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    caseInstance = created.json().get("processInstanceId").asText();
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(caseInstance).list()) {
      engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> link.getGroupId() != null)
          .forEach(link -> taskOfLane.put(link.getGroupId(), task.getId()));
    }
    assertThat(taskOfLane).containsOnlyKeys("emergency-management", "discipline-inspection", "organization");
  }

  private static BpmnModelInstance probeModel() {
    return Bpmn.createExecutableProcess(PROBE_PROCESS).name("权限探针").camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("Task_Probe").name("处理探针").camundaCandidateGroups("emergency-management")
        .boundaryEvent("Event_ProbeMessage").message(PROBE_MESSAGE)
        .endEvent()
        .moveToActivity("Task_Probe")
        .endEvent()
        .done();
  }

  /** The table: every resource, who may. */
  List<Cell> engineTable() {
    List<Cell> cells = new ArrayList<>();
    // each procedure's definition, and with it its instances, is read by the departments with a task in it
    Map<String, Set<Who>> readers = new LinkedHashMap<>();
    readers.put("accountability", STAFF);
    readers.put("accident-followup", EnumSet.of(EM, SUP, ADMIN));
    readers.put("inspection-tour", STAFF);
    readers.put("supervision-item", EnumSet.of(EM, SUP, ADMIN));
    readers.put("meeting-compliance", EnumSet.of(EM, SUP, ADMIN));
    readers.put("performance-assessment", EnumSet.of(EM, ORG, SUP, ADMIN));
    readers.put("commendation", EnumSet.of(DI, ORG, SUP, ADMIN));
    readers.put("proposal-intake", EnumSet.of(SUP, ADMIN));
    readers.put("candidate-vetting", EnumSet.of(EM, ORG, SUP, ADMIN));
    assertThat(readers.keySet()).as("every SafeDuty process").containsExactlyInAnyOrderElementsOf(processKeys());
    readers.forEach((key, allowed) -> cells.add(new Cell("the " + key + " process definition: read", allowed,
        who -> listed(http.get("/engine-rest/process-definition?key=" + key, who.user), "key", key))));
    cells.add(new Cell("an accountability case's instance: read", STAFF,
        who -> listed(http.get("/engine-rest/process-instance?processInstanceIds=" + caseInstance, who.user), "id", caseInstance)));
    cells.add(new Cell("an instance: start over the engine API", EnumSet.of(ADMIN),
        who -> done(http.postJson("/engine-rest/process-definition/key/" + PROBE_PROCESS + "/start", who.user, Map.of()))));
    cells.add(new Cell("an instance: suspend", EnumSet.of(ADMIN),
        who -> done(http.send("PUT", "/engine-rest/process-instance/" + probeInstance() + "/suspended", who.user,
            "application/json", "{\"suspended\":true}"))));
    cells.add(new Cell("an instance: delete", EnumSet.of(ADMIN),
        who -> done(http.send("DELETE", "/engine-rest/process-instance/" + probeInstance(), who.user, null, null))));
    cells.add(new Cell("an instance: correlate a message", EnumSet.of(ADMIN),
        who -> done(http.postJson("/engine-rest/message", who.user,
            Map.of("messageName", PROBE_MESSAGE, "processInstanceId", probeInstance())))));
    for (var lane : List.of(Map.entry("emergency-management", EM), Map.entry("discipline-inspection", DI),
        Map.entry("organization", ORG))) {
      String task = taskOfLane.get(lane.getKey());
      cells.add(new Cell("a task of " + lane.getKey() + "'s lane: see", EnumSet.of(lane.getValue(), SUP, ADMIN),
          who -> listed(http.get("/engine-rest/task?processInstanceId=" + caseInstance, who.user), "id", task)));
      cells.add(new Cell("a task of " + lane.getKey() + "'s lane: claim", EnumSet.of(lane.getValue(), ADMIN),
          who -> claimAndGiveBack(task, who)));
      // Tasklist's comments go through the task's history, which departments do not read: their reasons go in the forms
      cells.add(new Cell("a task of " + lane.getKey() + "'s lane: comment", EnumSet.of(ADMIN),
          who -> done(http.postJson("/engine-rest/task/" + task + "/comment/create", who.user, Map.of("message", "矩阵")))));
      cells.add(new Cell("a task of " + lane.getKey() + "'s lane: write a variable outside its form", NOBODY,
          who -> done(http.send("PUT", "/engine-rest/task/" + task + "/variables/matrixProbe", who.user,
              "application/json", "{\"value\":\"x\",\"type\":\"String\"}"))));
    }
    cells.add(new Cell("a case's variables: read", STAFF,
        who -> done(http.get("/engine-rest/process-instance/" + caseInstance + "/variables", who.user))));
    cells.add(new Cell("a case's variables: write", EnumSet.of(ADMIN),
        who -> writeAndRemoveVariable(who, "{\"value\":\"x\",\"type\":\"String\"}")));
    cells.add(new Cell("a case's variables: write an Object of another type", NOBODY,
        who -> writeAndRemoveVariable(who, "{\"value\":\"\\\"http://x.invalid\\\"\",\"type\":\"Object\",\"valueInfo\":"
            + "{\"objectTypeName\":\"java.net.URL\",\"serializationDataFormat\":\"application/json\"}}")));
    cells.add(new Cell("a case's variables: write one Java-serialized", NOBODY,
        who -> writeAndRemoveVariable(who, "{\"value\":\"rO0ABXQABWhlbGxv\",\"type\":\"Object\",\"valueInfo\":"
            + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}")));
    cells.add(new Cell("a case's history: read", EnumSet.of(SUP, ADMIN),
        who -> listed(http.get("/engine-rest/history/process-instance?processInstanceId=" + caseInstance, who.user),
            "id", caseInstance)));
    cells.add(new Cell("a case's task history: read", EnumSet.of(SUP, ADMIN),
        who -> listed(http.get("/engine-rest/history/task?processInstanceId=" + caseInstance, who.user),
            "processInstanceId", caseInstance)));
    cells.add(new Cell("the baseline decision table: read", EnumSet.of(SUP, ADMIN),
        who -> listed(http.get("/engine-rest/decision-definition?key=accountability-baseline", who.user),
            "key", "accountability-baseline")));
    cells.add(new Cell("deployments: read", EnumSet.of(SUP, ADMIN),
        who -> nonEmpty(http.get("/engine-rest/deployment?maxResults=1", who.user))));
    cells.add(new Cell("deployments: create", EnumSet.of(ADMIN), this::deploy));
    cells.add(new Cell("authorizations: read", EnumSet.of(ADMIN),
        who -> nonEmpty(http.get("/engine-rest/authorization?maxResults=1", who.user))));
    cells.add(new Cell("authorizations: create", EnumSet.of(ADMIN), this::createAuthorization));
    cells.add(new Cell("users: read", STAFF,
        who -> listed(http.get("/engine-rest/user?id=em-staff", who.user), "id", "em-staff")));
    cells.add(new Cell("users: rename oneself", EnumSet.of(ADMIN), this::renameOneself));
    cells.add(new Cell("users: change one's password", EnumSet.of(ADMIN),
        who -> done(http.send("PUT", "/engine-rest/user/" + who.user + "/credentials", who.user, "application/json",
            Http.toJson(Map.of("password", "demo", "authenticatedUserPassword", "demo"))))));
    cells.add(new Cell("users: delete an account (one's own; the administrator a spare one)", EnumSet.of(ADMIN),
        who -> done(http.send("DELETE", "/engine-rest/user/" + (who == ADMIN ? spareUser() : who.user), who.user, null, null))));
    cells.add(new Cell("groups: join the administrators", EnumSet.of(ADMIN),
        who -> joinAdministrators(who == ADMIN ? spareUser() : who.user, who)));
    for (var lane : List.of(Map.entry("emergency-management", EM), Map.entry("discipline-inspection", DI),
        Map.entry("organization", ORG))) {
      String queue = engine.getFilterService().createTaskFilterQuery().list().stream()
          .filter(f -> (lane.getKey() + ":queue").equals(f.getProperties().get(TasklistFilters.KEY)))
          .findFirst().orElseThrow().getId();
      cells.add(new Cell("filters: 本部门待办 of " + lane.getKey(), EnumSet.of(lane.getValue(), ADMIN),
          who -> listed(http.get("/engine-rest/filter?resourceType=Task", who.user), "id", queue)));
    }
    cells.add(new Cell("filters: create", EnumSet.of(ADMIN), this::createFilter));
    cells.add(new Cell("webapp: Tasklist", DEPARTMENTS_AND_ADMIN, who -> login("tasklist", who)));
    cells.add(new Cell("webapp: Cockpit", EnumSet.of(SUP, ADMIN), who -> login("cockpit", who)));
    cells.add(new Cell("webapp: Admin", EnumSet.of(ADMIN), who -> login("admin", who)));
    return cells;
  }

  /** SafeDuty's own API: method and path pattern → who may. */
  static Map<String, Set<Who>> apiTable() {
    Set<Who> em = EnumSet.of(EM, ADMIN);
    Set<Who> org = EnumSet.of(ORG, ADMIN);
    Set<Who> emOrg = EnumSet.of(EM, ORG, ADMIN);
    Map<String, Set<Who>> table = new LinkedHashMap<>();
    for (String read : List.of("/api/accidents", "/api/accidents/{id}", "/api/accountability-cases",
        "/api/accountability-cases/{id}", "/api/accountability-cases/{id}/notice", "/api/accountability-cases/{id}/appeal-notice", "/api/accountability-cases/export", "/api/accidents/export", "/api/inspection-tours/results/export", "/api/assessment-cycles/results/export", "/api/commendations/export", "/api/assessment-cycles",
        "/api/assessment-cycles/{id}", "/api/assessment-cycles/{id}/proposals",
        "/api/assessment-cycles/{id}/assessees/{assesseeId}/duty-report-file", "/api/assessment-cycles/{id}/bulletin",
        "/api/safety-meetings", "/api/safety-meetings/compliance", "/api/candidate-vettings/{id}", "/api/commendations",
        "/api/commendations/{id}", "/api/commendations/{id}/notice", "/api/inspection-tours", "/api/inspection-tours/{id}",
        "/api/inspection-tours/{id}/report", "/api/inspection-tours/{id}/targets/{code}/notice", "/api/supervision-items",
        "/api/supervision-items/{id}", "/api/cadres", "/api/cadres/{id}", "/api/cadres/{id}/record",
        "/api/cadres/{id}/eligibility", "/api/duties", "/api/duties/{id}", "/api/industries", "/api/portfolio-sectors", "/api/restrictions", "/api/restrictions/export", "/api/duty-lists/{id}/reviews", "/api/safety-budgets", "/api/situation-analyses", "/api/duty-checks", "/api/compliance/safety-deputies", "/api/duty-lists", "/api/duty-lists/missing",
        "/api/jurisdictions", "/api/jurisdictions/{code}", "/api/jurisdictions/{code}/record", "/api/calendar",
        "/api/organs", "/api/organs/{id}")) {
      table.put("GET " + read, STAFF);
    }
    table.put("GET /api/cadres/{id}/record-access", org);
    for (String write : List.of("/api/accidents", "/api/accidents/{id}/receipts", "/api/accidents/{id}/corrections",
        "/api/accidents/{id}/conclusion", "/api/accountability-cases", "/api/assessment-cycles", "/api/safety-meetings",
        "/api/inspection-tours", "/api/supervision-items", "/api/compliance/safety-deputies/supervision-items", "/api/safety-budgets", "/api/situation-analyses")) {
      table.put("POST " + write, em);
    }
    table.put("PUT /api/assessment-cycles/{id}/assessees/{assesseeId}/duty-report-file", em);
    table.put("POST /api/accountability-cases/{id}/appeal", DEPARTMENTS_AND_ADMIN);
    table.put("POST /api/accountability-cases/{id}/new-facts", DEPARTMENTS_AND_ADMIN);
    table.put("POST /api/commendations", emOrg);
    table.put("POST /api/commendations/take-up-proposals", emOrg);
    table.put("POST /api/commendations/{id}/objections", DEPARTMENTS_AND_ADMIN);
    table.put("POST /api/candidate-vettings", org);
    table.put("POST /api/duty-lists", emOrg);
    table.put("POST /api/duty-lists/{id}/reviews", emOrg);
    table.put("POST /api/cadres", org);
    table.put("PUT /api/cadres/{id}/roles", org);
    table.put("POST /api/cadres/{id}/postings", org);
    table.put("PUT /api/cadres/{id}/portfolio", org);
    table.put("PATCH /api/cadres/{id}/status", org);
    table.put("POST /api/cadres/import", org);
    table.put("POST /api/jurisdictions", org);
    table.put("POST /api/calendar/reload", EnumSet.of(ADMIN));
    table.put("PUT /api/organs/{id}", EnumSet.of(ADMIN));
    return table;
  }

  @Test
  void everyGroupMayDoExactlyWhatTheTableSays() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Cell cell : engineTable()) {
      for (Who who : Who.values()) {
        Outcome expected = cell.allowed().contains(who) ? Outcome.ALLOWED : Outcome.DENIED;
        Outcome found = cell.probe().run(who);
        checked++;
        if (found != expected) {
          wrong.add(cell.resource() + " × " + who + ": expected " + expected + ", found " + found);
        }
      }
    }
    assertThat(wrong).as("cells that differ from the table").isEmpty();
    assertThat(checked).isEqualTo(engineTable().size() * Who.values().length);
  }

  @Test
  void everySafeDutyEndpointIsInTheTableAndHoldsToIt() {
    Map<String, Set<Who>> table = apiTable();
    Set<String> mapped = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + pattern));
        }
      }
    }
    assertThat(table.keySet()).as("the table names every endpoint, and only those")
        .containsExactlyInAnyOrderElementsOf(mapped);
    List<String> wrong = new ArrayList<>();
    table.forEach((endpoint, allowed) -> {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{code}", "450126")
          .replaceAll("\\{[^}]+}", "999999");
      for (Who who : Who.values()) {
        Outcome found = apiOutcome(method, path, who);
        Outcome expected = allowed.contains(who) ? Outcome.ALLOWED : Outcome.DENIED;
        if (found != expected) {
          wrong.add(endpoint + " × " + who + ": expected " + expected + ", found " + found);
        }
      }
    });
    assertThat(wrong).as("cells that differ from the table").isEmpty();
  }

  /**
   * A write is sent in a media type no endpoint takes: a caller let through gets 415 (or a 400/404 for
   * the ids) and nothing runs; one refused gets 403 before the body is looked at.
   */
  private Outcome apiOutcome(String method, String path, Who who) {
    Response response = method.equals("GET")
        ? http.get(path, who.user)
        : http.send(method, path, who.user, "application/x-authorization-probe", "{}");
    assertThat(response.status()).as(method + " " + path + " as " + who + ": " + response.body())
        .isNotEqualTo(500).isNotEqualTo(401);
    return response.status() == 403 ? Outcome.DENIED : Outcome.ALLOWED;
  }

  /** The processes SafeDuty ships: one file each in processes/, named by its id. */
  private static List<String> processKeys() {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
          .map(name -> name.substring(0, name.length() - ".bpmn".length())).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String probeInstance() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROBE_PROCESS).getId();
  }

  private String spareUser() {
    String id = "spare-" + UUID.randomUUID().toString().substring(0, 8);
    User user = engine.getIdentityService().newUser(id);
    user.setFirstName("备用");
    user.setLastName("账户");
    user.setPassword("demo");
    engine.getIdentityService().saveUser(user);
    return id;
  }

  /** 2xx: done; 403 or 404 (not shown to this caller) or 400 (refused as such): not. */
  private static Outcome done(Response response) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return Outcome.ALLOWED;
    }
    assertThat(status).as(response.body()).isIn(400, 403, 404);
    // Camunda's documented error shape keeps its "type" (the webapps read "AuthorizationException" from it)
    assertThat(response.body()).doesNotContain("ENGINE-", "org.camunda", "java.", "SQL", "\tat ");
    return Outcome.DENIED;
  }

  private static Outcome listed(Response response, String field, String value) {
    if (response.status() == 403) {
      return Outcome.DENIED;
    }
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().findValuesAsText(field).contains(value) ? Outcome.ALLOWED : Outcome.DENIED;
  }

  private static Outcome nonEmpty(Response response) {
    if (response.status() == 403) {
      return Outcome.DENIED;
    }
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().isEmpty() ? Outcome.DENIED : Outcome.ALLOWED;
  }

  private Outcome claimAndGiveBack(String task, Who who) {
    Outcome outcome = done(http.postJson("/engine-rest/task/" + task + "/claim", who.user, Map.of("userId", who.user)));
    if (outcome == Outcome.ALLOWED) {
      engine.getTaskService().setAssignee(task, null);
    }
    return outcome;
  }

  private Outcome writeAndRemoveVariable(Who who, String body) {
    Outcome outcome = done(http.send("PUT", "/engine-rest/process-instance/" + caseInstance + "/variables/matrixProbe",
        who.user, "application/json", body));
    engine.getRuntimeService().removeVariable(caseInstance, "matrixProbe");
    return outcome;
  }

  private Outcome deploy(Who who) {
    String boundary = "matrix" + UUID.randomUUID();
    String xml = Bpmn.convertToString(Bpmn.createExecutableProcess("matrixDeployProbe").camundaHistoryTimeToLive(1)
        .startEvent().endEvent().done());
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"matrixDeployProbe.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n";
    return done(http.sendBytes("POST", "/engine-rest/deployment/create", who.user,
        "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8)));
  }

  private Outcome createAuthorization(Who who) {
    Response created = http.postJson("/engine-rest/authorization/create", who.user, Map.of("type", 1,
        "permissions", List.of("READ"), "userId", who.user, "resourceType", 7, "resourceId", "*"));
    Outcome outcome = done(created);
    if (outcome == Outcome.ALLOWED) {
      engine.getAuthorizationService().deleteAuthorization(created.json().get("id").asText());
    }
    return outcome;
  }

  private Outcome renameOneself(Who who) {
    User me = engine.getIdentityService().createUserQuery().userId(who.user).singleResult();
    Map<String, String> profile = new LinkedHashMap<>();
    profile.put("id", who.user);
    profile.put("firstName", who == ADMIN ? me.getFirstName() : "系统");
    profile.put("lastName", who == ADMIN ? me.getLastName() : "管理员");
    profile.put("email", me.getEmail());
    Outcome outcome = done(http.send("PUT", "/engine-rest/user/" + who.user + "/profile", who.user,
        "application/json", Http.toJson(profile)));
    User after = engine.getIdentityService().createUserQuery().userId(who.user).singleResult();
    if (who != ADMIN) {
      assertThat(after.getFirstName() + after.getLastName()).isEqualTo(me.getFirstName() + me.getLastName());
    }
    return outcome;
  }

  private Outcome joinAdministrators(String member, Who who) {
    Outcome outcome = done(http.send("PUT", "/engine-rest/group/camunda-admin/members/" + member, who.user, null, null));
    engine.getIdentityService().deleteMembership(member, "camunda-admin");
    return outcome;
  }

  private Outcome createFilter(Who who) {
    Response created = http.postJson("/engine-rest/filter/create", who.user,
        Map.of("resourceType", "Task", "name", "矩阵探针", "query", Map.of()));
    Outcome outcome = done(created);
    if (outcome == Outcome.ALLOWED) {
      engine.getFilterService().deleteFilter(created.json().get("id").asText());
    }
    return outcome;
  }

  private Outcome login(String app, Who who) {
    int status = WebappSession.open(port, app).login(app, who.user).status();
    assertThat(status).isIn(200, 401, 403);
    return status == 200 ? Outcome.ALLOWED : Outcome.DENIED;
  }
}
