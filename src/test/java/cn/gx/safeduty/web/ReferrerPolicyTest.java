package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of response carries the Referrer-Policy, refusals included. */
@EmbeddedAppTest
class ReferrerPolicyTest {

  @LocalServerPort
  int port;

  @Test
  void everyResponseSaysSameOrigin() {
    Http http = new Http(port);
    for (var response : java.util.List.of(http.get("/camunda/app/tasklist/default/", null),
        http.get("/api/jurisdictions", "org-staff"), http.get("/api/jurisdictions", null),
        http.get("/engine-rest/engine", null), http.get("/v3/api-docs", null))) {
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }
  }
}
