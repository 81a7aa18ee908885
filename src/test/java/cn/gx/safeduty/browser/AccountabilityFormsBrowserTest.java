package cn.gx.safeduty.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.support.CaseRequests;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
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
 * The deciding lanes' forms in Tasklist: the organisation department ticks several measures on its
 * checklist (opened on its review's proposal), discipline inspection gives a 党纪处分 and a 政务处分 in one
 * decision; what Tasklist submits is taken by the step's rules as that many measures. Screenshots go to
 * target/screenshots/.
 */
@EmbeddedAppTest
class AccountabilityFormsBrowserTest {

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
  void eachDecidingLaneGivesSeveralMeasuresOnItsOwnForm() {
    Http api = new Http(port);
    long cadreId = api.postJson("/api/cadres", "org-staff", Map.of("name", "表单问责干部", "jurisdictionCode", "450102",
        "role", "GOVERNMENT_HEAD")).json().get("id").asLong();
    Map<String, Object> request = new LinkedHashMap<>(CaseRequests.dutyFailure(cadreId, "较大事故，负主要领导责任"));
    request.putAll(Map.of("ground", "ACCIDENT_RESPONSIBILITY", "accidentGrade", "MAJOR", "responsibility", "MAIN"));
    JsonNode created = api.postJson("/api/accountability-cases", "em-staff", request).json();
    String pid = created.get("processInstanceId").asText();
    long caseId = created.get("id").asLong();
    complete(api, pid, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "无需通报", "emProposedSanction", "NONE",
        "emProposalReasons", "由组织部门和纪检监察机关处理"));
    complete(api, pid, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "应予处分",
        "diProposedSanction", "DISCIPLINARY_SANCTION", "diProposalReasons", "违反党的纪律和政务纪律"));
    complete(api, pid, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "同意规则建议"));

    Task org = claimed(pid, "Task_DecideSanctionOrg", "org-staff");
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "org-staff");
      browser.open("/camunda/app/tasklist/default/#/?task=" + org.getId());
      browser.visible(By.xpath("//*[contains(normalize-space(.),'可以选择一项或者多项')]"));
      assertThat(checked(browser)).as("opened on the review's proposal").containsExactly("降职（组织部门）");
      assertThat(browser.driver.getPageSource()).as("only the lane's own measures").doesNotContain("通报（", "处分（");
      tick(browser, "停职检查");
      fillFactors(browser);
      browser.screenshot("accountability-1-organisation-measures");
      browser.click(COMPLETE);
      browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(org.getId()).count() == 0);
    }

    Task di = claimed(pid, "Task_DecideSanctionDi", "di-staff");
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "di-staff");
      browser.open("/camunda/app/tasklist/default/#/?task=" + di.getId());
      browser.visible(By.xpath("//*[contains(normalize-space(.),'党纪处分和政务处分可以并用')]"));
      assertThat(browser.field("决定理由").getDomProperty("value"))
          .as("blank: not what the organisation department wrote").isEmpty();
      choose(browser, "党纪处分", "党内警告");
      choose(browser, "政务处分", "记过");
      fillFactors(browser);
      browser.screenshot("accountability-2-discipline-measures");
      browser.click(COMPLETE);
      browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(di.getId()).count() == 0);
    }

    JsonNode view = api.get("/api/accountability-cases/" + caseId, "supervisor").json();
    assertThat(view.get("status").asText()).isEqualTo("DECIDED");
    List<String> measures = new java.util.ArrayList<>();
    view.get("measures").forEach(m -> measures.add(m.get("sanction").asText()
        + (m.get("disciplinaryKind").isNull() ? "" : ":" + m.get("disciplinaryKind").asText())));
    assertThat(measures).containsExactlyInAnyOrder("DEMOTION", "SUSPENSION", "DISCIPLINARY_SANCTION:PARTY_WARNING",
        "DISCIPLINARY_SANCTION:DEMERIT");
  }

  private void complete(Http api, String pid, String key, String user, Map<String, Object> fields) {
    Task task = claimed(pid, key, user);
    assertThat(api.completeTask(task.getId(), user, fields).status()).as(key).isEqualTo(204);
  }

  private Task claimed(String pid, String key, String user) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key + " open").isNotNull();
    engine.getTaskService().claim(task.getId(), user);
    return task;
  }

  @SuppressWarnings("unchecked")
  private static List<String> checked(Browser browser) {
    return (List<String>) browser.driver.executeScript("""
        return [...document.querySelectorAll('.fjs-form-field-checklist input[type=checkbox]')]
          .filter(box => box.checked)
          .map(box => (box.closest('label') || box.parentElement).textContent.trim());
        """);
  }

  private static void tick(Browser browser, String measure) {
    Object ticked = browser.driver.executeScript("""
        const box = [...document.querySelectorAll('.fjs-form-field-checklist input[type=checkbox]')]
          .find(b => (b.closest('label') || b.parentElement).textContent.includes(arguments[0]));
        if (!box) return false;
        box.scrollIntoView({block: 'center'});
        box.click();
        return box.checked;
        """, measure);
    assertThat(ticked).as("ticked " + measure).isEqualTo(true);
  }

  private static void choose(Browser browser, String label, String option) {
    var select = browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-select')][label[starts-with(normalize-space(.),'"
        + label + "')]]//*[contains(@class,'fjs-select-display')]"));
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
    select.click();
    browser.visible(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']")).click();
  }

  private static void fillFactors(Browser browser) {
    type(browser, "岗位职责", "区政府主要负责人，安全生产第一责任人");
    type(browser, "履职情况", "未督促企业整改重大隐患");
    type(browser, "履职条件", "具备履职条件");
    type(browser, "决定理由", "事故等级较大，负主要领导责任");
  }

  /** Types into a form-js field and leaves it, giving form-js the moment it takes to keep the value. */
  private static void type(Browser browser, String label, String text) {
    var input = browser.field(label);
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    input.click();
    input.sendKeys(text);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
    new org.openqa.selenium.interactions.Actions(browser.driver).pause(java.time.Duration.ofMillis(600)).perform();
  }
}
