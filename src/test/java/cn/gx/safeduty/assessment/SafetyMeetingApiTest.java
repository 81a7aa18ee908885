package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Meetings recorded over HTTP and judged by who presided on the day, from the registry's role history. */
@EmbeddedAppTest
class SafetyMeetingApiTest {

  /** Today where SafeDuty runs (safeduty.time-zone), which is what "in the future" and role changes go by. */
  static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  Map<String, Object> meeting(String jurisdiction, String body, LocalDate day, long cadre, String minutes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jurisdictionCode", jurisdiction);
    m.put("body", body);
    m.put("heldOn", day.toString());
    m.put("cadreId", cadre);
    m.put("topic", "研究部署安全生产工作");
    m.put("minutesRef", minutes);
    return m;
  }

  @Test
  void aStandingCommitteeMeetingCountsWhenItsChairHeldThePrincipalsRoleThatDay() {
    long chair = http.postJson("/api/cadres", "org-staff", Map.of("name", "会议主持人", "jurisdictionCode", "450125",
        "role", "GOVERNMENT_LEADER", "post", "副县长")).json().get("id").asLong();
    assertThat(http.postJson("/api/safety-meetings", "em-staff",
        meeting("450125", "PARTY_STANDING_COMMITTEE", TODAY.minusDays(1), chair, "常委会纪要1")).status()).isEqualTo(201);
    JsonNode before = compliance("450125");
    assertThat(before.get("standingCommittee").get("presidedByPrincipal").asInt()).isZero();
    assertThat(before.get("standingCommittee").get("notCounted")).hasSize(1);

    assertThat(http.send("PUT", "/api/cadres/" + chair + "/roles", "org-staff", "application/json",
        Http.toJson(Map.of("roles", List.of("PARTY_SECRETARY"), "reason", "任县委书记"))).status()).isEqualTo(200);
    assertThat(http.postJson("/api/safety-meetings", "em-staff",
        meeting("450125", "PARTY_STANDING_COMMITTEE", TODAY, chair, "常委会纪要2")).status()).isEqualTo(201);
    JsonNode after = compliance("450125");
    assertThat(after.get("standingCommittee").get("presidedByPrincipal").asInt())
        .as("only the meeting held once the chair was the principal").isOne();
    assertThat(after.get("standingCommittee").get("status").asText()).isEqualTo("MET");
    assertThat(after.get("standingCommittee").get("notCounted")).hasSize(1);
  }

  @Test
  void executiveMeetingsAreCountedQuarterByQuarter() {
    long convener = http.postJson("/api/cadres", "org-staff", Map.of("name", "县长", "jurisdictionCode", "450126",
        "role", "GOVERNMENT_HEAD", "post", "县长")).json().get("id").asLong();
    assertThat(http.postJson("/api/safety-meetings", "em-staff",
        meeting("450126", "GOVERNMENT_EXECUTIVE", TODAY, convener, "常务会议纪要1")).status()).isEqualTo(201);
    JsonNode c = compliance("450126");
    int quarter = (TODAY.getMonthValue() - 1) / 3;
    assertThat(c.get("executive").get("quarters").get(quarter).get("status").asText()).isEqualTo("MET");
    assertThat(c.get("level").asText()).isEqualTo("COUNTY");
    JsonNode city = http.get("/api/safety-meetings/compliance?jurisdiction=450100&includeSubdivisions=true&year="
        + TODAY.getYear(), "di-staff").json();
    assertThat(city.findValuesAsText("jurisdictionCode")).contains("450100", "450126");
    assertThat(http.get("/api/safety-meetings?jurisdiction=450126&year=" + TODAY.getYear(), "org-staff").json())
        .hasSize(1);
  }

  @Test
  void badMeetingsAreRefused() {
    long other = http.postJson("/api/cadres", "org-staff", Map.of("name", "他县干部", "jurisdictionCode", "450124",
        "role", "GOVERNMENT_HEAD")).json().get("id").asLong();
    long own = http.postJson("/api/cadres", "org-staff", Map.of("name", "本县干部", "jurisdictionCode", "450181",
        "role", "GOVERNMENT_HEAD")).json().get("id").asLong();
    Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
    cases.put("cadreId", meeting("450181", "GOVERNMENT_EXECUTIVE", TODAY, other, "纪要"));
    cases.put("heldOn", meeting("450181", "GOVERNMENT_EXECUTIVE", TODAY.plusDays(1), own, "纪要"));
    cases.put("jurisdictionCode", meeting("999999", "GOVERNMENT_EXECUTIVE", TODAY, own, "纪要"));
    cases.put("body", meeting("450181", "CONGRESS", TODAY, own, "纪要"));
    for (var c : cases.entrySet()) {
      Response refused = http.postJson("/api/safety-meetings", "em-staff", c.getValue());
      assertThat(refused.status()).as(c.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains(c.getKey());
    }
    Map<String, Object> ok = meeting("450181", "GOVERNMENT_EXECUTIVE", TODAY, own, "纪要");
    assertThat(http.postJson("/api/safety-meetings", "org-staff", ok).status()).isEqualTo(403);
    assertThat(http.postJson("/api/safety-meetings", "em-staff", ok).status()).isEqualTo(201);
    assertThat(http.postJson("/api/safety-meetings", "em-staff", ok).status()).isEqualTo(409);
  }

  private JsonNode compliance(String code) {
    Response r = http.get("/api/safety-meetings/compliance?jurisdiction=" + code + "&year=" + TODAY.getYear(), "em-staff");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get(0);
  }
}
