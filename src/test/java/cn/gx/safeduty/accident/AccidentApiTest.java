package cn.gx.safeduty.accident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accident API over HTTP as the demo users. */
@EmbeddedAppTest
class AccidentApiTest {

  static final Instant OCCURRED = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  static Map<String, Object> accident() {
    Map<String, Object> reporting = new LinkedHashMap<>();
    reporting.put("unitReportedAt", OCCURRED.plus(50, ChronoUnit.MINUTES).toString());
    reporting.put("cityReceivedAt", OCCURRED.plus(200, ChronoUnit.MINUTES).toString());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jurisdictionCode", "450102");
    body.put("place", "某商业综合体");
    body.put("occurredAt", OCCURRED.toString());
    body.put("industry", "消防");
    body.put("deaths", 1);
    body.put("seriousInjuries", 12);
    body.put("directLoss", 2500000);
    body.put("description", "火灾事故");
    body.put("reporting", reporting);
    return body;
  }

  long cadre() {
    return http.postJson("/api/cadres", "org-staff",
        Map.of("name", "事故接口干部", "jurisdictionCode", "450102", "role", "GOVERNMENT_LEADER")).json().get("id").asLong();
  }

  static Map<String, Object> facts() {
    return Map.of("fullyPerformedDuties", false, "enlargedLossByPoorWork", false, "seriousSocialImpact", false,
        "mitigation", "NONE", "egregiousAndSerious", false, "suspectedDutyCrime", false);
  }

