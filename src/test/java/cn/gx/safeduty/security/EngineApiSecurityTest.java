package cn.gx.safeduty.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Who may do what: /api and /engine-rest authentication, department task visibility, the read-only supervisor, the expression guard. */
@EmbeddedAppTest
class EngineApiSecurityTest {

  static final String PROBE_PROCESS = "securityProbe";
  static final List<String> DEPARTMENT_USERS = List.of("em-staff", "di-staff", "org-staff");

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

  @BeforeEach
  void setUp() {
    http = new Http(port);
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROBE_PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance(PROBE_PROCESS + ".bpmn",
          Bpmn.createExecutableProcess(PROBE_PROCESS).name("安全探针").camundaHistoryTimeToLive(180)
              .startEvent()
              .userTask("Task_Probe").name("处理探针").camundaCandidateGroups("emergency-management")
              .endEvent()
              .done()).deploy();
      participationGrants.grant();
    }
  }

  @Test
  void everyApiEndpointAnswers401WithoutCredentials() {
    List<String> checked = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String path = pattern.replaceAll("\\{[^}]+}", "1");
        var methods = info.getMethodsCondition().getMethods().isEmpty()
            ? List.of("GET") : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
        for (String method : methods) {
          Response response = http.send(method, path, null, "application/json", "{}");
          assertThat(response.status()).as(method + " " + path).isEqualTo(401);
          assertThat(response.contentType()).as(method + " " + path).startsWith("application/problem+json");
          assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
          checked.add(method + " " + path);
        }
      }
    }
    assertThat(checked).contains("POST /api/cadres", "GET /api/cadres/1/eligibility", "POST /api/cadres/import",
        "PATCH /api/cadres/1/status", "POST /api/jurisdictions");
  }

  @Test
  void everyEngineRestEndpointAnswers401WithoutCredentials() throws Exception {
    JsonNode openApi;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
      openApi = Http.JSON.readTree(in);
    }
    int checked = 0;
    for (var path : (Iterable<Map.Entry<String, JsonNode>>) () -> openApi.get("paths").fields()) {
      String concrete = path.getKey().replaceAll("\\{[^}]+}", "x");
      for (var operation : (Iterable<String>) () -> path.getValue().fieldNames()) {
        String method = operation.toUpperCase();
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        for (String prefix : List.of("/engine-rest", "/engine-rest/engine/default")) {
          Response response = http.send(method, prefix + concrete, null, "application/json", "{}");
          assertThat(response.status()).as(method + " " + prefix + concrete).isEqualTo(401);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(700);
    assertThat(http.get("/engine-rest/engine", null).status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordsAre401() {
    ensureUser("wrong-password-probe", "organization");
    assertThat(http.send("GET", "/api/cadres", "wrong-password-probe", "not-it", null, null, Map.of()).status())
        .isEqualTo(401);
    assertThat(http.send("GET", "/engine-rest/task", "wrong-password-probe", "not-it", null, null, Map.of()).status())
        .isEqualTo(401);
    assertThat(http.send("GET", "/api/cadres", "nobody-at-all", "demo", null, null, Map.of()).status()).isEqualTo(401);
  }

  @Test
  void eachDepartmentSeesAndWorksOnlyItsOwnTasks() {
    String marker = "可见性-" + UUID.randomUUID();
    Map<String, String> taskOfGroup = Map.of(
        "emergency-management", standaloneTask(marker + "-em", "emergency-management"),
        "discipline-inspection", standaloneTask(marker + "-di", "discipline-inspection"),
        "organization", standaloneTask(marker + "-org", "organization"));
    Map<String, String> groupOfUser = Map.of("em-staff", "emergency-management", "di-staff", "discipline-inspection",
        "org-staff", "organization");

    for (String user : DEPARTMENT_USERS) {
      JsonNode tasks = http.get("/engine-rest/task?nameLike=" + marker + "%25", user).json();
      assertThat(ids(tasks)).as(user).containsExactly(taskOfGroup.get(groupOfUser.get(user)));
      assertThat(http.get("/engine-rest/task/count?nameLike=" + marker + "%25", user).json().get("count").asInt())
          .isEqualTo(1);
    }
    assertThat(ids(http.get("/engine-rest/task?nameLike=" + marker + "%25", "supervisor").json())).hasSize(3);

    String own = taskOfGroup.get("emergency-management");
    String foreign = taskOfGroup.get("discipline-inspection");
    assertThat(http.postJson("/engine-rest/task/" + foreign + "/claim", "em-staff", Map.of("userId", "em-staff"))
        .status()).isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(foreign).singleResult().getAssignee()).isNull();

    assertThat(http.postJson("/engine-rest/task/" + own + "/claim", "em-staff", Map.of("userId", "em-staff"))
        .status()).isEqualTo(204);
    assertThat(http.postJson("/engine-rest/task/" + own + "/complete", "em-staff", Map.of()).status()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(own).count()).isZero();
  }

  @Test
  void eachDepartmentHasItsTasklistFilters() {
    String marker = "过滤器-" + UUID.randomUUID();
    String task = standaloneTask(marker, "organization");
    for (String user : DEPARTMENT_USERS) {
      JsonNode filters = http.get("/engine-rest/filter?resourceType=Task", user).json();
      assertThat(filters).extracting(f -> f.get("name").asText())
          .containsExactlyInAnyOrder("我的任务", "本部门待办", "即将到期");
      assertThat(StreamSupport.stream(filters.spliterator(), false)
          .sorted(java.util.Comparator.comparingInt(f -> f.get("properties").get("priority").asInt()))
          .map(f -> f.get("name").asText()).findFirst()).as("Tasklist shows the lowest priority first").hasValue("本部门待办");
      assertThat(filters).allSatisfy(f -> {
        assertThat(f.get("properties").get("variables").findValuesAsText("name"))
            .contains("caseNumber", "cadreLabel", "accidentNumber");
        assertThat(f.get("query").get("sorting").get(0).get("sortBy").asText()).isEqualTo("dueDate");
      });
    }
    JsonNode orgFilters = http.get("/engine-rest/filter?resourceType=Task", "org-staff").json();
    JsonNode queue = StreamSupport.stream(orgFilters.spliterator(), false)
        .filter(f -> f.get("name").asText().equals("本部门待办")).findFirst().orElseThrow();
    assertThat(queue.get("query").get("candidateGroup").asText()).isEqualTo("organization");
    JsonNode listed = http.postJson("/engine-rest/filter/" + queue.get("id").asText() + "/list", "org-staff",
        Map.of("nameLike", marker + "%")).json();
    assertThat(ids(listed)).containsExactly(task);
    assertThat(http.get("/engine-rest/filter/" + queue.get("id").asText(), "em-staff").status()).isEqualTo(403);
    assertThat(http.get("/engine-rest/filter", "supervisor").json()).isEmpty();
  }

  @Test
  void departmentsReadTheProcessesTheyTakePartIn() {
    assertThat(http.get("/engine-rest/process-definition/key/" + PROBE_PROCESS, "em-staff").status()).isEqualTo(200);
    assertThat(http.get("/engine-rest/process-definition/key/" + PROBE_PROCESS, "di-staff").status()).isIn(403, 404);
    assertThat(http.postJson("/engine-rest/process-definition/key/" + PROBE_PROCESS + "/start", "em-staff", Map.of())
        .status()).isEqualTo(403);
  }

  @Test
  void theSupervisorReadsEverythingAndChangesNothing() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROBE_PROCESS, "probe-" + UUID.randomUUID());
    String id = instance.getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();

    assertThat(ids(http.get("/engine-rest/process-instance?processInstanceIds=" + id, "supervisor").json()))
        .containsExactly(id);
    assertThat(http.get("/engine-rest/history/process-instance/" + id, "supervisor").status()).isEqualTo(200);
    assertThat(http.get("/engine-rest/process-definition/key/" + PROBE_PROCESS + "/xml", "supervisor").status())
        .isEqualTo(200);
    assertThat(http.get("/engine-rest/incident?processInstanceId=" + id, "supervisor").status()).isEqualTo(200);

    assertThat(http.send("DELETE", "/engine-rest/process-instance/" + id, "supervisor", null, null).status())
        .isEqualTo(403);
    assertThat(http.send("PUT", "/engine-rest/process-instance/" + id + "/suspended", "supervisor",
        "application/json", "{\"suspended\":true}").status()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/process-definition/key/" + PROBE_PROCESS + "/start", "supervisor", Map.of())
        .status()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", "supervisor", Map.of("userId", "supervisor"))
        .status()).isEqualTo(403);
    assertThat(deploy("supervisor").status()).isEqualTo(403);
    assertThat(deploy("em-staff").status()).isEqualTo(403);

    WebappSession cockpit = WebappSession.open(port, "cockpit");
    assertThat(cockpit.login("cockpit", "supervisor").status()).isEqualTo(200);
    assertThat(ids(cockpit.call("GET", "/camunda/api/engine/engine/default/process-instance?processInstanceIds=" + id,
        null, null).json())).containsExactly(id);
    assertThat(cockpit.call("DELETE", "/camunda/api/engine/engine/default/process-instance/" + id, null, null).status())
        .isEqualTo(403);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).active().count())
        .isEqualTo(1);
  }

  @Test
  void eachUserOpensOnlyItsOwnWebapp() {
    assertThat(WebappSession.open(port, "tasklist").login("tasklist", "em-staff").status()).isEqualTo(200);
    assertThat(WebappSession.open(port, "cockpit").login("cockpit", "em-staff").status()).isEqualTo(403);
    assertThat(WebappSession.open(port, "tasklist").login("tasklist", "supervisor").status()).isEqualTo(403);
    assertThat(WebappSession.open(port, "admin").login("admin", "supervisor").status()).isEqualTo(403);
    assertThat(WebappSession.open(port, "admin").login("admin", "admin").status()).isEqualTo(200);
  }

  @Test
  void expressionsInQueriesAre400OnBothEngineApis() {
    assertExpressionRejected(http.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", "em-staff"),
        "assigneeExpression");
    assertExpressionRejected(http.get("/engine-rest/task?candidateGroupExpression=%23%7Bx%7D", "em-staff"),
        "candidateGroupExpression");
    assertExpressionRejected(http.postJson("/engine-rest/task", "em-staff",
        Map.of("assigneeExpression", "${currentUser()}")), "assigneeExpression");
    assertExpressionRejected(http.postJson("/engine-rest/task", "em-staff",
        Map.of("orQueries", List.of(Map.of("name", "x"), Map.of("assigneeExpression", "${'a'}")))),
        "orQueries[1].assigneeExpression");
    assertExpressionRejected(http.send("POST", "/engine-rest/task/count", "em-staff", "application/json",
        "{\"orQueries\":[{\"dueDateExpression\":\"\\u0024{dateTime()}\"}]}"), "orQueries[0].dueDateExpression");
    assertExpressionRejected(http.postJson("/engine-rest/engine/default/process-instance", "supervisor",
        Map.of("businessKey", "#{1+1}")), "businessKey");

    String anyFilter = http.get("/engine-rest/filter", "em-staff").json().get(0).get("id").asText();
    assertExpressionRejected(http.postJson("/engine-rest/filter/" + anyFilter + "/list", "em-staff",
        Map.of("orQueries", List.of(Map.of("assigneeExpression", "${currentUser()}")))),
        "orQueries[0].assigneeExpression");
    assertThat(http.postJson("/engine-rest/task", "em-staff", Map.of("assignee", "em-staff")).status()).isEqualTo(200);

    WebappSession tasklist = WebappSession.open(port, "tasklist");
    tasklist.login("tasklist", "em-staff");
    assertExpressionRejected(tasklist.call("POST", "/camunda/api/engine/engine/default/task", "application/json",
        Http.toJson(Map.of("orQueries", List.of(Map.of("assigneeExpression", "${currentUser()}"))))),
        "orQueries[0].assigneeExpression");
    assertExpressionRejected(tasklist.call("GET",
        "/camunda/api/engine/engine/default/task?assigneeExpression=%24%7BcurrentUser()%7D", null, null),
        "assigneeExpression");
    assertThat(tasklist.call("POST", "/camunda/api/engine/engine/default/task", "application/json",
        "{\"assignee\":\"em-staff\"}").status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsStoreFiltersWithExpressions() {
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "管理员过滤器-" + UUID.randomUUID(),
        "query", Map.of("assigneeExpression", "${currentUser()}"));
    assertExpressionRejected(http.postJson("/engine-rest/filter/create", "org-staff", filter), "query.assigneeExpression");
    Response created = http.postJson("/engine-rest/filter/create", "admin", filter);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    String id = created.json().get("id").asText();
    assertThat(http.send("PUT", "/engine-rest/filter/" + id, "admin", "application/json", Http.toJson(filter)).status())
        .isEqualTo(204);
    engine.getFilterService().deleteFilter(id);
  }

  @Test
  void processDataMayContainDollarBraces() {
    String task = standaloneTask("数据-" + UUID.randomUUID(), "emergency-management");
    http.postJson("/engine-rest/task/" + task + "/claim", "em-staff", Map.of("userId", "em-staff"));
    Response completed = http.postJson("/engine-rest/task/" + task + "/complete", "em-staff",
        Map.of("variables", Map.of("reasons", Map.of("value", "理由中出现 ${ 字样", "type", "String"))));
    assertThat(completed.status()).isEqualTo(204);
  }

  @Test
  void theAdminSetupEndpointIsClosed() {
    WebappSession admin = WebappSession.open(port, "admin");
    Response setup = admin.call("POST", "/camunda/api/admin/setup/default/user/create", "application/json",
        Http.toJson(Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@x.invalid"),
            "credentials", Map.of("password", "intruder1"))));
    assertThat(setup.status()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void javaSerializationOfVariablesIsOff() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isJavaSerializationFormatEnabled()).isFalse();
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isEnableExpressionsInAdhocQueries()).isFalse();
    String id = engine.getRuntimeService().startProcessInstanceByKey(PROBE_PROCESS).getId();
    Response response = http.send("PUT", "/engine-rest/process-instance/" + id + "/variables/payload", "admin",
        "application/json", Http.toJson(Map.of("type", "Object", "value", "rO0ABXQABWhlbGxv",
            "valueInfo", Map.of("objectTypeName", "java.lang.String",
                "serializationDataFormat", "application/x-java-serialized-object"))));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("ENGINE-", "java.");
    assertThat(engine.getRuntimeService().getVariable(id, "payload")).isNull();
  }

  @Test
  void webappsCarryCsrfProtectionAndSecurityHeaders() {
    Response page = http.get("/camunda/app/tasklist/default/", null);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("script-src 'nonce-", "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-eval"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
        assertThat(cookie).startsWith("XSRF-TOKEN=").contains("SameSite=Strict"));

    WebappSession tasklist = WebappSession.open(port, "tasklist");
    tasklist.login("tasklist", "em-staff");
    assertThat(tasklist.callWithoutToken("POST", "/camunda/api/engine/engine/default/task", "application/json", "{}")
        .status()).isEqualTo(403);
  }

  @Test
  void dutyListsAreRecordedByEmergencyManagementAndTheOrganizationDepartmentOnly() {
    Map<String, Object> list = Map.of("jurisdictionCode", "450102", "year", 2024, "kind", "GOVERNMENT_LEADERS",
        "title", "兴宁区政府领导干部年度安全生产重点工作责任清单", "documentRef", "兴政〔2024〕1号", "issuedOn", "2024-03-01");
    assertThat(http.postJson("/api/duty-lists", "di-staff", list).status()).isEqualTo(403);
    assertThat(http.postJson("/api/duty-lists", "supervisor", list).status()).isEqualTo(403);
    assertThat(http.postJson("/api/duty-lists", "em-staff", list).status()).isEqualTo(201);
  }

  @Test
  void onlyTheOrganizationDepartmentWritesTheRegistry() {
    Map<String, Object> cadre = Map.of("name", "权限测试", "jurisdictionCode", "450100", "role", "PARTY_SECRETARY");
    assertThat(http.postJson("/api/cadres", "em-staff", cadre).status()).isEqualTo(403);
    assertThat(http.postJson("/api/cadres", "supervisor", cadre).status()).isEqualTo(403);
    assertThat(http.send("PATCH", "/api/cadres/1/status", "di-staff", "application/json", "{\"status\":\"RETIRED\"}")
        .status()).isEqualTo(403);
    Response denied = http.postJson("/api/jurisdictions", "em-staff", Map.of());
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.contentType()).startsWith("application/problem+json");
    for (String reader : List.of("em-staff", "di-staff", "org-staff", "supervisor", "admin")) {
      assertThat(http.get("/api/cadres/1", reader).status()).as(reader).isEqualTo(200);
    }
  }

  private Response deploy(String user) {
    String boundary = "probe-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + Bpmn.convertToString(Bpmn.createExecutableProcess("intruderProcess").startEvent().endEvent().done())
        + "\r\n--" + boundary + "--\r\n";
    return http.send("POST", "/engine-rest/deployment/create", user, "multipart/form-data; boundary=" + boundary, body);
  }

  private String standaloneTask(String name, String candidateGroup) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), candidateGroup);
    return task.getId();
  }

  private void ensureUser(String id, String group) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }

  private static List<String> ids(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  private static void assertExpressionRejected(Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
  }
}
