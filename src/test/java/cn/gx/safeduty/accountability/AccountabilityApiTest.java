package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.kernel.document.DocumentFonts;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accountability API over HTTP, with each department's demo user doing its own tasks through the engine REST API. */
@EmbeddedAppTest
class AccountabilityApiTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DocumentFonts font;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  long newCadre() {
    Response created = http.postJson("/api/cadres", "org-staff",
        Map.of("name", "接口测试干部", "jurisdictionCode", "450102", "role", "GOVERNMENT_HEAD", "post", "区长"));
    return created.json().get("id").asLong();
  }

  static Map<String, Object> facts(boolean fully, String mitigation, boolean crime) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("fullyPerformedDuties", fully);
    facts.put("enlargedLossByPoorWork", false);
    facts.put("seriousSocialImpact", false);
    facts.put("mitigation", mitigation);
    facts.put("egregiousAndSerious", false);
    facts.put("suspectedDutyCrime", crime);
    return facts;
  }

  Map<String, Object> accidentCase(long cadreId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cadreId", cadreId);
    body.put("ground", "ACCIDENT_RESPONSIBILITY");
    body.put("accidentGrade", "ORDINARY");
    body.put("responsibility", "MAIN");
    body.put("summary", "某化工企业一般事故，区长负主要领导责任");
    body.put("facts", facts(false, "NONE", false));
    return body;
  }

  /** Claims and submits a task's form the way Tasklist does, as the given user. */
  void work(JsonNode caseView, String key, String user, Map<String, Object> fields) {
    String taskId = null;
    for (JsonNode task : caseView.get("openTasks")) {
      if (task.get("taskDefinitionKey").asText().equals(key)) {
        taskId = task.get("id").asText();
      }
    }
    assertThat(taskId).as(key + " open in " + caseView.get("openTasks")).isNotNull();
    Response claimed = http.postJson("/engine-rest/task/" + taskId + "/claim", user, Map.of("userId", user));
    assertThat(claimed.status()).as("claim " + key + ": " + claimed.body()).isEqualTo(204);
    Map<String, Object> variables = new HashMap<>();
    fields.forEach((name, value) -> variables.put(name, cn.gx.safeduty.support.AccountabilityForms.restVariable(value)));
    Response submitted = http.postJson("/engine-rest/task/" + taskId + "/submit-form", user, Map.of("variables", variables));
    assertThat(submitted.status()).as(key + ": " + submitted.body()).isIn(200, 204);
  }

  JsonNode caseView(long id) {
    Response response = http.get("/api/accountability-cases/" + id, "supervisor");
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  @Test
  void aCaseGoesThroughEveryDepartmentToItsRestriction() throws Exception {
    long cadreId = newCadre();
    Response registered = http.postJson("/api/accountability-cases", "em-staff", accidentCase(cadreId));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    long id = registered.json().get("id").asLong();
    assertThat(registered.json().get("processInstanceId").asText()).isNotBlank();
    assertThat(registered.json().get("caseNumber").asText()).matches("问责〔\\d{4}〕\\d{4}");

    JsonNode view = caseView(id);
    assertThat(view.get("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(view.get("outcome").isNull()).isTrue();
    JsonNode recommendation = view.get("recommendation");
    assertThat(recommendation.get("bandLow").asInt()).isEqualTo(2);
    assertThat(recommendation.get("bandHigh").asInt()).isEqualTo(3);
    assertThat(recommendation.get("level").asInt()).isEqualTo(2);
    assertThat(recommendation.get("sanction").asText()).isEqualTo("ADMONISHMENT");
    assertThat(recommendation.get("decidingGroup").asText()).isEqualTo("organization");
    assertThat(recommendation.get("articles")).extracting(JsonNode::asText).containsExactly("20(3)", "21", "28");
    assertThat(view.get("decision").isNull()).isTrue();
    assertThat(view.get("openTasks")).extracting(t -> t.get("name").asText() + "/" + t.get("candidateGroup").asText())
        .containsExactlyInAnyOrder("牵头审查问责事项/emergency-management", "审查党纪政务处分/discipline-inspection",
            "审查组织处理/organization");

    String orgTask = stream(view.get("openTasks")).filter(t -> t.get("candidateGroup").asText().equals("organization"))
        .findFirst().orElseThrow().get("id").asText();
    assertThat(http.postJson("/engine-rest/task/" + orgTask + "/claim", "em-staff", Map.of("userId", "em-staff"))
        .status()).isIn(403, 404);

    work(view, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "无需通报"));
    work(view, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "不宜给予处分"));
    work(view, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "同意诫勉"));
    view = caseView(id);
    assertThat(view.get("openTasks")).extracting(t -> t.get("taskDefinitionKey").asText())
        .containsExactly("Task_DecideSanctionOrg");
    assertThat(http.get("/api/accountability-cases/" + id + "/notice", "org-staff").status()).isEqualTo(409);

    work(view, "Task_DecideSanctionOrg", "org-staff", Map.of("decisionMeasures", java.util.List.of("ADMONISHMENT"),
        "postDuties", "区政府主要负责人，安全生产第一责任人", "dutyPerformance", "未督促企业整改隐患",
        "dutyConditions", "具备履职条件", "decisionReasons", "依规则建议给予诫勉"));
    view = caseView(id);
    assertThat(view.get("status").asText()).isEqualTo("DECIDED");
    assertThat(view.get("decision").get("sanction").asText()).isEqualTo("ADMONISHMENT");
    assertThat(view.get("decision").get("decidedBy").asText()).isEqualTo("org-staff");
    assertThat(view.get("decision").get("reasons").asText()).isEqualTo("依规则建议给予诫勉");
    assertThat(view.get("decision").get("decidedAt").asText()).isNotBlank();

    String notice = noticeText("/api/accountability-cases/" + id + "/notice", "di-staff");
    if (notice != null) {
      assertThat(notice).as("the managing level's organisation department decides a district head's 诫勉")
          .contains("中共南宁市委组织部", "关于对接口测试干部同志问责的决定", "现任南宁市兴宁区区长", "进行诫勉", "提出书面申诉")
          .doesNotContain(view.get("caseNumber").asText());
    }

    assertThat(view.get("measures")).singleElement().satisfies(m -> {
      assertThat(m.get("sanction").asText()).isEqualTo("ADMONISHMENT");
      assertThat(m.get("decidingGroup").asText()).isEqualTo("organization");
      assertThat(m.get("status").asText()).isEqualTo("IN_FORCE");
    });
    Response unknownMeasure = http.postJson("/api/accountability-cases/" + id + "/appeal", "em-staff",
        Map.of("grounds", "请求从轻", "measures", List.of(999_999)));
    assertThat(unknownMeasure.status()).as(unknownMeasure.body()).isEqualTo(400);
    assertThat(unknownMeasure.json().get("errors").get(0).get("field").asText()).isEqualTo("measures");
    assertThat(caseView(id).get("status").asText()).as("nothing changed").isEqualTo("DECIDED");

    Response appeal = http.postJson("/api/accountability-cases/" + id + "/appeal", "em-staff",
        Map.of("grounds", "已组织整改，请求从轻", "measures", List.of(view.get("measures").get(0).get("id").asLong())));
    assertThat(appeal.status()).as(appeal.body()).isEqualTo(200);
    assertThat(appeal.json().get("status").asText()).isEqualTo("APPEALED");
    work(appeal.json(), "Task_ReviewAppealOrg", "org-staff",
        Map.of("appealOutcome", "UPHOLD", "appealDecisionReasons", "整改不能免除责任"));

    view = caseView(id);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("outcome").asText()).isEqualTo("ADMONISHMENT");
    assertThat(view.get("restriction").get("kind").asText()).isEqualTo("ONE_VOTE_VETO");
    assertThat(view.get("restriction").get("article").asText()).isEqualTo("22");
    assertThat(view.get("openTasks")).isEmpty();

    JsonNode eligibility = http.get("/api/cadres/" + cadreId + "/eligibility", "org-staff").json();
    assertThat(eligibility.get("eligible").asBoolean()).isFalse();
    assertThat(eligibility.get("restrictions").get(0).get("caseId").asText()).isEqualTo(view.get("caseNumber").asText());

    JsonNode listed = http.get("/api/accountability-cases?cadre=" + cadreId, "supervisor").json();
    assertThat(listed.get("totalItems").asInt()).isEqualTo(1);
    assertThat(http.get("/api/accountability-cases?jurisdiction=450100&includeSubdivisions=true&status=CLOSED&size=200",
        "supervisor").json().get("items")).extracting(c -> c.get("id").asLong()).contains(id);
    assertThat(http.get("/api/accountability-cases?jurisdiction=450200&size=200", "supervisor").json().get("items"))
        .extracting(c -> c.get("id").asLong()).doesNotContain(id);

    // the same filters as an XLSX workbook, with Chinese headers, for the supervisor's report upward
    String caseNumber = view.get("caseNumber").asText();
    List<List<String>> sheet = cn.gx.safeduty.support.Xlsx.rows(http.bytes(
        "/api/accountability-cases/export?jurisdiction=450100&includeSubdivisions=true&status=CLOSED", "supervisor"));
    assertThat(sheet.get(0)).startsWith("案件编号", "干部", "所在地区", "问责情形");
    assertThat(sheet).anySatisfy(row -> assertThat(row).startsWith(caseNumber, "接口测试干部")
        .contains("已结案"));
    assertThat(sheet.stream().filter(row -> row.get(0).equals(caseNumber)).findFirst().orElseThrow()
        .get(7)).as("registered as people read times").matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
    assertThat(cn.gx.safeduty.support.Xlsx.rows(http.bytes("/api/accountability-cases/export?jurisdiction=450200", "supervisor")))
        .noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(caseNumber));
    Response badExport = http.get("/api/accountability-cases/export?jurisdiction=999999", "supervisor");
    assertThat(badExport.status()).isEqualTo(400);
    assertThat(badExport.json().get("errors").get(0).get("field").asText()).isEqualTo("jurisdiction");

    assertThat(http.get("/engine-rest/process-instance?businessKey=" + java.net.URLEncoder.encode(
        view.get("caseNumber").asText(), StandardCharsets.UTF_8), "supervisor").json()).isEmpty();
    assertThat(http.get("/engine-rest/history/process-instance?processInstanceId="
        + view.get("processInstanceId").asText(), "supervisor").json().get(0).get("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void anExemptedCaseIsConfirmedByEmergencyManagement() throws Exception {
    Map<String, Object> body = accidentCase(newCadre());
    body.put("facts", facts(true, "NONE", false));
    long id = http.postJson("/api/accountability-cases", "em-staff", body).json().get("id").asLong();
    JsonNode view = caseView(id);
    assertThat(view.get("recommendation").get("exempted").asBoolean()).isTrue();
    work(view, "Task_ConfirmExemption", "em-staff", Map.of("exemptionConfirmed", "true"));
    view = caseView(id);
    assertThat(view.get("outcome").asText()).isEqualTo("NOT_PURSUED");
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    String notice = noticeText("/api/accountability-cases/" + id + "/notice", "em-staff");
    if (notice != null) {
      assertThat(notice).contains("南宁市应急管理局", "关于对接口测试干部同志不予追究责任的决定", "第二十五条");
      cn.gx.safeduty.support.OfficialPdf.read(pdf("/api/accountability-cases/" + id + "/notice", "em-staff"))
          .firstPageTo(java.nio.file.Path.of("target", "documents", "not-pursued-notice.png"));
    }
  }

  static Stream<Arguments> badCases() {
    return Stream.of(
        Arguments.of("cadreId", null, "cadreId"),
        Arguments.of("cadreId", 99999999, "cadreId"),
        Arguments.of("ground", null, "ground"),
        Arguments.of("ground", "NEGLIGENCE", "ground"),
        Arguments.of("accidentGrade", null, "accidentGrade"),
        Arguments.of("accidentGrade", "HUGE", "accidentGrade"),
        Arguments.of("responsibility", null, "responsibility"),
        Arguments.of("responsibility", "SOME", "responsibility"),
        Arguments.of("summary", " ", "summary"),
        Arguments.of("facts", null, "facts"),
        Arguments.of("facts.mitigation", null, "facts.mitigation"),
        Arguments.of("facts.mitigation", "HEAVIER", "facts.mitigation"),
        Arguments.of("facts.suspectedDutyCrime", null, "facts.suspectedDutyCrime"),
        Arguments.of("facts.egregiousAndSerious", "maybe", "facts.egregiousAndSerious"));
  }

  @ParameterizedTest
  @MethodSource("badCases")
  @SuppressWarnings("unchecked")
  void badInputIs400AndStartsNothing(String path, Object value, String field) {
    Map<String, Object> body = accidentCase(newCadre());
    if (path.startsWith("facts.")) {
      ((Map<String, Object>) body.get("facts")).put(path.substring(6), value);
    } else {
      body.put(path, value);
    }
    long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("accountability").count();
    long rows = jdbc.sql("SELECT COUNT(*) FROM accountability_case").query(Long.class).single();
    long numbers = jdbc.sql("SELECT COALESCE(SUM(last_used), 0) FROM case_number_sequence").query(Long.class).single();

    Response response = http.postJson("/api/accountability-cases", "em-staff", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).contains(field);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("accountability").count())
        .isEqualTo(instances);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM accountability_case").query(Long.class).single()).isEqualTo(rows);
    assertThat(jdbc.sql("SELECT COALESCE(SUM(last_used), 0) FROM case_number_sequence").query(Long.class).single())
        .isEqualTo(numbers);
  }

  /** Art 19: a duty failure a supervision item found carries its source, shown on the case; unknown duties are refused. */
  @Test
  void aDutyFailureCarriesItsSource() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cadreId", newCadre());
    body.put("ground", "DUTY_FAILURE");
    body.put("summary", "督办事项逾期未整改");
    body.put("facts", facts(false, "NONE", false));
    body.put("source", Map.of("kind", "SUPERVISION", "ref", "督办〔2026〕0001", "dutyIds", List.of("6-4", "no-such")));
    Response refused = http.postJson("/api/accountability-cases", "em-staff", body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("source.dutyIds[1]");
    body.put("source", Map.of("kind", "SUPERVISION", "ref", "督办〔2026〕0001", "dutyIds", List.of("6-4")));
    Response registered = http.postJson("/api/accountability-cases", "em-staff", body);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    JsonNode source = http.get("/api/accountability-cases/" + registered.json().get("id").asLong(), "di-staff").json()
        .get("source");
    assertThat(source.get("kind").asText()).isEqualTo("SUPERVISION");
    assertThat(source.get("ref").asText()).isEqualTo("督办〔2026〕0001");
    assertThat(source.get("dutyIds").get(0).asText()).isEqualTo("6-4");
  }

  @Test
  void whoMayDoWhat() {
    Map<String, Object> body = accidentCase(newCadre());
    assertThat(http.postJson("/api/accountability-cases", "di-staff", body).status()).isEqualTo(403);
    assertThat(http.postJson("/api/accountability-cases", "supervisor", body).status()).isEqualTo(403);
    assertThat(http.postJson("/api/accountability-cases", null, body).status()).isEqualTo(401);
    assertThat(http.get("/api/accountability-cases/99999999", "em-staff").status()).isEqualTo(404);
    long id = http.postJson("/api/accountability-cases", "em-staff", body).json().get("id").asLong();
    assertThat(http.postJson("/api/accountability-cases/" + id + "/appeal", "em-staff", Map.of("grounds", "x")).status())
        .isEqualTo(409);
    assertThat(http.postJson("/api/accountability-cases/" + id + "/appeal", "supervisor", Map.of("grounds", "x")).status())
        .isEqualTo(403);
    Response blank = http.postJson("/api/accountability-cases/" + id + "/appeal", "em-staff", Map.of("grounds", ""));
    assertThat(blank.status()).isEqualTo(400);
    Response reopened = http.postJson("/api/accountability-cases/" + id + "/new-facts", "di-staff",
        Map.of("facts", facts(false, "LIGHTER", false), "note", "补充补救措施"));
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    assertThat(reopened.json().get("recommendation").get("mitigation").asText()).isEqualTo("LIGHTER");
    assertThat(reopened.json().get("recommendation").get("articles")).extracting(JsonNode::asText).contains("24");
  }

  /**
   * The notice's text, or null where this machine has no Chinese font to embed: then the endpoint
   * must say so with a 503 naming the package to install (CI installs it, so there the text is checked).
   */
  private String noticeText(String path, String user) throws Exception {
    boolean fontAvailable = font.available();
    if (!fontAvailable) {
      Response missing = http.get(path, user);
      assertThat(missing.status()).isEqualTo(503);
      assertThat(missing.json().get("detail").asText()).contains("fonts-arphic-uming");
      return null;
    }
    return cn.gx.safeduty.support.OfficialPdf.read(pdf(path, user)).isOfficial().text();
  }

  private byte[] pdf(String path, String user) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    return response.body();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }
}
