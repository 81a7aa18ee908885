package cn.gx.safeduty.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duties declared as counts and figures, evaluated from what is recorded over HTTP (Art 6(3), 6(4),
 * 6(6), 9(4)): a duty list checked, the safety fund against the revenue, the tours and assessments
 * organised, each government leader's situation analyses.
 */
@EmbeddedAppTest
class DutyChecksTest {

  static final String CITY = "450500";
  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  JsonNode check(String dutyId) {
    JsonNode checks = http.get("/api/duty-checks?jurisdiction=" + CITY + "&year=" + YEAR, "di-staff").json();
    for (JsonNode c : checks) {
      if (c.get("dutyId").asText().equals(dutyId)) {
        return c;
      }
    }
    throw new AssertionError("no check of " + dutyId + " in " + checks);
  }

  @Test
  void eachDutyIsCheckedFromItsRecords() {
    // 6(3): the government leaders' list made, then checked once in its year
    assertThat(check("6-3").get("met").asBoolean()).isFalse();
    Response list = http.postJson("/api/duty-lists", "em-staff", Map.of("jurisdictionCode", CITY, "year", YEAR,
        "kind", "GOVERNMENT_LEADERS", "issuedOn", YEAR + "-02-01", "documentRef", "北政办〔" + YEAR + "〕3号",
        "title", "政府领导干部年度安全生产重点工作责任清单"));
    assertThat(list.status()).as(list.body()).isEqualTo(201);
    long listId = list.json().get("id").asLong();
    assertThat(check("6-3").get("detail").asText()).contains("检查考核0次");
    assertThat(http.postJson("/api/duty-lists/" + listId + "/reviews", "em-staff", Map.of("reviewedOn",
        LocalDate.now().plusDays(3).toString(), "summary", "x")).status()).isEqualTo(400);
    assertThat(http.postJson("/api/duty-lists/" + listId + "/reviews", "di-staff", Map.of("reviewedOn",
        YEAR + "-06-30", "summary", "x")).status()).isEqualTo(403);
    assertThat(http.postJson("/api/duty-lists/99999999/reviews", "em-staff", Map.of("reviewedOn",
        YEAR + "-06-30", "summary", "x")).status()).isEqualTo(404);
    Response reviewed = http.postJson("/api/duty-lists/" + listId + "/reviews", "em-staff", Map.of("reviewedOn",
        YEAR + "-06-30", "summary", "半年检查考核，各副市长清单事项推进正常"));
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
    assertThat(check("6-3").get("met").asBoolean()).isTrue();

    // 6(4): the fund grew 5%, the revenue 10%
    assertThat(check("6-4").get("met").isNull()).as("no figures, no judgement").isTrue();
    assertThat(budget(YEAR - 1, 1000, 100000).status()).isEqualTo(201);
    Response current = budget(YEAR, 1050, 110000);
    assertThat(current.status()).as(current.body()).isEqualTo(201);
    assertThat(budget(YEAR, 2000, 110000).status()).as("once a year").isEqualTo(409);
    Response zeroRevenue = budget(YEAR - 2, 1000, 0);
    assertThat(zeroRevenue.json().get("errors").get(0).get("field").asText()).isEqualTo("fiscalRevenue");
    JsonNode budget = check("6-4");
    assertThat(budget.get("met").asBoolean()).isFalse();
    assertThat(budget.get("detail").asText()).contains("1050万元", "5.0%", "10.0%");

    // 9(4): a vice-mayor's analyses, two a year by the catalogue
    long viceMayor = http.postJson("/api/cadres", "org-staff", Map.of("name", "北海副市长（形势分析）",
        "jurisdictionCode", CITY, "role", "GOVERNMENT_LEADER", "post", "副市长")).json().get("id").asLong();
    assertThat(analysis(viceMayor, YEAR + "-05-10").status()).isEqualTo(201);
    assertThat(leader(viceMayor).get("met").asBoolean()).isFalse();
    assertThat(analysis(viceMayor, YEAR + "-11-10").status()).isEqualTo(201);
    assertThat(leader(viceMayor).get("met").asBoolean()).isTrue();
    assertThat(leader(viceMayor).get("detail").asText()).contains("2次");
    assertThat(analysis(viceMayor, LocalDate.now().plusDays(5).toString()).status()).isEqualTo(400);
    assertThat(analysis(987654321L, YEAR + "-05-10").json().get("errors").get(0).get("field").asText())
        .isEqualTo("cadreId");
    assertThat(http.get("/api/situation-analyses?jurisdiction=" + CITY + "&year=" + YEAR, "org-staff").json()
        .findValuesAsText("cadreId")).containsExactly(String.valueOf(viceMayor), String.valueOf(viceMayor));

    // 6(6): an assessment of the city's districts organised for the year
    assertThat(check("6-6").get("met").asBoolean()).isFalse();
    Response cycle = http.postJson("/api/assessment-cycles", "em-staff", Map.of("year", YEAR,
        "assessingJurisdiction", CITY, "targets", List.of("450502")));
    assertThat(cycle.status()).as(cycle.body()).isEqualTo(201);
    assertThat(check("6-6").get("met").asBoolean()).isTrue();
    assertThat(check("6-6").get("detail").asText()).contains(cycle.json().get("cycleNumber").asText());

    assertThat(http.get("/api/duty-checks?jurisdiction=450502001&year=" + YEAR, "em-staff").status()).isEqualTo(400);
  }

  private Response budget(int year, int fund, int revenue) {
    return http.postJson("/api/safety-budgets", "em-staff", Map.of("jurisdictionCode", CITY, "year", year,
        "safetyFund", fund, "fiscalRevenue", revenue, "documentRef", "北海市" + year + "年预算"));
  }

  private Response analysis(long cadreId, String day) {
    return http.postJson("/api/situation-analyses", "em-staff", Map.of("cadreId", cadreId, "heldOn", day,
        "summary", "分析分管领域安全生产形势"));
  }

  private JsonNode leader(long cadreId) {
    for (JsonNode c : http.get("/api/duty-checks?jurisdiction=" + CITY + "&year=" + YEAR, "di-staff").json()) {
      if (c.get("dutyId").asText().equals("9-4") && c.get("cadreId").asLong() == cadreId) {
        return c;
      }
    }
    throw new AssertionError("no 9(4) check of " + cadreId);
  }
}
