package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
    assertThat(http.completeTask(task.getId(), "di-staff", Map.of("urgeNote", "发函督促")).status()).isIn(403, 404);
    assertThat(http.completeTask(task.getId(), "em-staff", Map.of("urgeNote", "已发函督促隆安县人民政府")).status())
        .isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
        .getEndActivityId()).isEqualTo("Event_QuarterChecked");
  }
}
