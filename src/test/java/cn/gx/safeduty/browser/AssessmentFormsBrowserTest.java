package cn.gx.safeduty.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An assessee scored in Tasklist as emergency management staff would: one row per indicator in the
 * form's dynamic list, the rules' scores shown with their basis and kept, the hand-scored indicator
 * typed in, and what Tasklist submits accepted by the step's rules. Screenshots go to target/screenshots/.
 */
@EmbeddedAppTest
class AssessmentFormsBrowserTest {

  static final By COMPLETE = By.xpath("//button[normalize-space(.)='完成' or normalize-space(.)='Complete']");
  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 2;

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed (CI installs them)");
  }

  @Test
  void anAssesseeIsScoredInTasklistRowByRow() {
    Http api = new Http(port);
    JsonNode cycle = api.postJson("/api/assessment-cycles", "em-staff", Map.of("year", YEAR,
        "assessingJurisdiction", "450100", "targets", List.of("450103"))).json();
    String pid = cycle.get("processInstanceId").asText();
    long cycleId = cycle.get("id").asLong();
    Task report = engine.getTaskService().createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey("Task_RecordDutyReport").list().stream()
        .filter(t -> engine.getTaskService().getVariable(t.getId(), "assesseeLabel").toString().contains("领导班子"))
        .findFirst().orElseThrow();
    assertThat(api.completeTask(report.getId(), "em-staff", Map.of("reportSummary", "班子述职", "safetySection", "安全生产",
        "reportedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())).status()).isEqualTo(204);
    Task score = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_ScoreAssessee")
        .singleResult();
    engine.getTaskService().claim(score.getId(), "em-staff");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "em-staff");
      browser.open("/camunda/app/tasklist/default/#/?task=" + score.getId());
      browser.visible(By.xpath("//*[normalize-space(.)='第一项指标']"));
      browser.wait.until(d -> d.findElements(By.xpath("//label[starts-with(normalize-space(.),'得分（0-100）')]")).stream()
          .filter(WebElement::isDisplayed).count() == 6);
      assertThat(browser.driver.findElements(By.xpath("//*[normalize-space(.)='第七项指标']")).stream()
          .noneMatch(WebElement::isDisplayed)).as("slots beyond the cycle's indicators are hidden").isTrue();
      Object shown = browser.driver.executeScript(
          "return Array.from(document.querySelectorAll('input, textarea')).map(e => e.value).join('|');");
      assertThat(shown.toString()).contains("生产安全事故控制（权重25）", "规则得分100");
      browser.screenshot("assessment-1-score-slots");

      WebElement manual = browser.visible(By.xpath(
          "//*[normalize-space(.)='第六项指标']/ancestor::div[contains(@class,'fjs-form-field-group')][1]"
              + "//label[starts-with(normalize-space(.),'得分（0-100）')]/following::input[1]"));
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", manual);
      manual.click();
      manual.sendKeys("85");
      manual.sendKeys(Keys.TAB);
      new org.openqa.selenium.interactions.Actions(browser.driver).pause(java.time.Duration.ofMillis(600)).perform();
      browser.screenshot("assessment-2-scored");
      browser.click(COMPLETE);
      browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(score.getId()).count() == 0);
    }

    JsonNode team = api.get("/api/assessment-cycles/" + cycleId, "em-staff").json().get("targets").get(0)
        .get("assessees").get(0);
    assertThat(team.get("scores").get(5).get("score").asDouble()).isEqualTo(85.0);
    assertThat(team.get("scores").get(2).get("score").asDouble()).as("the derived score kept").isEqualTo(100.0);
    assertThat(team.get("grade").isNull()).isFalse();
  }
}
