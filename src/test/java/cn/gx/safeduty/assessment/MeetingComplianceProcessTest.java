package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quarter's check: who was behind, the timer that runs it, and emergency management's urging. */
@EmbeddedAppTest
class MeetingComplianceProcessTest {

  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  SafetyMeetingService meetings;

  @Test
  void aQuarterEndListsTheGovernmentsBehindAndTheYearEndThePartyCommitteesToo() {
    var q3 = meetings.behindAtQuarterEnd(LocalDate.of(YEAR, 9, 30));
    assertThat(q3.period()).isEqualTo(YEAR + "年第三季度");
    assertThat(q3.lines()).anySatisfy(line -> assertThat(line).startsWith("隆安县人民政府：第三季度未召开政府常务会议"));
    assertThat(q3.lines()).noneSatisfy(line -> assertThat(line).contains("党委"));
    assertThat(q3.lines()).as("the region owes no quarterly meeting").noneSatisfy(l -> assertThat(l).startsWith("广西"));

    var yearEnd = meetings.behindAtQuarterEnd(LocalDate.of(YEAR - 1, 12, 31));
    assertThat(yearEnd.lines()).anySatisfy(line -> assertThat(line)
        .isEqualTo("南宁市党委：全年未召开由党委主要负责人主持的常委会会议研究安全生产工作（第五条第（二）项）"));
    assertThat(yearEnd.lines()).anySatisfy(line -> assertThat(line).startsWith("广西壮族自治区人民政府：全年未召开政府常务会议"));
  }

  @Test
  void theTimerRunsTheCheckAndTheUrgingNeedsItsNote() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("meeting-compliance").timers()
        .singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getDuedate()).isAfter(new Date());
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("meeting-compliance").count();
    engine.getManagementService().executeJob(timer.getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("meeting-compliance").count()).isEqualTo(before + 1);

    String pid = engine.getRuntimeService().createProcessInstanceByKey("meeting-compliance")
        .startBeforeActivity("Task_UrgeMeetings")
        .setVariables(Map.of("checkedPeriod", YEAR + "年第三季度", "behindLabel", "隆安县人民政府：第三季度未召开",
            "behindCount", 1, "urgeDueAt", new Date()))
        .execute().getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    Http http = new Http(port);
    assertThat(http.completeTask(task.getId(), "em-staff", Map.of()).status()).isEqualTo(400);
    assertThat(http.completeTask(task.getId(), "em-staff", Map.of("urgeNote", "发函督促")).status())
        .as("whether items are ordered is required").isEqualTo(400);
    assertThat(http.completeTask(task.getId(), "di-staff", Map.of("urgeNote", "发函督促", "orderItems", "false"))
        .status()).isIn(403, 404);
    assertThat(http.completeTask(task.getId(), "em-staff", Map.of("urgeNote", "已发函督促隆安县人民政府",
        "orderItems", "false")).status()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
        .getEndActivityId()).isEqualTo("Event_QuarterChecked");
  }

  @Autowired
  QuarterCheck check;

  @Autowired
  cn.gx.safeduty.registry.DutyListService dutyLists;

  /**
   * Art 19: the year's shortfalls of a county become supervision items naming the principals who owe
   * them — the secretary the standing committee's, the head the government's — and a member none; once.
   */
  @Test
  void theShortfallsBecomeItemsNamingThePrincipals() {
    Http http = new Http(port);
    String county = "450421";
    long secretary = cadre(http, county, "PARTY_SECRETARY", "苍梧县委书记");
    long head = cadre(http, county, "GOVERNMENT_HEAD", "苍梧县县长");
    long member = cadre(http, county, "STANDING_COMMITTEE_MEMBER", "苍梧县委常委");
    LocalDate yearEnd = LocalDate.of(YEAR - 1, 12, 31);
    QuarterCheck.Found found = check.find(yearEnd);
    assertThat(found.listLines()).contains("苍梧县：未制定" + (YEAR - 1) + "年党委常委会及其成员安全生产职责清单（第五条第（三）项）");
    assertThat(found.label()).contains("苍梧县党委：全年未召开由党委主要负责人主持的常委会会议");

    List<String> ordered = check.orderFollowUps(yearEnd, county::equals, "em-staff");
    JsonNode items = http.get("/api/supervision-items?jurisdiction=" + county + "&size=50", "em-staff").json()
        .get("items");
    assertThat(items).hasSize(ordered.size());
    List<String> duties = new java.util.ArrayList<>();
    items.forEach(item -> duties.add(item.get("dutyIds").get(0).asText()));
    assertThat(duties).as(found.label()).containsExactlyInAnyOrder("5-2", "6-2", "5-3", "6-3");
    for (JsonNode item : items) {
      List<Long> named = new java.util.ArrayList<>();
      item.get("cadreIds").forEach(id -> named.add(id.asLong()));
      boolean party = item.get("dutyIds").get(0).asText().startsWith("5-");
      assertThat(named).as(item.toString()).containsExactly(party ? secretary : head).doesNotContain(member);
      assertThat(item.get("source").asText()).isIn("MEETING_CHECK", "DUTY_LIST_CHECK");
    }
    assertThat(check.orderFollowUps(yearEnd, county::equals, "em-staff")).as("ordered once").isEmpty();
    assertThat(http.postJson("/api/supervision-items", "em-staff", Map.of("source", "MEETING_CHECK",
        "jurisdictionCode", county, "cadreIds", List.of(), "dutyIds", List.of("5-2"), "requirement", "x",
        "deadline", LocalDate.now().plusDays(30).toString())).status()).as("ordered by the check only").isEqualTo(400);
  }

  private long cadre(Http http, String county, String role, String post) {
    var created = http.postJson("/api/cadres", "org-staff", Map.of("name", post + "（季度检查）", "jurisdictionCode",
        county, "role", role, "post", post));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }
}
