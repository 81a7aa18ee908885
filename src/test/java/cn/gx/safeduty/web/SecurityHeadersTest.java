package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of response carries the security headers, refusals and Swagger UI included. */
@EmbeddedAppTest
class SecurityHeadersTest {

  @LocalServerPort
  int port;

  @Test
  void everyResponseSaysSameOrigin() {
    Http http = new Http(port);
    for (var response : List.of(http.get("/camunda/app/tasklist/default/", null),
        http.get("/api/jurisdictions", "org-staff"), http.get("/api/jurisdictions", null),
        http.get("/engine-rest/engine", null), http.get("/v3/api-docs", null))) {
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }
  }

  @Test
  void theApisAndSwaggerUiCannotBeFramedSniffedOrRunOthersScripts() {
    Http http = new Http(port);
    for (String path : List.of("/swagger-ui/index.html", "/v3/api-docs", "/api/jurisdictions", "/engine-rest/engine",
        "/engine-rest/task", "/nowhere")) {
      for (String user : new String[] {null, "org-staff"}) {
        var response = http.get(path, user);
        String what = path + " as " + user + " (" + response.status() + ")";
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(response.headers().allValues("Content-Security-Policy")).as(what).hasSize(1)
            .allSatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self'"));
      }
    }
    // the webapps keep their own policy, one of it
    assertThat(http.get("/camunda/app/tasklist/default/", null).headers().allValues("Content-Security-Policy"))
        .hasSize(1).allSatisfy(policy -> assertThat(policy).contains("strict-dynamic"));
  }
}
