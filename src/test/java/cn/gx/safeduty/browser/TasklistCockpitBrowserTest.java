package cn.gx.safeduty.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.kernel.casework.OpenedCase;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff in a real browser: each department works its own review of a case started over the HTTP API in
 * Tasklist, the next lane's user then finds the decision, queues show only the department's own
 * tasks, and the supervisor sees the instance in Cockpit but cannot cancel it. Screenshots of each
 * step go to target/screenshots/.
 */
@EmbeddedAppTest
class TasklistCockpitBrowserTest {

  static final By COMPLETE = By.xpath("//button[contains(@ng-click,'complete()') and not(@disabled)]");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed (CI installs them)");
  }

  @Test
  void departmentsWorkTheirLanesAndTheSupervisorOnlyWatches() {
    Http api = new Http(port);
    long cadre = api.postJson("/api/cadres", "org-staff", Map.of("name", "浏览器测试干部", "jurisdictionCode", "450100",
        "role", "GOVERNMENT_LEADER", "post", "副市长")).json().get("id").asLong();
    Http.Response started = api.postJson("/api/accountability-cases", "em-staff", Map.of("cadreId", cadre,
        "ground", "DUTY_FAILURE", "summary", "督查发现未按要求召开安全生产专题会议", "facts", Map.of(
            "fullyPerformedDuties", false, "enlargedLossByPoorWork", false, "seriousSocialImpact", false,
            "mitigation", "NONE", "egregiousAndSerious", false, "suspectedDutyCrime", false)));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    var registered = new OpenedCase(started.json().get("id").asLong(),
        started.json().get("processInstanceId").asText(), started.json().get("caseNumber").asText());

    Map<String, String[]> lanes = Map.of(
        "em-staff", new String[] {"emergency-management", "Task_ReviewNotice", "审查意见", "无需另行通报"},
        "di-staff", new String[] {"discipline-inspection", "Task_ReviewDiscipline", "审查意见", "不宜给予处分"},
        "org-staff", new String[] {"organization", "Task_ReviewOrganizational", "审查意见", "同意规则建议"});
    for (String user : new String[] {"em-staff", "di-staff", "org-staff"}) {
      String[] lane = lanes.get(user);
      Task task = task(registered.processInstanceId(), lane[1]);
      try (Browser browser = new Browser(port)) {
        browser.login("tasklist", user);
        String queueLabel = browser.visible(By.xpath("//*[contains(@class,'task-filters')]//*[contains(normalize-space(.),'本部门待办')]")).getText();
        assertThat(queueLabel).contains("本部门待办");
        browser.visible(By.xpath("//*[@cam-sorting-choices]//*[contains(normalize-space(.),'办理期限')]"));
        browser.screenshot(user + "-1-tasklist");
        browser.visible(By.xpath("//*[normalize-space(.)='筛选任务' or @placeholder='筛选任务']"));

        String taskUrl = "/camunda/app/tasklist/default/#/?filter=" + queue(lane[0]).getId() + "&task=" + task.getId();
        browser.open(taskUrl);
        browser.visible(By.xpath("//*[contains(normalize-space(.),'案件情况（只读）')]"));
        assertThat(browser.field("案件编号").getDomProperty("value")).isEqualTo(registered.caseNumber());
        assertThat(browser.field("适用条款").getDomProperty("value")).contains("第十九条");
        assertThat(browser.field("规则建议").getDomProperty("value")).contains("通报");
        assertThat(browser.driver.findElements(By.xpath("//label[contains(normalize-space(.),'到期时间说明')]")))
            .as("a due date in a published year needs no note").isEmpty();
        browser.screenshot(user + "-2-form");
        if (user.equals("em-staff")) {
          // as a task due in a year whose holiday notice is not out would show it
          String note = "到期时间2027年1月12日 18:00按《全国年节及纪念日放假办法》规定的节假日暂行计算：2027年放假安排尚未公布，公布后可能调整。";
          engine.getRuntimeService().setVariable(task.getProcessInstanceId(), "dueDateNote", note);
          browser.open(taskUrl);
          browser.driver.navigate().refresh();
          assertThat(browser.field("到期时间说明").getDomProperty("value")).isEqualTo(note);
          browser.screenshot(user + "-2b-provisional-due-date");
          engine.getRuntimeService().removeVariable(task.getProcessInstanceId(), "dueDateNote");
          browser.open(taskUrl);
          browser.driver.navigate().refresh();
          browser.visible(By.xpath("//*[contains(normalize-space(.),'案件情况（只读）')]"));
        }

        browser.visible(By.xpath("//*[contains(@class,'claim') or normalize-space(.)='Claim'][self::a or self::button]")).click();
        browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()
            .getAssignee() != null);
        browser.open(taskUrl);
        browser.field(lane[2]);
        browser.click(COMPLETE);
        browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-error')][contains(normalize-space(.),'此项为必填项')]"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        browser.screenshot(user + "-3a-required");
        browser.field(lane[2]).sendKeys(lane[3]);
        browser.screenshot(user + "-3-filled");
        browser.click(COMPLETE);
        browser.wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
        browser.screenshot(user + "-4-completed");
      }
    }

    Task decision = task(registered.processInstanceId(), "Task_DecideSanctionEm");
    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "em-staff");
      browser.open("/camunda/app/tasklist/default/#/?filter=" + queue("emergency-management").getId());
      browser.visible(By.xpath("//*[contains(normalize-space(.),'作出问责决定')]"));
      browser.screenshot("em-staff-5-next-task");

      browser.open("/camunda/app/tasklist/default/#/?filter=" + queue("emergency-management").getId()
          + "&task=" + decision.getId());
      assertThat(browser.field("联合审查意见").getDomProperty("value")).contains("不宜给予处分");
      assertThat(browser.driver.findElements(By.xpath("//*[contains(@class,'fjs-form-field-select')]//*[starts-with(normalize-space(text()),'通报')]")))
          .as("the lane's form opens on the review's proposal, in Chinese").isNotEmpty();
      assertThat(browser.driver.getPageSource()).as("only the lane's own measures").doesNotContain("诫勉", "NOTICE");
      browser.screenshot("em-staff-6-decision-form");
    }

    try (Browser browser = new Browser(port)) {
      browser.login("tasklist", "di-staff");
      long own = engine.getTaskService().createTaskQuery().taskCandidateGroup("discipline-inspection")
          .includeAssignedTasks().count();
      long all = engine.getTaskService().createTaskQuery().count();
      assertThat(all).isGreaterThan(own);
      browser.open("/camunda/app/tasklist/default/#/?filter=" + queue("discipline-inspection").getId());
      By queueLabel = By.xpath("//*[contains(@class,'task-filters')]//*[contains(normalize-space(.),'本部门待办')]");
      browser.screenshot("di-staff-5-own-queue");
      browser.wait.withMessage(() -> "queue label: " + browser.driver.findElement(queueLabel).getText())
          .until(d -> d.findElement(queueLabel).getText().replaceAll("[()\\s]", "").contains("本部门待办" + own));
      browser.screenshot("di-staff-5-own-queue");
      browser.open("/camunda/app/tasklist/default/#/?filter=" + queue("discipline-inspection").getId()
          + "&task=" + decision.getId());
      browser.screenshot("di-staff-6-foreign-task");
      assertThat(browser.driver.findElements(By.xpath("//label[contains(normalize-space(.),'联合审查意见')]"))).isEmpty();
    }

    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", "supervisor");
      browser.open("/camunda/app/cockpit/default/#/process-instance/" + registered.processInstanceId() + "/runtime");
      browser.visible(By.cssSelector("svg .djs-element, .djs-container"));
      // the process plane draws the phases; the joint review drills down to the departments' lanes and tasks
      browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-element-id='SubProcess_Review']")));
      browser.screenshot("supervisor-1-cockpit-instance");
      browser.click(By.cssSelector(".djs-overlays[data-container-id='SubProcess_Review'] .bjs-drilldown"));
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='Task_DecideSanctionEm']")));
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-element-id='Lane_Review_EmergencyManagement']")));
      browser.screenshot("supervisor-2-cockpit-joint-review");
      Object status = browser.driver.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
          fetch('/camunda/api/engine/engine/default/process-instance/' + arguments[0],
                {method: 'DELETE', headers: {'X-XSRF-TOKEN': token ? token.split('=')[1] : ''}})
            .then(r => done(r.status));
          """, registered.processInstanceId());
      assertThat(((Number) status).intValue()).isEqualTo(403);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(registered.processInstanceId()).count()).isEqualTo(1);
  }

  private Task task(String processInstanceId, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private Filter queue(String group) {
    return engine.getFilterService().createTaskFilterQuery().list().stream()
        .filter(f -> (group + ":queue").equals(f.getProperties().get("safedutyKey"))).findFirst().orElseThrow();
  }
}
