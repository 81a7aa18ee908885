package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps carry SafeDuty's name and hide the vendor's migration banner (SafeDuty's resources shadow the webjar's). */
@EmbeddedAppTest
class WebappBrandingTest {

  @LocalServerPort
  int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachWebappIsBranded(String app) {
    Http http = new Http(port);
    Http.Response config = http.get("/camunda/app/" + app + "/scripts/config.js", null);
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.body()).contains("name: '安全生产责任制管理'");
    Http.Response styles = http.get("/camunda/app/" + app + "/styles/user-styles.css", null);
    assertThat(styles.status()).isEqualTo(200);
    assertThat(styles.body()).contains(".ce-eol-banner").contains("display: none");
  }
}
