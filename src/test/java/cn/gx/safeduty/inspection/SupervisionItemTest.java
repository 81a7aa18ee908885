package cn.gx.safeduty.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.calendar.WorkingDayCalendar;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Supervision items outside a tour, over HTTP as the demo users: ordered, reminded, escalated, verified, re-ordered once. */
@EmbeddedAppTest
class SupervisionItemTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  WorkingDayCalendar calendar;

  Http http;
  long cadreId;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    cadreId = http.postJson("/api/cadres", "org-staff",
        Map.of("name", "督办干部", "jurisdictionCode", "450103", "role", "GOVERNMENT_LEADER")).json().get("id").asLong();
  }

  LocalDate workingDaysAhead(int days) {
    return calendar.plusWorkingDays(LocalDate.now(), days);
  }

  Map<String, Object> item(LocalDate deadline) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("source", "KEY_TASK");
    body.put("sourceRef", "2026年重点工作第3项");
    body.put("jurisdictionCode", "450103");
    body.put("cadreIds", List.of(cadreId));
    body.put("dutyIds", List.of("6-4", "6-6"));
    body.put("requirement", "完成危险化学品重大危险源排查整治");
    body.put("deadline", deadline.toString());
    return body;
  }

  Task task(String pid, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
  }

  Response complete(Task task, Map<String, Object> fields) {
    return http.completeTask(task.getId(), "em-staff", fields);
  }

  @Test
  void anItemMissingItsDeadlineIsRemindedEscalatedAndReorderedOnce() {
    Response created = http.postJson("/api/supervision-items", "em-staff", item(workingDaysAhead(5)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode item = created.json();
    long id = item.get("id").asLong();
    String pid = item.get("processInstanceId").asText();
    assertThat(item.get("itemNumber").asText()).startsWith("督办〔");
    assertThat(item.get("status").asText()).isEqualTo("OPEN");
    assertThat(item.get("inspectingCode").asText()).isEqualTo("450100");
    Task verify = task(pid, "Task_VerifyRectification");
    assertThat(verify.getDueDate()).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(pid, "itemLabel").toString())
        .contains("完成危险化学品重大危险源排查整治", "督办干部", "第六条");

    fire(pid, "Event_DeadlineNear");
    fire(pid, "Event_DeadlinePassed");
    JsonNode overdue = http.get("/api/supervision-items/" + id, "di-staff").json();
    assertThat(overdue.get("status").asText()).isEqualTo("OVERDUE");
    assertThat(overdue.get("wentOverdue").asBoolean()).isTrue();
    assertThat(overdue.get("events").findValuesAsText("kind")).containsExactly("ORDERED", "REMINDED", "OVERDUE");
    Task urge = task(pid, "Task_UrgeOverdueItem");
    assertThat(engine.getTaskService().getIdentityLinksForTask(urge.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("emergency-management"));
    assertThat(complete(urge, Map.of()).status()).isEqualTo(400);
    assertThat(complete(urge, Map.of("urgeNote", "约谈县政府分管负责人")).status()).isEqualTo(204);

    LocalDate newDeadline = workingDaysAhead(10);
    Response reordered = complete(verify, Map.of("rectificationResult", "NOT_DONE", "verificationNote", "整治未完成",
        "reorder", true, "newDeadline", newDeadline.toString()));
    assertThat(reordered.status()).as(reordered.body()).isEqualTo(204);
    JsonNode second = http.get("/api/supervision-items/" + id, "em-staff").json();
    assertThat(second.get("status").asText()).isEqualTo("OPEN");
    assertThat(second.get("rounds").asInt()).isEqualTo(2);
    assertThat(second.get("deadline").asText()).isEqualTo(newDeadline.toString());
    assertThat(second.get("wentOverdue").asBoolean()).isTrue();
    assertThat(task(pid, "Task_UrgeOverdueItem")).as("the old round's escalation ended with it").isNull();

    Task again = task(pid, "Task_VerifyRectification");
    Response twice = complete(again, Map.of("rectificationResult", "NOT_DONE", "verificationNote", "仍未完成",
        "reorder", true, "newDeadline", workingDaysAhead(15).toString()));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().get("detail").asText()).contains("不能再延期");

    assertThat(complete(again, Map.of("rectificationResult", "NOT_DONE", "verificationNote", "仍未完成")).status())
        .isEqualTo(204);
    JsonNode result = http.get("/api/supervision-items/" + id, "org-staff").json();
    assertThat(result.get("status").asText()).isEqualTo("NOT_DONE");
    assertThat(result.get("resultNote").asText()).isEqualTo("仍未完成");
    assertThat(result.get("events").findValuesAsText("kind")).containsExactly("ORDERED", "REMINDED", "OVERDUE",
        "URGED", "NOT_DONE", "REORDERED", "NOT_DONE");

    // Art 19: the leader the item names is marked and gets a DUTY_FAILURE case with the item as its source
    Task mark = task(pid, "Task_MarkItemLeaders");
    long other = http.postJson("/api/cadres", "org-staff", Map.of("name", "无关干部", "jurisdictionCode", "450103",
        "role", "GOVERNMENT_LEADER")).json().get("id").asLong();
    assertThat(complete(mark, Map.of("markedCadreIds", String.valueOf(other), "markReason", "未整改")).status())
        .isEqualTo(400);
    assertThat(complete(mark, Map.of("markedCadreIds", String.valueOf(cadreId))).status()).isEqualTo(400);
    assertThat(complete(mark, Map.of("markedCadreIds", String.valueOf(cadreId), "markReason", "两次责令整改仍未完成"))
        .status()).isEqualTo(204);
    JsonNode marked = http.get("/api/supervision-items/" + id, "em-staff").json().get("marks").get(0);
    assertThat(marked.get("cadreId").asLong()).isEqualTo(cadreId);
    JsonNode dutyCase = http.get("/api/accountability-cases/" + marked.get("caseId").asLong(), "di-staff").json();
    assertThat(dutyCase.get("ground").asText()).isEqualTo("DUTY_FAILURE");
    assertThat(dutyCase.get("source").get("kind").asText()).isEqualTo("SUPERVISION");
    assertThat(dutyCase.get("source").get("ref").asText()).isEqualTo(item.get("itemNumber").asText());
    assertThat(dutyCase.get("source").get("dutyIds")).hasSize(2);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
        .getEndActivityId()).isEqualTo("Event_ItemNotDone");
  }

  @Test
  void anItemDoneInTimeEndsDone() {
    JsonNode item = http.postJson("/api/supervision-items", "em-staff", item(workingDaysAhead(3))).json();
    String pid = item.get("processInstanceId").asText();
    Response done = complete(task(pid, "Task_VerifyRectification"),
        Map.of("rectificationResult", "DONE", "verificationNote", "已完成整治，现场核查属实"));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(task(pid, "Task_MarkItemLeaders")).as("done in time: nothing to mark").isNull();
    JsonNode result = http.get("/api/supervision-items/" + item.get("id").asLong(), "em-staff").json();
    assertThat(result.get("status").asText()).isEqualTo("DONE");
    assertThat(result.get("wentOverdue").asBoolean()).isFalse();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();

    JsonNode listed = http.get("/api/supervision-items?jurisdiction=450100&includeSubdivisions=true&status=DONE",
        "di-staff").json();
    assertThat(listed.get("items").findValuesAsText("itemNumber")).contains(item.get("itemNumber").asText());
    assertThat(http.get("/api/supervision-items?status=DONE&source=TOUR", "di-staff").json().get("items")
        .findValuesAsText("itemNumber")).doesNotContain(item.get("itemNumber").asText());
  }

  /** Art 19: an item outside a tour done only after its deadline passed still leads to a marked leader and a case. */
  @Test
  void anItemDoneLateLeadsToACase() {
    JsonNode item = http.postJson("/api/supervision-items", "em-staff", item(workingDaysAhead(5))).json();
    String pid = item.get("processInstanceId").asText();
    fire(pid, "Event_DeadlinePassed");
    assertThat(complete(task(pid, "Task_UrgeOverdueItem"), Map.of("urgeNote", "电话督促")).status()).isEqualTo(204);
    assertThat(complete(task(pid, "Task_VerifyRectification"), Map.of("rectificationResult", "DONE",
        "verificationNote", "逾期五日后完成")).status()).isEqualTo(204);
    assertThat(http.get("/api/supervision-items/" + item.get("id").asLong(), "em-staff").json().get("status").asText())
        .isEqualTo("DONE");
    Task mark = task(pid, "Task_MarkItemLeaders");
    assertThat(mark).as("done late: the leaders are marked, inside a tour or not").isNotNull();
    assertThat(complete(mark, Map.of("markedCadreIds", String.valueOf(cadreId), "markReason", "逾期完成整改"))
        .status()).isEqualTo(204);
    JsonNode marked = http.get("/api/supervision-items/" + item.get("id").asLong(), "em-staff").json().get("marks").get(0);
    JsonNode dutyCase = http.get("/api/accountability-cases/" + marked.get("caseId").asLong(), "di-staff").json();
    assertThat(dutyCase.get("ground").asText()).isEqualTo("DUTY_FAILURE");
    assertThat(dutyCase.get("summary").asText()).contains("逾期完成整改");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
        .getEndActivityId()).isEqualTo("Event_ItemDone");
  }

  /** Art 8: a government with no deputy for safety is flagged; the flag becomes an item naming its principals, once a year. */
  @Test
  void anArticleEightDepartureBecomesAnItem() {
    String county = "450423";
    long secretary = http.postJson("/api/cadres", "org-staff", Map.of("name", "蒙山县委书记（第八条）",
        "jurisdictionCode", county, "role", "PARTY_SECRETARY")).json().get("id").asLong();
    long head = http.postJson("/api/cadres", "org-staff", Map.of("name", "蒙山县县长（第八条）",
        "jurisdictionCode", county, "role", "GOVERNMENT_HEAD")).json().get("id").asLong();
    assertThat(http.get("/api/compliance/safety-deputies?jurisdiction=" + county, "em-staff").json()
        .findValuesAsText("departure")).containsExactly("NO_SAFETY_DEPUTY");
    Map<String, Object> body = Map.of("jurisdictionCode", county);
    assertThat(http.postJson("/api/compliance/safety-deputies/supervision-items", "org-staff", body).status())
        .isEqualTo(403);
    assertThat(http.postJson("/api/compliance/safety-deputies/supervision-items", "em-staff",
        Map.of("jurisdictionCode", "999999")).json().get("errors").get(0).get("field").asText())
        .isEqualTo("jurisdictionCode");
    Response followed = http.postJson("/api/compliance/safety-deputies/supervision-items", "em-staff", body);
    assertThat(followed.status()).as(followed.body()).isEqualTo(200);
    assertThat(followed.json().get("departures").asInt()).isEqualTo(1);
    assertThat(followed.json().get("ordered")).hasSize(1);
    JsonNode item = http.get("/api/supervision-items?jurisdiction=" + county + "&source=SAFETY_DEPUTY_CHECK", "di-staff")
        .json().get("items").get(0);
    assertThat(item.get("cadreIds")).extracting(JsonNode::asLong).containsExactlyInAnyOrder(secretary, head);
    assertThat(item.get("dutyIds")).extracting(JsonNode::asText).containsExactly("8-0");
    assertThat(item.get("requirement").asText()).contains("第八条");
    assertThat(http.postJson("/api/compliance/safety-deputies/supervision-items", "em-staff", body).json()
        .get("ordered")).as("once a year").isEmpty();
  }

  @Test
  void badItemsAreRefusedAndNothingIsStarted() {
    long before = count();
    LocalDate sunday = LocalDate.now();
    while (calendar.isWorkingDay(sunday) || sunday.isBefore(LocalDate.now().plusDays(1))) {
      sunday = sunday.plusDays(1);
    }
    long otherCadre = http.postJson("/api/cadres", "org-staff",
        Map.of("name", "他县干部", "jurisdictionCode", "450102", "role", "GOVERNMENT_LEADER")).json().get("id").asLong();
    Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
    cases.put("deadline", with("deadline", LocalDate.now().minusDays(1).toString()));
    cases.put("deadline ", with("deadline", sunday.toString()));
    cases.put("dutyIds[1]", with("dutyIds", List.of("6-4", "99-1")));
    cases.put("cadreIds[0]", with("cadreIds", List.of(otherCadre)));
    cases.put("jurisdictionCode", with("jurisdictionCode", "999999"));
    cases.put("source", with("source", "TOUR"));
    for (var c : cases.entrySet()) {
      Response refused = http.postJson("/api/supervision-items", "em-staff", c.getValue());
      assertThat(refused.status()).as(c.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(c.getKey())
          .contains(c.getKey().trim());
    }
    assertThat(http.postJson("/api/supervision-items", "org-staff", item(workingDaysAhead(3))).status())
        .isEqualTo(403);
    assertThat(count()).isEqualTo(before);
    assertThat(http.get("/api/supervision-items/999999", "em-staff").status()).isEqualTo(404);
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = item(workingDaysAhead(3));
    body.put(field, value);
    return body;
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM supervision_item").query(Long.class).single()
        + engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("supervision-item").count();
  }

  private void fire(String pid, String timer) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pid).activityId(timer).singleResult();
    assertThat(job).as(timer).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }
}