  @Test
  void anAccidentIsGradedCheckedAndConcluded() {
    Response created = http.postJson("/api/accidents", "em-staff", accident());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode a = created.json();
    long id = a.get("id").asLong();
    assertThat(a.get("grade").asText()).isEqualTo("RELATIVELY_MAJOR");
    assertThat(a.get("accidentNumber").asText()).matches("事故〔\\d{4}〕\\d{4}");
    assertThat(a.get("status").asText()).isEqualTo("INVESTIGATING");
    assertThat(a.get("lateSteps")).singleElement().satisfies(step -> {
      assertThat(step.get("step").asText()).isEqualTo("COUNTY_TO_CITY");
      assertThat(step.get("delayMinutes").asLong()).isEqualTo(30);
    });
    assertThat(a.get("investigation").get("dueAt").asText()).isNotBlank();

    long cadreId = cadre();
    Map<String, Object> conclusion = Map.of("summary", "消防通道长期堵塞，监管不力",
        "responsible", List.of(Map.of("cadreId", cadreId, "responsibility", "MAIN", "facts", facts())));
    Response concluded = http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", conclusion);
    assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
    assertThat(concluded.json().get("status").asText()).isEqualTo("CONCLUDED");
    JsonNode c = concluded.json().get("cases").get(0);
    assertThat(c.get("cadreId").asLong()).isEqualTo(cadreId);
    assertThat(c.get("status").asText()).isEqualTo("UNDER_REVIEW");

    JsonNode accountability = http.get("/api/accountability-cases/" + c.get("caseId").asLong(), "supervisor").json();
    assertThat(accountability.get("ground").asText()).isEqualTo("ACCIDENT_RESPONSIBILITY");
    assertThat(accountability.get("accidentGrade").asText()).isEqualTo("RELATIVELY_MAJOR");
    assertThat(accountability.get("recommendation").get("sanction").asText()).isEqualTo("REASSIGNMENT");

    assertThat(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", conclusion).status()).isEqualTo(409);

    assertThat(ids(http.get("/api/accidents?jurisdiction=450100&includeSubdivisions=true&grade=RELATIVELY_MAJOR&size=200",
        "supervisor").json())).contains(id);
    assertThat(ids(http.get("/api/accidents?grade=MAJOR&size=200", "supervisor").json())).doesNotContain(id);
    int year = java.time.LocalDate.ofInstant(OCCURRED, java.time.ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(ids(http.get("/api/accidents?year=" + year + "&size=200", "supervisor").json())).contains(id);
    assertThat(ids(http.get("/api/accidents?year=" + (year - 1) + "&size=200", "supervisor").json())).doesNotContain(id);

    String number = concluded.json().get("accidentNumber").asText();
    java.util.List<java.util.List<String>> sheet = cn.gx.safeduty.support.Xlsx.rows(http.bytes(
        "/api/accidents/export?jurisdiction=450100&includeSubdivisions=true&grade=RELATIVELY_MAJOR&year=" + year,
        "supervisor"));
    assertThat(sheet.get(0)).startsWith("事故编号", "发生地区", "地点", "发生时间", "行业", "等级");
    assertThat(sheet).anySatisfy(row -> assertThat(row).startsWith(number).contains("较大事故", "消防", "已作出调查结论"));
    assertThat(cn.gx.safeduty.support.Xlsx.rows(http.bytes("/api/accidents/export?grade=MAJOR", "supervisor")))
        .noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(number));
    assertThat(http.get("/api/accidents/export?year=1999", "supervisor").status()).isEqualTo(400);
  }

  /** 补报: new figures regrade the accident, each correction is kept, and a conclusion makes them final. */
  @Test
  void correctedFiguresRegradeTheAccidentUntilItsConclusion() {
    Map<String, Object> small = accident();
    small.put("seriousInjuries", 2);
    small.put("directLoss", 100000);
    long id = http.postJson("/api/accidents", "em-staff", small).json().get("id").asLong();
    assertThat(http.get("/api/accidents/" + id, "em-staff").json().get("grade").asText()).isEqualTo("ORDINARY");

    assertThat(http.postJson("/api/accidents/" + id + "/corrections", "org-staff",
        Map.of("deaths", 3, "reason", "x")).status()).isEqualTo(403);
    assertInvalid(http.postJson("/api/accidents/" + id + "/corrections", "em-staff", Map.of("deaths", 3)), "reason");
    assertInvalid(http.postJson("/api/accidents/" + id + "/corrections", "em-staff",
        Map.of("deaths", 1, "reason", "核实")), "deaths");
    assertInvalid(http.postJson("/api/accidents/" + id + "/corrections", "em-staff",
        Map.of("deaths", -1, "reason", "核实")), "deaths");
    assertInvalid(http.postJson("/api/accidents/" + id + "/corrections", "em-staff", Map.of("deaths", 3,
        "reason", "核实", "receivedAt", java.time.Instant.now().plusSeconds(3600).toString())), "receivedAt");
    assertInvalid(http.postJson("/api/accidents/" + id + "/corrections", "em-staff", Map.of("deaths", 3,
        "reason", "核实", "receivedAt", OCCURRED.minusSeconds(60).toString())), "receivedAt");
    assertInvalid(http.postJson("/api/accidents/" + id + "/corrections", "em-staff", Map.of("deaths", 3,
        "reason", "核实", "receivedAt", "昨天")), "receivedAt");
    assertThat(http.get("/api/accidents/" + id, "em-staff").json().get("corrections")).as("nothing written").isEmpty();

    Response corrected = http.postJson("/api/accidents/" + id + "/corrections", "em-staff",
        Map.of("deaths", 3, "reason", "两名重伤者经抢救无效死亡"));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    JsonNode view = corrected.json();
    assertThat(view.get("grade").asText()).isEqualTo("RELATIVELY_MAJOR");
    assertThat(view.get("deaths").asInt()).isEqualTo(3);
    JsonNode correction = view.get("corrections").get(0);
    assertThat(correction.get("oldDeaths").asInt()).isEqualTo(1);
    assertThat(correction.get("newGrade").asText()).isEqualTo("RELATIVELY_MAJOR");
    assertThat(correction.get("oldGrade").asText()).isEqualTo("ORDINARY");
    assertThat(correction.get("lateCasualtyReport").asBoolean()).as("within 30 days").isFalse();
    assertThat(correction.get("correctedBy").asText()).isEqualTo("em-staff");
    assertThat(correction.get("receivedAt").asText()).as("now, when not given").isNotBlank();
    assertInvalid(http.postJson("/api/accidents/" + id + "/corrections", "em-staff", Map.of("seriousInjuries", 3,
        "reason", "核实", "receivedAt", OCCURRED.plusSeconds(60).toString())), "receivedAt");
    String label = (String) engine.getRuntimeService().getVariable(view.get("processInstanceId").asText(), "accidentLabel");
    assertThat(label).contains("较大事故", "死亡 3 人");

    long cadreId = cadre();
    Map<String, Object> responsible = Map.of("cadreId", cadreId, "responsibility", "MAIN", "facts", facts());
    Response concluded = http.postJson("/api/accidents/" + id + "/conclusion", "em-staff",
        Map.of("summary", "调查结论", "responsible", List.of(responsible)));
    assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
    long caseId = concluded.json().get("cases").get(0).get("caseId").asLong();
    assertThat(http.get("/api/accountability-cases/" + caseId, "em-staff").json().get("accidentGrade").asText())
        .as("the case takes the grade in force at the conclusion").isEqualTo("RELATIVELY_MAJOR");
    assertThat(http.postJson("/api/accidents/" + id + "/corrections", "em-staff",
        Map.of("deaths", 4, "reason", "又有一人死亡")).status()).isEqualTo(409);
  }

  /** Decree 493 Art 13: a casualty change for a road-traffic or fire accident is due within 7 days; a later one is kept, marked late. */
  @Test
  void aLateCasualtyChangeIsAcceptedAndMarked() {
    Map<String, Object> road = accident();
    Instant tenDaysAgo = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    road.put("occurredAt", tenDaysAgo.toString());
    road.put("reporting", Map.of("unitReportedAt", tenDaysAgo.plus(30, ChronoUnit.MINUTES).toString()));
    road.put("industry", "道路交通");
    long id = http.postJson("/api/accidents", "em-staff", road).json().get("id").asLong();
    JsonNode corrected = http.postJson("/api/accidents/" + id + "/corrections", "em-staff",
        Map.of("seriousInjuries", 13, "reason", "一名伤者转为重伤")).json();
    assertThat(corrected.get("corrections").get(0).get("lateCasualtyReport").asBoolean()).isTrue();
    JsonNode lossOnly = http.postJson("/api/accidents/" + id + "/corrections", "em-staff",
        Map.of("directLoss", 2600000, "reason", "损失核定")).json();
    assertThat(lossOnly.get("corrections").get(1).get("lateCasualtyReport").asBoolean())
        .as("only casualty changes have a window").isFalse();
  }

  static Stream<Arguments> badAccidents() {
    return Stream.of(
        Arguments.of("deaths", -1, "deaths"),
        Arguments.of("seriousInjuries", null, "seriousInjuries"),
        Arguments.of("directLoss", -5, "directLoss"),
        Arguments.of("jurisdictionCode", "459999", "jurisdictionCode"),
        Arguments.of("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(), "occurredAt"),
        Arguments.of("occurredAt", "yesterday", "occurredAt"),
        Arguments.of("place", "", "place"),
        Arguments.of("reporting", null, "reporting"),
        Arguments.of("reporting.unitReportedAt", OCCURRED.minusSeconds(60).toString(), "reporting.unitReportedAt"),
        Arguments.of("reporting.unitReportedAt", null, "reporting.unitReportedAt"),
        Arguments.of("reporting.cityReceivedAt", OCCURRED.plusSeconds(60).toString(), "reporting.cityReceivedAt"));
  }

  @ParameterizedTest
  @MethodSource("badAccidents")
  @SuppressWarnings("unchecked")
  void badAccidentsAre400AndWriteNothing(String path, Object value, String field) {
    Map<String, Object> body = accident();
    if (path.startsWith("reporting.")) {
      ((Map<String, Object>) body.get("reporting")).put(path.substring(10), value);
    } else {
      body.put(path, value);
    }
    long rows = jdbc.sql("SELECT COUNT(*) FROM accident").query(Long.class).single();
    long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("accident-followup").count();
    Response response = http.postJson("/api/accidents", "em-staff", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).contains(field);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM accident").query(Long.class).single()).isEqualTo(rows);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("accident-followup").count())
        .isEqualTo(instances);
  }

  @Test
  void badConclusionsAreRefusedAndWriteNothing() {
    long id = http.postJson("/api/accidents", "em-staff", accident()).json().get("id").asLong();
    Response unknownCadre = http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", Map.of("summary", "x",
        "responsible", List.of(Map.of("cadreId", 99999999, "responsibility", "MAIN", "facts", facts()))));
    assertThat(unknownCadre.status()).isEqualTo(400);
    assertThat(unknownCadre.json().get("errors").get(0).get("field").asText()).isEqualTo("responsible[0].cadreId");
    long cadreId = cadre();
    Response twice = http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", Map.of("summary", "x",
        "responsible", List.of(Map.of("cadreId", cadreId, "responsibility", "MAIN", "facts", facts()),
            Map.of("cadreId", cadreId, "responsibility", "GENERAL", "facts", facts()))));
    assertThat(twice.status()).isEqualTo(400);
    assertInvalid(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff",
        Map.of("summary", "x", "responsible", List.of())), "reason");
    assertInvalid(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff",
        Map.of("summary", "x", "responsible", List.of(), "reason", "  ")), "reason");
    assertInvalid(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", Map.of("summary", "x",
        "responsible", List.of(Map.of("cadreId", cadreId, "responsibility", "MAIN", "facts", facts())),
        "reason", "无领导责任")), "reason");
    assertInvalid(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff",
        Map.of("summary", "x", "reason", "无领导责任")), "responsible");
    assertThat(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", Map.of("summary", "x",
        "responsible", List.of(Map.of("cadreId", cadreId, "responsibility", "BIG", "facts", facts())))).status())
        .isEqualTo(400);
    assertThat(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", Map.of("summary", "x",
        "responsible", List.of(Map.of("cadreId", cadreId, "responsibility", "MAIN", "ground", "REPORTING_FAILURE",
            "facts", facts())))).json().get("errors").get(0).get("field").asText())
        .isEqualTo("responsible[0].reportingFailure");
    JsonNode unchanged = http.get("/api/accidents/" + id, "em-staff").json();
    assertThat(unchanged.get("status").asText()).isEqualTo("INVESTIGATING");
    assertThat(unchanged.get("cases")).isEmpty();
    assertThat(unchanged.get("conclusion").isNull()).isTrue();

    assertThat(http.get("/api/accidents/99999999", "em-staff").status()).isEqualTo(404);
    assertThat(http.postJson("/api/accidents/99999999/conclusion", "em-staff", Map.of("summary", "x",
        "responsible", List.of(Map.of("cadreId", cadreId, "responsibility", "MAIN", "facts", facts())))).status())
        .isEqualTo(404);
    assertThat(http.postJson("/api/accidents", "org-staff", accident()).status()).isEqualTo(403);
  }

  @Test
  void aConclusionMayHoldNoLeaderResponsibleWithItsReason() {
    long id = http.postJson("/api/accidents", "em-staff", accident()).json().get("id").asLong();
    Response concluded = http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", Map.of(
        "summary", "调查认定：事故系企业违章作业所致", "responsible", List.of(),
        "reason", "属地党委政府及部门领导干部已依法履职，不负领导责任"));
    assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
    assertThat(concluded.json().get("status").asText()).isIn("CONCLUDED", "CLOSED_NO_LEADER_RESPONSIBLE");
    assertThat(concluded.json().get("cases")).isEmpty();
    assertThat(concluded.json().get("noLeaderReason").asText()).contains("不负领导责任");
    assertThat(http.postJson("/api/accidents/" + id + "/conclusion", "em-staff", Map.of("summary", "x",
        "responsible", List.of(), "reason", "重复")).status()).isEqualTo(409);
  }

  static List<Long> ids(JsonNode page) {
    return java.util.stream.StreamSupport.stream(page.get("items").spliterator(), false)
        .map(n -> n.get("id").asLong()).toList();
  }

  static void assertInvalid(Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).contains(field);
  }
}
