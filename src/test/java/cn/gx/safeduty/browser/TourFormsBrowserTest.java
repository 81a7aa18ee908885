package cn.gx.safeduty.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tour's finding recorded in Tasklist as emergency management staff would: the duty chosen from
 * the tour's focus, the leader ticked from the target's leaders (options the process gives the form),
 * and what Tasklist submits accepted by the step's rules. Screenshots go to target/screenshots/.
 */
@EmbeddedAppTest
class TourFormsBrowserTest {

  static final By COMPLETE = By.xpath("//button[normalize-space(.)='完成' or normalize-space(.)='Complete']");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed (CI installs them)");
  }

  @Test
  void aFindingIsRecordedInTasklistWithTheOptionsTheTourGives() {
    Http api = new Http(port);
    long leader = api.postJson("/api/cadres", "org-staff", Map.of("name", "表单巡查干部", "jurisdictionCode", "450123",
        "role", "GOVERNMENT_LEADER", "post", "副县长")).json().get("id").asLong();
    JsonNode tour = api.postJson("/api/inspection-tours", "em-staff", Map.of("year", LocalDate.now().getYear(),
        "inspectingJurisdiction", "450100", "targets", List.of("450123"), "focus", List.of("5-2"),
        "team", List.of(Map.of("name", "组长", "unit", "南宁市应急管理局")))).json();
    String pid = tour.get("processInstanceId").asText();
    complete(pid, "Task_ApproveTourPlan", Map.of("planApproved", "true", "approvalRef", "市委常委会纪要"));
    complete(pid, "Task_InspectOnSite", Map.of("inspectedFrom", LocalDate.now().minusDays(2).toString(),
        "inspectedTo", LocalDate.now().minusDays(1).toString(), "inspectionNote", "实地检查"));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_RecordFinding")
        .singleResult();
    engine.getTaskService().claim(task.getId(), "em-staff");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "em-staff");
      browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.visible(By.xpath("//*[contains(normalize-space(.),'已记录的巡查发现（只读）')]"));
      assertThat(browser.field("被巡查地区").getDomProperty("value")).contains("隆安县");
      browser.screenshot("tour-1-record-finding");

      var select = browser.visible(By.xpath(
          "//div[contains(@class,'fjs-form-field-select')][label[starts-with(normalize-space(.),'职责')]]//*[contains(@class,'fjs-select-display')]"));
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
      select.click();
      browser.visible(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'第五条第（二）项')]"))
          .click();
      browser.click(By.xpath("//label[normalize-space(.)='未履行']/input"));
      type(browser, "事实和依据", "全年未召开常委会研究安全生产");
      browser.click(By.xpath("//label[contains(normalize-space(.),'表单巡查干部')]/input"));
      type(browser, "整改要求", "一个月内召开专题会议");
      browser.click(By.xpath("//label[contains(normalize-space(.),'还有其他巡查发现')]/input"));
      browser.screenshot("tour-2-finding-filled");
      browser.click(COMPLETE);
      browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    }

    JsonNode finding = api.get("/api/inspection-tours/" + tour.get("id").asLong(), "em-staff").json()
        .get("targets").get(0).get("findings").get(0);
    assertThat(finding.get("dutyId").asText()).isEqualTo("5-2");
    assertThat(finding.get("verdict").asText()).isEqualTo("NOT_FULFILLED");
    assertThat(finding.get("cadreIds").get(0).asLong()).isEqualTo(leader);
    assertThat(finding.get("rectification").asText()).isEqualTo("一个月内召开专题会议");
  }

  /** Types into a form-js text area by its label, clicking into it first as a user would. */
  private static void type(Browser browser, String label, String text) {
    var area = browser.visible(By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]/following-sibling::textarea"));
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", area);
    area.click();
    area.sendKeys(text);
    area.sendKeys(org.openqa.selenium.Keys.TAB);
    browser.wait.until(d -> text.equals(area.getDomProperty("value")));
    // form-js takes typed text into its model after a short debounce; a click before then re-renders it away
    new org.openqa.selenium.interactions.Actions(browser.driver).pause(java.time.Duration.ofMillis(600)).perform();
  }

  private void complete(String pid, String key, Map<String, Object> fields) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    Http.Response response = new Http(port).completeTask(task.getId(), "em-staff", fields);
    assertThat(response.status()).as(response.body()).isEqualTo(204);
  }
}
