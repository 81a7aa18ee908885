package cn.gx.safeduty.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisor opens SafeDuty's dashboard in Cockpit from its navigation and follows a running case
 * to its instance (departments have no Cockpit; the endpoint refuses their sessions, DashboardEndpointTest).
 */
@EmbeddedAppTest
class DashboardBrowserTest {

  @LocalServerPort
  int port;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed (CI installs them)");
  }

  @Test
  void theSupervisorFollowsARowToItsInstance() {
    Http api = new Http(port);
    long cadreId = api.postJson("/api/cadres", "org-staff", Map.of("name", "面板浏览干部", "jurisdictionCode", "450105",
        "role", "GOVERNMENT_LEADER", "post", "副区长")).json().get("id").asLong();
    String caseNumber = api.postJson("/api/accountability-cases", "em-staff", Map.of("cadreId", cadreId,
        "ground", "DUTY_FAILURE", "summary", "面板浏览测试", "facts", Map.of("fullyPerformedDuties", false,
            "enlargedLossByPoorWork", false, "seriousSocialImpact", false, "mitigation", "NONE",
            "egregiousAndSerious", false, "suspectedDutyCrime", false))).json().get("caseNumber").asText();

    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", "supervisor");
      browser.click(By.xpath("//a[normalize-space(.)='安全生产监督']"));
      browser.visible(By.xpath("//h2[normalize-space(.)='安全生产监督面板']"));
      browser.visible(By.xpath("//section[@id='safeduty-openCases']//a[normalize-space(.)='" + caseNumber + "']"));
      browser.screenshot("dashboard-1-supervisor");
      browser.click(By.xpath("//section[@id='safeduty-openCases']//a[normalize-space(.)='" + caseNumber + "']"));
      browser.wait.until(d -> d.getCurrentUrl().contains("#/process-instance/"));
      assertThat(browser.driver.getCurrentUrl()).contains("/runtime");
    }

  }
}
