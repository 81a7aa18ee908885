package cn.gx.safeduty.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Request bodies are read strictly: no truncated ids, coerced texts, ignored fields, control characters or year 1. */
@EmbeddedAppTest
class StrictInputTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  Map<String, Object> nomination() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cadreId", 1);
    body.put("basis", "CONTRIBUTION");
    body.put("contributionType", "RESCUE");
    body.put("proposedAward", "COMMENDATION");
    body.put("citation", "抢险");
    body.put("nominatingUnit", "某单位");
    return body;
  }

  @Test
  void lenientInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    Http http = new Http(port);
    long before = jdbc.sql("SELECT COUNT(*) FROM commendation").query(Long.class).single();
    assertRefused(http, with("cadreId", 1.5), "cadreId");
    assertRefused(http, with("citation", 7), "citation");
    assertRefused(http, with("surprise", "field"), "surprise");
    assertRefused(http, with("citation", "抢\u0000险"), "citation");
    assertRefused(http, with("citation", "抢\u202E险"), "citation");
    Response twice = http.postJson("/api/commendations", "org-staff",
        Http.toJson(nomination()).replace("\"citation\":", "\"citation\":\"甲\",\"citation\":"));
    assertThat(twice.status()).as(twice.body()).isEqualTo(400);
    assertThat(twice.json().get("errors").findValuesAsText("field")).containsExactly("citation");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation").query(Long.class).single()).isEqualTo(before);

    for (String missing : java.util.List.of("99999", "0", "-1")) {
      Response objection = http.postJson("/api/commendations/" + missing + "/objections", "di-staff",
          Map.of("raisedBy", "群众", "content", "反映情况"));
      assertThat(objection.status()).as(missing + ": " + objection.body()).isEqualTo(404);
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation").query(Long.class).single()).isEqualTo(before);

    Map<String, Object> ancient = new LinkedHashMap<>(Map.of("jurisdictionCode", "450102", "place", "某地",
        "occurredAt", "0001-01-01T00:00:00Z", "industry", "其他", "deaths", 0, "seriousInjuries", 1,
        "directLoss", 1000, "description", "x"));
    ancient.put("reporting", Map.of("unitReportedAt", "0001-01-01T00:30:00Z"));
    Response response = http.postJson("/api/accidents", "em-staff", ancient);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("occurredAt");
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = nomination();
    body.put(field, value);
    return body;
  }

  private static void assertRefused(Http http, Map<String, Object> body, String field) {
    Response response = http.postJson("/api/commendations", "org-staff", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).contains("application/problem+json");
    assertThat(response.body()).contains(field).doesNotContain("Exception", "com.fasterxml", "java.");
  }
}
