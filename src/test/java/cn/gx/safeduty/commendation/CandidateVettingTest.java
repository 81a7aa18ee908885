package cn.gx.safeduty.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.registry.RestrictionKind;
import cn.gx.safeduty.registry.AppointmentKind;
import cn.gx.safeduty.registry.Barred;
import cn.gx.safeduty.registry.SafetyRecord;
import cn.gx.safeduty.registry.SafetyRecordService;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vettings over HTTP as the organisation department and emergency management: one concluded into the
 * record; a restriction stopping the kinds of appointment it bars, each stopped vetting concluded by the
 * organisation department into the record, and shown on the kinds it does not bar; a transferred cadre
 * whose restriction follows; the log of who looked at a record and why; bad input refused.
 */
@EmbeddedAppTest
class CandidateVettingTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  SafetyRecordService records;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  long cadre(String name) {
    Response created = http.postJson("/api/cadres", "org-staff", Map.of("name", name, "jurisdictionCode", "450102",
        "role", "PARTY_SECRETARY", "post", "区委书记"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  JsonNode vet(long cadreId, boolean higher) {
    return vet(cadreId, higher ? "市委常委" : "另一区委书记", Map.of("higherPost", higher));
  }

  JsonNode vet(long cadreId, AppointmentKind kind) {
    return vet(cadreId, "拟任职务（" + kind.chineseName() + "）", Map.of("kind", kind.name()));
  }

  private JsonNode vet(long cadreId, String post, Map<String, Object> kind) {
    Map<String, Object> body = new java.util.HashMap<>(kind);
    body.put("cadreId", cadreId);
    body.put("proposedPost", post);
    Response started = http.postJson("/api/candidate-vettings", "org-staff", body);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json();
  }

  void restrict(long cadreId, Barred... bars) {
    records.addRestriction(cadreId, new SafetyRecord.Restriction(RestrictionKind.SANCTION_PERIOD, "21",
        List.of(bars), TODAY.minusDays(5), TODAY.plusDays(200), "问责〔2026〕9911", "免职"));
  }

  @Test
  void aVettingCompilesTheRecordTakesTheOpinionAndConcludesIntoTheRecord() {
    long cadreId = cadre("考察对象");
    JsonNode v = vet(cadreId, true);
    String pid = v.get("processInstanceId").asText();
    assertThat(v.get("status").asText()).isEqualTo("AWAITING_OPINION");
    assertThat(v.get("compiledRecord").asText()).contains("考核：", "巡查发现：", "督查督办：", "所领导机构的会议：",
        "问责案件：", "影响期：无");

    Task opinion = task(pid, VettingSteps.GIVE_OPINION);
    long vettingId = v.get("id").asLong();
    assertThat(http.get("/api/candidate-vettings/" + vettingId, "supervisor").json().get("compiledRecord").isNull())
        .as("no purpose, no record").isTrue();
    assertThat(http.get("/api/candidate-vettings/" + vettingId + "?purpose=核对考察材料", "org-staff").json()
        .get("compiledRecord").asText()).contains("考核：");
    assertThat(engine.getTaskService().getVariable(opinion.getId(), "compiledRecord")).as("never an engine variable")
        .isNull();
    assertThat(http.get("/engine-rest/variable-instance?variableName=compiledRecord", "supervisor").json()).isEmpty();
    assertThat(http.get("/engine-rest/history/variable-instance?variableName=compiledRecord", "admin").json()).isEmpty();
    assertThat(http.get("/engine-rest/task/" + opinion.getId() + "/form-variables", "em-staff").json()
        .get("compiledRecord").get("value").asText()).contains("考核：");
    assertThat(http.get("/engine-rest/task/" + opinion.getId() + "/form-variables", "supervisor").body())
        .doesNotContain("考核：");
    assertThat(http.get("/api/cadres/" + cadreId + "/record-access", "org-staff").json().get("items")
        .findValuesAsText("purpose"))
        .anyMatch(p -> p.startsWith("核对考察材料"))
        .anyMatch(p -> p.contains("办理“") && p.contains(opinion.getId()));
    assertThat(http.completeTask(opinion.getId(), "org-staff", Map.of("opinion", "AGREE", "opinionReasons", "x")).status())
        .as("emergency management's step").isIn(403, 404);
    assertThat(http.completeTask(opinion.getId(), "em-staff", Map.of("opinion", "MAYBE", "opinionReasons", "x")).status())
        .isEqualTo(400);
    assertThat(http.completeTask(opinion.getId(), "em-staff", Map.of("opinion", "RESERVED")).status()).isEqualTo(400);
    assertThat(http.completeTask(opinion.getId(), "em-staff", Map.of("opinion", "RESERVED", "opinionReasons",
        "全年常委会研究安全生产不足", "restricted", "false")).status()).isEqualTo(400);
    assertThat(http.completeTask(opinion.getId(), "em-staff", Map.of("opinion", "RESERVED", "opinionReasons",
        "全年常委会研究安全生产不足")).status()).isEqualTo(204);

    Task conclude = task(pid, VettingSteps.CONCLUDE_VETTING);
    assertThat(engine.getTaskService().getVariable(conclude.getId(), "opinionLabel").toString()).contains("有保留");
    assertThat(http.completeTask(conclude.getId(), "org-staff", Map.of("passed", "true", "conclusion",
        "履行安全生产职责总体到位，会议研究需加强")).status()).isEqualTo(204);

    JsonNode done = http.get("/api/candidate-vettings/" + v.get("id").asLong(), "org-staff").json();
    assertThat(done.get("status").asText()).isEqualTo("CONCLUDED");
    assertThat(done.get("opinion").get("opinion").asText()).isEqualTo("RESERVED");
    JsonNode entry = http.get("/api/cadres/" + cadreId + "/record?purpose=核对考察结论", "org-staff").json()
        .get("vettings").get(0);
    assertThat(entry.get("ref").asText()).isEqualTo(done.get("vettingNumber").asText());
    assertThat(entry.get("outcome").asText()).isEqualTo("PASSED");
    assertThat(entry.get("summary").asText()).contains("有保留", "会议研究需加强");
  }

  /** BRIEF §6: a 免职's first year bars an equivalent post, not a lateral or lower one. */
  @Test
  void aRestrictionStopsTheKindsItBarsAndTheStoppedVettingIsConcluded() throws Exception {
    long removed = cadre("免职后考察对象");
    restrict(removed, Barred.EXCELLENCE, Barred.AWARDS, Barred.EQUIVALENT, Barred.IMPORTANT_APPOINTMENT,
        Barred.PROMOTION);
    JsonNode equivalent = vet(removed, AppointmentKind.EQUIVALENT);
    assertThat(equivalent.get("status").asText()).isEqualTo("STOPPED");
    assertThat(equivalent.get("kind").asText()).isEqualTo("EQUIVALENT");
    assertThat(equivalent.get("stop").get("article").asText()).isEqualTo("21");
    assertThat(equivalent.get("stop").get("reason").asText()).contains("第二十一条", cn.gx.safeduty.kernel.ChineseDates.of(TODAY.plusDays(199)),
        "问责〔2026〕9911", "免职");
    JsonNode lower = vet(removed, AppointmentKind.OTHER);
    assertThat(lower.get("status").asText()).as("a lateral or lower post is barred by nothing")
        .isEqualTo("AWAITING_OPINION");
    assertThat(lower.get("compiledRecord").asText()).contains("不影响本次考察的限制", "不影响其他任职");

    String pid = equivalent.get("processInstanceId").asText();
    Task stopped = task(pid, VettingSteps.CONCLUDE_STOPPED);
    assertThat(engine.getTaskService().getVariable(stopped.getId(), "stopLabel").toString())
        .contains("不得担任与原任职务相当的职务", "问责〔2026〕9911");
    assertThat(http.completeTask(stopped.getId(), "em-staff", Map.of("conclusion", "x")).status())
        .as("the organisation department's step").isIn(403, 404);
    assertThat(http.completeTask(stopped.getId(), "org-staff", Map.of("conclusion", "受限", "passed", "true")).status())
        .as("a stopped vetting cannot be passed").isEqualTo(400);
    assertThat(http.completeTask(stopped.getId(), "org-staff", Map.of()).status()).isEqualTo(400);
    assertThat(http.completeTask(stopped.getId(), "org-staff", Map.of("conclusion", "受限", "vettingId",
        String.valueOf(lower.get("id").asLong()))).status()).as("another vetting's id").isEqualTo(400);
    assertThat(http.get("/api/candidate-vettings/" + equivalent.get("id").asLong(), "org-staff").json().get("status")
        .asText()).as("nothing changed").isEqualTo("STOPPED");
    List<Response> atOnce = cn.gx.safeduty.support.AtOnce.run(java.util.stream.IntStream.range(0, 2)
        .<java.util.concurrent.Callable<Response>>mapToObj(n -> () -> http.completeTask(stopped.getId(), "org-staff",
            Map.of("conclusion", "免职影响期内，不宜担任与原任职务相当的职务")))
        .toList());
    assertThat(atOnce).extracting(Response::status).as("two completions at once").contains(204)
        .filteredOn(status -> status == 204).hasSize(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();

    JsonNode done = http.get("/api/candidate-vettings/" + equivalent.get("id").asLong(), "org-staff").json();
    assertThat(done.get("status").asText()).isEqualTo("CONCLUDED");
    assertThat(done.get("conclusion").get("passed").asBoolean()).isFalse();
    assertThat(done.get("stop").get("reason").asText()).contains("问责〔2026〕9911");
    JsonNode vettingsOnRecord = http.get("/api/cadres/" + removed + "/record?purpose=核对考察结论", "org-staff").json()
        .get("vettings");
    assertThat(vettingsOnRecord).as("one conclusion entered").hasSize(1);
    JsonNode entry = vettingsOnRecord.get(0);
    assertThat(entry.get("outcome").asText()).isEqualTo("STOPPED");
    assertThat(entry.get("summary").asText()).contains("问责〔2026〕9911", "不宜担任与原任职务相当的职务");

    long promotionOnly = cadre("提拔受限对象");
    restrict(promotionOnly, Barred.PROMOTION);
    assertThat(vet(promotionOnly, true).get("status").asText()).as("higherPost true is a promotion").isEqualTo("STOPPED");
    JsonNode important = vet(promotionOnly, AppointmentKind.IMPORTANT_APPOINTMENT);
    assertThat(important.get("status").asText()).isEqualTo("AWAITING_OPINION");
    assertThat(important.get("compiledRecord").asText()).contains("不影响本次考察的限制", "不影响重用");
  }

  /** Issue 26: restricted as county head, transferred to a city post; the restriction follows the person. */
  @Test
  void aTransferredCadresRestrictionDecidesByKind() {
    long moved = cadre("调任后考察对象");
    jdbc.sql("UPDATE cadre_posting SET starts_on = ? WHERE cadre_id = ?")
        .params(java.sql.Date.valueOf(TODAY.minusYears(2)), moved).update();
    records.addRestriction(moved, new SafetyRecord.Restriction(RestrictionKind.ONE_VOTE_VETO, "22",
        List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT, Barred.PROMOTION),
        TODAY.minusDays(30), TODAY.plusMonths(11), "问责〔2026〕9912", "诫勉"));
    Response posted = http.postJson("/api/cadres/" + moved + "/postings", "org-staff", Map.of("jurisdictionCode",
        "450100", "post", "南宁市副市长", "roles", List.of("GOVERNMENT_LEADER"), "effectiveOn", TODAY.toString(),
        "reason", "调任"));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    JsonNode eligibility = http.get("/api/cadres/" + moved + "/eligibility?purpose=调任后考察", "org-staff").json();
    assertThat(eligibility.get("appointments").findValuesAsText("kind"))
        .containsExactly("PROMOTION", "IMPORTANT_APPOINTMENT", "EQUIVALENT", "OTHER");
    assertThat(eligibility.get("appointments").findValuesAsText("eligible")).containsExactly("false", "false", "true",
        "true");

    assertThat(vet(moved, AppointmentKind.EQUIVALENT).get("status").asText()).as("an equivalent post passes")
        .isEqualTo("AWAITING_OPINION");
    JsonNode promotion = vet(moved, AppointmentKind.PROMOTION);
    assertThat(promotion.get("status").asText()).isEqualTo("STOPPED");
    assertThat(promotion.get("stop").get("article").asText()).isEqualTo("22");
    assertThat(http.completeTask(task(promotion.get("processInstanceId").asText(), VettingSteps.CONCLUDE_STOPPED)
        .getId(), "org-staff", Map.of("conclusion", "一票否决期内，不予提拔")).status()).isEqualTo(204);
    assertThat(http.get("/api/cadres/" + moved + "/record?purpose=核对考察结论", "org-staff").json().get("vettings")
        .findValuesAsText("outcome")).containsExactly("STOPPED");
  }

  @Test
  void everyLookAtARecordIsLoggedWithItsPurpose() {
    long cadreId = cadre("被查阅对象");
    http.get("/api/cadres/" + cadreId + "/record?purpose=年度考核", "em-staff");
    http.get("/api/cadres/" + cadreId + "/eligibility", "di-staff");
    vet(cadreId, false);
    Response log = http.get("/api/cadres/" + cadreId + "/record-access", "org-staff");
    assertThat(log.status()).isEqualTo(200);
    JsonNode items = log.json().get("items");
    assertThat(items.findValuesAsText("via")).contains("RECORD", "ELIGIBILITY", "VETTING");
    assertThat(items.findValuesAsText("purpose")).contains("年度考核", "未说明");
    assertThat(items.findValuesAsText("by")).contains("em-staff", "di-staff", "org-staff");
    assertThat(items.findValuesAsText("purpose").stream().anyMatch(p -> p.startsWith("干部考察（考察〔"))).isTrue();
    assertThat(http.get("/api/cadres/" + cadreId + "/record-access", "em-staff").status()).isEqualTo(403);
    assertThat(http.get("/api/cadres/" + cadreId + "/record-access", "admin").status()).isEqualTo(200);
  }

  @Test
  void oneOpenVettingPerCadreAndPostEvenAtOnce() throws Exception {
    long cadreId = cadre("重复考察对象");
    vet(cadreId, true);
    Response again = http.postJson("/api/candidate-vettings", "org-staff", Map.of("cadreId", cadreId,
        "proposedPost", "市委常委", "higherPost", true));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    vet(cadreId, false);

    long parallel = cadre("并发考察对象");
    List<Response> answers = cn.gx.safeduty.support.AtOnce.run(java.util.stream.IntStream.range(0, 4)
        .<java.util.concurrent.Callable<Response>>mapToObj(n -> () -> http.postJson("/api/candidate-vettings",
            "org-staff", Map.of("cadreId", parallel, "proposedPost", "市委常委", "higherPost", true)))
        .toList());
    assertThat(answers).extracting(Response::status).as(answers.toString()).containsOnly(201, 409)
        .filteredOn(status -> status == 201).hasSize(1);
  }

  @Test
  void badVettingsAreRefusedAndNothingIsStarted() {
    long before = count();
    for (Map<String, Object> body : List.<Map<String, Object>>of(
        Map.of("cadreId", 99999999, "proposedPost", "x", "higherPost", false),
        Map.of("cadreId", 1, "proposedPost", " ", "higherPost", false),
        Map.of("cadreId", 1, "proposedPost", "x"),
        Map.of("cadreId", "一号", "proposedPost", "x", "higherPost", false),
        Map.of("cadreId", 1, "proposedPost", "x", "kind", "LATERAL"),
        Map.of("cadreId", 1, "proposedPost", "x", "kind", "OTHER", "higherPost", true))) {
      Response response = http.postJson("/api/candidate-vettings", "org-staff", body);
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).doesNotContain("Exception");
    }
    assertThat(http.postJson("/api/candidate-vettings", "em-staff", Map.of("cadreId", 1, "proposedPost", "x",
        "higherPost", false)).status()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);
    assertThat(http.get("/api/candidate-vettings/99999999", "org-staff").status()).isEqualTo(404);
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM candidate_vetting").query(Long.class).single()
        + engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("candidate-vetting").count();
  }

  private Task task(String pid, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }
}
