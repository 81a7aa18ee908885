package cn.gx.safeduty.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.registry.RestrictionKind;
import cn.gx.safeduty.registry.RestrictionScope;
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
 * record, one stopped by an any-post restriction, a higher-post restriction stopping a promotion but
 * shown on a same-level vetting; the log of who looked at a record and why; bad input refused.
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
    Response started = http.postJson("/api/candidate-vettings", "org-staff", Map.of("cadreId", cadreId,
        "proposedPost", higher ? "市委常委" : "另一区委书记", "higherPost", higher));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json();
  }

  void restrict(long cadreId, RestrictionScope scope) {
    records.addRestriction(cadreId, new SafetyRecord.Restriction(RestrictionKind.SANCTION_PERIOD, "21", scope,
        TODAY.minusDays(5), TODAY.plusDays(200), "问责〔2026〕9911"));
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

  @Test
  void anAnyPostRestrictionStopsEveryVettingAndAHigherPostOneOnlyAPromotion() {
    long barred = cadre("全面受限对象");
    restrict(barred, RestrictionScope.ALL);
    JsonNode sameLevel = vet(barred, false);
    assertThat(sameLevel.get("status").asText()).isEqualTo("STOPPED");
    assertThat(sameLevel.get("stop").get("article").asText()).isEqualTo("21");
    assertThat(sameLevel.get("stop").get("reason").asText()).contains("第二十一条", TODAY.plusDays(200).toString(),
        "问责〔2026〕9911");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(sameLevel.get("processInstanceId").asText()).count()).isZero();

    long higherOnly = cadre("提拔受限对象");
    restrict(higherOnly, RestrictionScope.HIGHER_POST);
    JsonNode promotion = vet(higherOnly, true);
    assertThat(promotion.get("status").asText()).isEqualTo("STOPPED");
    JsonNode lateral = vet(higherOnly, false);
    assertThat(lateral.get("status").asText()).isEqualTo("AWAITING_OPINION");
    assertThat(lateral.get("compiledRecord").asText()).contains("不影响本次考察的限制", "不影响同级任职");
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
        Map.of("cadreId", "一号", "proposedPost", "x", "higherPost", false))) {
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
