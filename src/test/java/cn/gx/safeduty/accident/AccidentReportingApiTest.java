package cn.gx.safeduty.accident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reporting record over HTTP in Decree 493's terms: the unit head's receipt, each level's receipt
 * and how it came, receipts added later, and what the rules find (迟报, 漏报, 瞒报, 谎报) shown with
 * each level's limit; impossible timelines refused naming the field.
 */
@EmbeddedAppTest
class AccidentReportingApiTest {

  @LocalServerPort
  int port;

  Http http;

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  static Instant ago(Duration d) {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(d);
  }

  static Map<String, Object> step(String level, Instant at, String via) {
    return Map.of("level", level, "receivedAt", at.toString(), "via", via);
  }

  static Map<String, Object> accident(Instant occurred, int deaths, String industry, Map<String, Object> reporting) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jurisdictionCode", "450107");
    body.put("place", "某工业园");
    body.put("occurredAt", occurred.toString());
    body.put("industry", industry);
    body.put("deaths", deaths);
    body.put("seriousInjuries", 0);
    body.put("directLoss", 500000);
    body.put("description", "报告测试事故");
    body.put("reporting", reporting);
    return body;
  }

  JsonNode record(Map<String, Object> body) {
    Response r = http.postJson("/api/accidents", "em-staff", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  static List<String> kinds(JsonNode view) {
    return view.get("findings").findValuesAsText("kind");
  }

  @Test
  void theUnitsHourRunsFromTheUnitHeadsReceiptAndTheTimelineShowsEachLimit() {
    Instant occurred = ago(Duration.ofHours(10));
    Instant head = occurred.plus(Duration.ofMinutes(40));
    JsonNode view = record(accident(occurred, 1, "建筑施工", Map.of("unitHeadReceivedAt", head.toString(), "steps", List.of(
        step("COUNTY", head.plus(Duration.ofMinutes(61)), "FROM_BELOW"),
        step("CITY", head.plus(Duration.ofMinutes(61 + 120)), "FROM_BELOW")))));
    assertThat(kinds(view)).containsExactly("LATE");
    assertThat(view.get("findings").get(0).get("level").asText()).isEqualTo("COUNTY");
    assertThat(view.get("findings").get(0).get("status").asText()).isEqualTo("OPEN");
    assertThat(view.get("findings").get(0).get("article").asText()).isEqualTo("国务院令第493号第九条");
    JsonNode county = view.get("timeline").get(0);
    assertThat(county.get("startsFrom").asText()).isEqualTo("单位负责人接到报告");
    assertThat(Instant.parse(county.get("dueAt").asText())).isEqualTo(head.plus(Duration.ofHours(1)));
    assertThat(county.get("minutesLate").asLong()).isEqualTo(1);
    assertThat(view.get("timeline").get(1).get("minutesLate").asLong()).as("on time at its edge").isZero();
    assertThat(view.get("lateSteps").get(0).get("step").asText()).isEqualTo("UNIT_TO_COUNTY");
  }

  @Test
  void aSkippedLevelOnTimeAndADirectReportFromTheSiteFindNothing() {
    Instant occurred = ago(Duration.ofHours(8));
    JsonNode view = record(accident(occurred, 3, "HAZARDOUS_CHEMICALS", Map.of("steps", List.of(
        step("COUNTY", occurred.plus(Duration.ofMinutes(20)), "FROM_SITE"),
        step("REGION", occurred.plus(Duration.ofMinutes(90)), "SKIPPED_LEVEL"),
        step("CITY", occurred.plus(Duration.ofMinutes(100)), "FROM_BELOW")))));
    assertThat(view.get("grade").asText()).isEqualTo("RELATIVELY_MAJOR");
    assertThat(view.get("industryCode").asText()).isEqualTo("HAZARDOUS_CHEMICALS");
    assertThat(view.get("findings")).isEmpty();
  }

  @Test
  void anAccidentNobodyReportedIsRecordedAsConcealed() {
    Instant occurred = ago(Duration.ofDays(2));
    JsonNode view = record(accident(occurred, 1, "矿山", Map.of("steps", List.of(
        step("COUNTY", occurred.plus(Duration.ofHours(30)), "SELF_DISCOVERED"),
        step("CITY", occurred.plus(Duration.ofHours(31)), "FROM_BELOW")))));
    assertThat(kinds(view)).containsExactly("CONCEALED");
    assertThat(view.get("reporting").get("unitReportedAt").isNull()).isTrue();
    assertThat(view.get("findings").get(0).get("detail").asText()).contains("事故单位未报告", "自行发现");
  }

  @Test
  void aLevelNeverReachedIsMissedAndALateReceiptAddedAfterwardsIsLate() {
    Instant occurred = ago(Duration.ofHours(6));
    JsonNode view = record(accident(occurred, 1, "工贸", Map.of("steps", List.of(
        step("COUNTY", occurred.plus(Duration.ofMinutes(30)), "FROM_BELOW")))));
    assertThat(kinds(view)).containsExactly("MISSED");
    assertThat(view.get("findings").get(0).get("level").asText()).isEqualTo("CITY");
    long id = view.get("id").asLong();

    Response late = http.postJson("/api/accidents/" + id + "/receipts", "em-staff",
        step("CITY", ago(Duration.ofMinutes(5)), "FROM_BELOW"));
    assertThat(late.status()).as(late.body()).isEqualTo(201);
    assertThat(kinds(late.json())).containsExactly("MISSED", "LATE");
    for (JsonNode finding : late.json().get("findings")) {
      assertThat(finding.get("detail").asText()).as("times as people read them, never ISO or UTC")
          .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("Z", "UTC");
    }
    assertThat(engine.getRuntimeService().getVariable(late.json().get("processInstanceId").asText(),
        "investigationDueLabel").toString()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
    assertThat(http.postJson("/api/accidents/" + id + "/receipts", "em-staff",
        step("CITY", ago(Duration.ofMinutes(1)), "FROM_BELOW")).status()).isEqualTo(409);
    assertInvalid(http.postJson("/api/accidents/" + id + "/receipts", "em-staff",
        step("REGION", occurred.minus(Duration.ofMinutes(1)), "FROM_BELOW")), "receivedAt");
    assertInvalid(http.postJson("/api/accidents/" + id + "/receipts", "em-staff",
        Map.of("level", "PROVINCE", "receivedAt", Instant.now().toString(), "via", "FROM_BELOW")), "level");
    assertThat(http.postJson("/api/accidents/" + id + "/receipts", "di-staff",
        step("REGION", ago(Duration.ofMinutes(1)), "FROM_BELOW")).status()).isEqualTo(403);
  }

  @Test
  void casualtiesUnderstatedBeyondArticle13sWindowAndALossRevisedIntoAHigherGradeAreFalse() {
    JsonNode old = record(accident(ago(Duration.ofDays(40)), 1, "建筑施工", Map.of("unitReportedAt",
        ago(Duration.ofDays(40)).plus(Duration.ofMinutes(30)).toString())));
    correct(old, Map.of("deaths", 2, "reason", "一名重伤者死亡"));
    assertThat(findings(old, "FALSE")).singleElement().satisfies(f -> assertThat(f.get("detail").asText())
        .contains("首报死亡 1 人", "1 人未在补报时限内报告"));

    JsonNode recent = record(accident(ago(Duration.ofDays(3)), 1, "建筑施工", Map.of("unitReportedAt",
        ago(Duration.ofDays(3)).plus(Duration.ofMinutes(30)).toString())));
    correct(recent, Map.of("deaths", 2, "reason", "一名重伤者死亡"));
    assertThat(findings(recent, "FALSE")).as("reported within the 30 days").isEmpty();

    JsonNode road = record(accident(ago(Duration.ofDays(10)), 1, "道路交通", Map.of("unitReportedAt",
        ago(Duration.ofDays(10)).plus(Duration.ofMinutes(30)).toString())));
    correct(road, Map.of("deaths", 2, "reason", "一名伤者死亡"));
    assertThat(findings(road, "FALSE")).as("road traffic has 7 days").hasSize(1);
    assertThat(http.get("/api/accidents/" + road.get("id").asLong(), "em-staff").json().get("industryCode").asText())
        .isEqualTo("ROAD_TRAFFIC");
    assertThat(old.get("industryCode").asText()).isEqualTo("CONSTRUCTION");

    correct(recent, Map.of("directLoss", 900000, "reason", "损失核定"));
    assertThat(findings(recent, "FALSE")).as("an estimate of loss revised within its grade").isEmpty();
    correct(recent, Map.of("directLoss", 12000000, "reason", "损失核定"));
    assertThat(findings(recent, "FALSE")).singleElement()
        .satisfies(f -> assertThat(f.get("detail").asText()).contains("按首报数字事故等级为一般", "按现数字为较大"));
  }

  @Test
  void impossibleReportingIsRefusedNamingTheField() {
    Instant occurred = ago(Duration.ofHours(5));
    assertInvalid(http.postJson("/api/accidents", "em-staff", accident(occurred, 1, "x", Map.of(
        "unitReportedAt", occurred.plusSeconds(60).toString(),
        "steps", List.of(step("COUNTY", occurred.plusSeconds(60), "FROM_BELOW"))))), "reporting.steps");
    assertInvalid(http.postJson("/api/accidents", "em-staff", accident(occurred, 1, "x", Map.of("steps", List.of(
        step("COUNTY", occurred.plusSeconds(60), "SKIPPED_LEVEL"))))), "reporting.steps[0].via");
    assertInvalid(http.postJson("/api/accidents", "em-staff", accident(occurred, 1, "x", Map.of("steps", List.of(
        step("COUNTY", occurred.plusSeconds(60), "FROM_BELOW"), step("CITY", occurred.plusSeconds(90), "FROM_SITE"))))),
        "reporting.steps[1].via");
    assertInvalid(http.postJson("/api/accidents", "em-staff", accident(occurred, 1, "x", Map.of("steps", List.of(
        step("COUNTY", occurred.minusSeconds(60), "FROM_BELOW"))))), "reporting.steps[0].receivedAt");
    assertInvalid(http.postJson("/api/accidents", "em-staff", accident(occurred, 1, "x", Map.of("steps", List.of()))),
        "reporting.unitReportedAt");
  }

  private void correct(JsonNode accident, Map<String, Object> correction) {
    Response r = http.postJson("/api/accidents/" + accident.get("id").asLong() + "/corrections", "em-staff", correction);
    assertThat(r.status()).as(r.body()).isIn(200, 201);
  }

  private List<JsonNode> findings(JsonNode accident, String kind) {
    JsonNode view = http.get("/api/accidents/" + accident.get("id").asLong(), "di-staff").json();
    List<JsonNode> found = new java.util.ArrayList<>();
    view.get("findings").forEach(f -> {
      if (f.get("kind").asText().equals(kind)) {
        found.add(f);
      }
    });
    return found;
  }

  private static void assertInvalid(Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"" + field + "\"").doesNotContain("Exception");
  }
}
