package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Art 4 一岗双责 over HTTP: portfolios recorded with the posting and changed with dates; an accident
 * counts against a member only within the portfolio held on its day — a vice-mayor for transport is
 * charged with a road accident, not a fire — and its page lists who answers for it and why.
 */
@EmbeddedAppTest
class PortfolioChargingTest {

  static final String CITY = "450400";
  static final String COUNTY = "450405";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant OCCURRED = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

  @LocalServerPort
  int port;

  @Autowired
  EvidenceGatherer evidence;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  AssessmentPolicy policy;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  long viceMayor(String name, List<String> portfolio) {
    Response created = http.postJson("/api/cadres", "org-staff", Map.of("name", name, "jurisdictionCode", CITY,
        "role", "GOVERNMENT_LEADER", "post", "梧州市副市长", "portfolio", portfolio));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    // in post, with this portfolio, for a year before the accidents
    LocalDate yearAgo = LocalDate.now(ZONE).minusYears(1);
    jdbc.sql("UPDATE cadre_portfolio SET starts_on = ? WHERE posting_id IN (SELECT id FROM cadre_posting WHERE cadre_id = ?)")
        .params(Date.valueOf(yearAgo), id).update();
    jdbc.sql("UPDATE cadre_posting SET starts_on = ? WHERE cadre_id = ?").params(Date.valueOf(yearAgo), id).update();
    return id;
  }

  long accident(String industry) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jurisdictionCode", COUNTY);
    body.put("place", "某处");
    body.put("occurredAt", OCCURRED.toString());
    body.put("industry", industry);
    body.put("deaths", 1);
    body.put("seriousInjuries", 0);
    body.put("directLoss", 500000);
    body.put("description", "分管范围测试事故");
    body.put("reporting", Map.of("unitReportedAt", OCCURRED.plus(40, ChronoUnit.MINUTES).toString()));
    Response recorded = http.postJson("/api/accidents", "em-staff", body);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    return recorded.json().get("id").asLong();
  }

  @Test
  void aViceMayorForTransportAnswersForTheRoadAccidentNotTheFire() {
    assertThat(http.postJson("/api/cadres", "org-staff", Map.of("name", "错误分管", "jurisdictionCode", CITY,
        "role", "GOVERNMENT_LEADER", "portfolio", List.of("SHIPPING"))).json().get("errors").get(0).get("field")
        .asText()).isEqualTo("portfolio");
    long transport = viceMayor("分管交通副市长", List.of("ROAD_TRAFFIC", "WATER_TRANSPORT"));
    long security = viceMayor("分管公安副市长", List.of("FIRE", "PUBLIC_SECURITY"));
    JsonNode shown = http.get("/api/cadres/" + transport, "em-staff").json().get("postings").get(0).get("portfolio");
    assertThat(shown.findValuesAsText("sector")).containsExactly("ROAD_TRAFFIC", "WATER_TRANSPORT");
    assertThat(shown.findValuesAsText("name")).containsExactly("道路运输", "水上运输");
    assertThat(http.get("/api/portfolio-sectors", "di-staff").json().findValuesAsText("code"))
        .contains("ROAD_TRAFFIC", "FIRE", "EDUCATION");

    long fire = accident("火灾");
    long road = accident("道路运输");
    JsonNode fireLeaders = http.get("/api/accidents/" + fire, "em-staff").json().get("answeringLeaders");
    assertThat(fireLeaders.findValuesAsText("cadreId")).contains(String.valueOf(security))
        .doesNotContain(String.valueOf(transport));
    assertThat(fireLeaders.findValuesAsText("basis")).contains("分管火灾", "政府主要负责人");
    assertThat(http.get("/api/accidents/" + road, "em-staff").json().get("answeringLeaders").findValuesAsText("cadreId"))
        .contains(String.valueOf(transport)).doesNotContain(String.valueOf(security));

    // five days after the accidents the transport vice-mayor takes fire over: the fire stays with who held it then
    LocalDate changed = LocalDate.now(ZONE).minusDays(5);
    Response change = http.send("PUT", "/api/cadres/" + transport + "/portfolio", "org-staff", "application/json",
        "{\"sectors\":[\"ROAD_TRAFFIC\",\"FIRE\"],\"effectiveOn\":\"" + changed + "\",\"reason\":\"分工调整\"}");
    assertThat(change.status()).as(change.body()).isEqualTo(200);
    JsonNode portfolio = change.json().get("postings").get(0).get("portfolio");
    assertThat(portfolio).extracting(e -> e.get("sector").asText(), e -> e.get("endsOn").asText())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ROAD_TRAFFIC", "null"),
            org.assertj.core.groups.Tuple.tuple("WATER_TRANSPORT", changed.minusDays(1).toString()),
            org.assertj.core.groups.Tuple.tuple("FIRE", "null"));

    Evidence year = evidence.gather(CITY, OCCURRED.atZone(ZONE).getYear());
    IndicatorRules.Derived transportScore = IndicatorRules.derive(IndicatorRule.ACCIDENTS, year,
        new IndicatorRules.Assessed(transport, List.of(cn.gx.safeduty.registry.CadreRole.GOVERNMENT_LEADER)),
        policy.deductions());
    String fireNumber = http.get("/api/accidents/" + fire, "em-staff").json().get("accidentNumber").asText();
    String roadNumber = http.get("/api/accidents/" + road, "em-staff").json().get("accidentNumber").asText();
    assertThat(transportScore.source()).contains(roadNumber).doesNotContain(fireNumber);
    assertThat(transportScore.score()).isLessThan(BigDecimal.valueOf(100));
    IndicatorRules.Derived team = IndicatorRules.derive(IndicatorRule.ACCIDENTS, year,
        IndicatorRules.Assessed.wholeTeam(), policy.deductions());
    assertThat(team.source()).contains(roadNumber, fireNumber);
  }

  @Test
  void badPortfolioChangesAreRefused() {
    long id = viceMayor("分管教育副市长", List.of("EDUCATION"));
    String today = LocalDate.now(ZONE).toString();
    for (String[] bad : new String[][] {
        {"{\"sectors\":[\"SHIPPING\"],\"effectiveOn\":\"" + today + "\"}", "sectors"},
        {"{\"sectors\":[\"FIRE\"],\"effectiveOn\":\"" + LocalDate.now(ZONE).plusDays(2) + "\"}", "effectiveOn"},
        {"{\"sectors\":[\"FIRE\"],\"effectiveOn\":\"" + LocalDate.now(ZONE).minusYears(3) + "\"}", "effectiveOn"},
        {"{\"effectiveOn\":\"" + today + "\"}", "sectors"}}) {
      Response refused = http.send("PUT", "/api/cadres/" + id + "/portfolio", "org-staff", "application/json", bad[0]);
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).contains(bad[1]);
    }
    assertThat(http.send("PUT", "/api/cadres/" + id + "/portfolio", "em-staff", "application/json",
        "{\"sectors\":[\"FIRE\"],\"effectiveOn\":\"" + today + "\"}").status()).isEqualTo(403);
    assertThat(http.send("PUT", "/api/cadres/987654321/portfolio", "org-staff", "application/json",
        "{\"sectors\":[\"FIRE\"],\"effectiveOn\":\"" + today + "\"}").status()).isEqualTo(404);
    assertThat(http.get("/api/cadres/" + id, "org-staff").json().get("postings").get(0).get("portfolio")
        .findValuesAsText("sector")).as("nothing half-done").containsExactly("EDUCATION");
  }
}
