package cn.gx.safeduty.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The upper level's decision on a nomination recorded in Tasklist by the organisation department: the
 * award chosen from the forms the policy lists, the number and the date typed in, the record showing it.
 */
@EmbeddedAppTest
class CommendationFormsBrowserTest {

  static final By COMPLETE = By.xpath("//button[normalize-space(.)='完成' or normalize-space(.)='Complete']");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed (CI installs them)");
  }

  /** A day typed the way people write it is stored as that day in a Chinese and an English browser alike. */
  @Test
  void aDecisionIsRecordedInTasklistWithTheAwardsThePolicyListsAndTheDayTyped() {
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    decideInTasklist("zh-CN", day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth(), day);
    decideInTasklist("en-US", day.toString(), day);
  }

  private void decideInTasklist(String language, String typed, LocalDate meant) {
    Http api = new Http(port);
    long cadreId = api.postJson("/api/cadres", "org-staff", Map.of("name", "表单表彰干部" + language, "jurisdictionCode",
        "450105", "role", "GOVERNMENT_LEADER", "post", "副区长")).json().get("id").asLong();
    JsonNode n = api.postJson("/api/commendations", "org-staff", Map.of("cadreId", cadreId, "basis", "CONTRIBUTION",
        "contributionType", "SPECIAL_TASK", "proposedAward", "COMMENDATION", "citation", "完成危化品专项整治",
        "nominatingUnit", "江南区人民政府")).json();
    String pid = n.get("processInstanceId").asText();
    Task review = task(pid, "Task_ReviewSafetyRecord");
    assertThat(api.completeTask(review.getId(), "org-staff", Map.of("reviewPassed", "true", "reviewNote", "同意"))
        .status()).isEqualTo(204);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pid).activityId("Event_NoticeEnds")
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    Task decision = task(pid, "Task_RecordDecision");
    engine.getTaskService().claim(decision.getId(), "org-staff");

    try (Browser browser = new Browser(port, language)) {
      browser.login("tasklist", "org-staff");
      browser.open("/camunda/app/tasklist/default/#/?task=" + decision.getId());
      browser.visible(By.xpath("//*[contains(normalize-space(.),'上级党委和政府是否决定表彰')]"));
      assertThat(browser.field("被提名人").getDomProperty("value")).contains("表单表彰干部");
      browser.click(By.xpath("//label[normalize-space(.)='是']/input"));
      WebElement select = browser.visible(By.xpath(
          "//div[contains(@class,'fjs-form-field-select')][label[starts-with(normalize-space(.),'奖励种类')]]//*[contains(@class,'fjs-select-display')]"));
      browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
      select.click();
      browser.visible(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='记功']")).click();
      // the clerk's number from 中共南宁市委员会's register, one per run of each language
      String number = "南发〔" + meant.getYear() + "〕" + (language.equals("zh-CN") ? 901 : 902) + "号";
      WebElement ref = browser.visible(By.xpath("//label[starts-with(normalize-space(.),'决定文号')]/following::input[1]"));
      type(browser, ref, "江委〔" + meant.getYear() + "〕3号");
      WebElement date = browser.visible(By.xpath("//label[starts-with(normalize-space(.),'决定日期')]/following::input[1]"));
      // a day no one means is refused, never stored as another
      type(browser, date, "11/30/" + meant.getYear());
      browser.click(COMPLETE);
      browser.visible(By.xpath("//*[contains(normalize-space(.),'不是有效日期')]"));
      assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId()).count()).isOne();
      date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      type(browser, date, typed);
      browser.click(COMPLETE);
      // a number not from the deciding Party committee's register is refused, naming the 代字 it should carry
      browser.visible(By.xpath("//*[contains(normalize-space(.),'机关代字应为中共南宁市委员会的“南发”')]"));
      assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId()).count()).isOne();
      ref.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      type(browser, ref, number);
      browser.screenshot("commendation-1-decision-" + language);
      browser.click(COMPLETE);
      browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(decision.getId()).count() == 0);
    }

    JsonNode awarded = api.get("/api/commendations/" + n.get("id").asLong(), "org-staff").json();
    assertThat(awarded.get("status").asText()).isEqualTo("AWARDED");
    assertThat(awarded.get("decision").get("award").asText()).isEqualTo("MERIT");
    assertThat(awarded.get("decision").get("ref").asText()).isEqualTo("南发〔" + meant.getYear() + "〕"
        + (language.equals("zh-CN") ? 901 : 902) + "号");
    assertThat(awarded.get("decision").get("decidedOn").asText()).as(language + " typed " + typed)
        .isEqualTo(meant.toString());
  }

  @Autowired
  cn.gx.safeduty.registry.SafetyRecordService records;

  /** A vetting a restriction stopped is concluded in Tasklist by the organisation department, seeing why it stopped. */
  @Test
  void aStoppedVettingIsConcludedInTasklist() {
    Http api = new Http(port);
    long cadreId = api.postJson("/api/cadres", "org-staff", Map.of("name", "表单考察干部", "jurisdictionCode", "450105",
        "role", "GOVERNMENT_LEADER", "post", "副区长")).json().get("id").asLong();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    records.addRestriction(cadreId, new cn.gx.safeduty.registry.SafetyRecord.Restriction(
        cn.gx.safeduty.registry.RestrictionKind.ONE_VOTE_VETO, "22", java.util.List.of(
            cn.gx.safeduty.registry.Barred.EXCELLENCE, cn.gx.safeduty.registry.Barred.AWARDS,
            cn.gx.safeduty.registry.Barred.IMPORTANT_APPOINTMENT, cn.gx.safeduty.registry.Barred.PROMOTION),
        today.minusDays(3), today.plusMonths(12), "问责〔2026〕9931", "通报"));
    JsonNode v = api.postJson("/api/candidate-vettings", "org-staff", Map.of("cadreId", cadreId,
        "proposedPost", "区委副书记", "kind", "PROMOTION")).json();
    assertThat(v.get("status").asText()).isEqualTo("STOPPED");
    Task stopped = task(v.get("processInstanceId").asText(), "Task_ConcludeStoppedVetting");
    engine.getTaskService().claim(stopped.getId(), "org-staff");

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "org-staff");
      browser.open("/camunda/app/tasklist/default/#/?task=" + stopped.getId());
      browser.visible(By.xpath("//*[contains(normalize-space(.),'考察已终止')]"));
      assertThat(browser.field("考察终止的依据").getDomProperty("value")).contains("不得提拔", "问责〔2026〕9931", "第二十二条");
      assertThat(browser.field("安全生产履职档案").getDomProperty("value")).contains("影响期");
      type(browser, browser.visible(By.xpath("//label[starts-with(normalize-space(.),'考察终止结论')]/following::textarea[1]")),
          "一票否决影响期内，不得提拔，考察终止");
      browser.screenshot("vetting-1-stopped-conclusion");
      browser.click(COMPLETE);
      browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(stopped.getId()).count() == 0);
    }
    JsonNode done = api.get("/api/candidate-vettings/" + v.get("id").asLong(), "org-staff").json();
    assertThat(done.get("status").asText()).isEqualTo("CONCLUDED");
    assertThat(done.get("conclusion").get("text").asText()).isEqualTo("一票否决影响期内，不得提拔，考察终止");
  }

  private static void type(Browser browser, WebElement input, String text) {
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    input.click();
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
    new Actions(browser.driver).pause(Duration.ofMillis(600)).perform();
  }

  private Task task(String pid, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
  }
}
