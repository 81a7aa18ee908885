package cn.gx.safeduty.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.calendar.CalendarFiles;
import cn.gx.safeduty.kernel.calendar.ProvisionalDeadlines;
import cn.gx.safeduty.kernel.calendar.WorkingDayCalendar;
import cn.gx.safeduty.kernel.calendar.WorkingDays;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A due date counted on a provisional year is remembered with its start and period, and counted again
 * when the year's file arrives: the task moves to the official count, its provisional note goes, and
 * the memory is forgotten. The reload is for administrators only.
 */
@EmbeddedAppTest
class DeadlineRecountTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDays workingDays;

  @Autowired
  ProvisionalDeadlines remembered;

  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void publishedAgain() throws Exception {
    workingDays.calendar().publish(CalendarFiles.publishedYears(""));
  }

  @Test
  void aDueDateCountedBeforeTheNoticeMovesToTheOfficialCountWhenTheFileArrives() throws Exception {
    WorkingDayCalendar calendar = workingDays.calendar();
    TreeMap<Integer, WorkingDayCalendar.Year> without = new TreeMap<>(CalendarFiles.publishedYears(""));
    int year = LocalDate.now(SHANGHAI).getYear();
    without.remove(year);
    without.remove(year + 1);
    calendar.publish(without);
    assertThat(calendar.isProvisional(year)).isTrue();

    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("recountProbe").count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance("recountProbe.bpmn",
          Bpmn.createExecutableProcess("recountProbe").camundaHistoryTimeToLive(180).startEvent()
              .userTask("Task_Probe").name("核实整改情况").camundaCandidateGroups("emergency-management")
              .camundaDueDate("${deadlines.due(execution, 'accountability.review')}")
              .endEvent().done()).deploy();
    }
    String pid = engine.getRuntimeService().startProcessInstanceByKey("recountProbe").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    ProvisionalDeadlines.Remembered row = remembered.all().stream()
        .filter(r -> r.executionId().equals(task.getExecutionId())).findFirst().orElseThrow();
    assertThat(row.activityId()).isEqualTo("Task_Probe");
    assertThat(row.name()).isEqualTo("accountability.review");
    assertThat(row.period()).isEqualTo("10WD");
    assertThat(row.dueAt()).isEqualTo(task.getDueDate().toInstant());
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), DueDateNotes.NOTE)).asString()
        .contains("暂行计算");

    // As if counted on 2026-02-06 before the 2026 notice: across the Spring Festival the statutory
    // holidays alone and the notice's swaps give different ends.
    ZonedDateTime start = LocalDate.of(2026, 2, 6).atTime(9, 0).atZone(SHANGHAI);
    TreeMap<Integer, WorkingDayCalendar.Year> without2026 = new TreeMap<>(CalendarFiles.publishedYears(""));
    without2026.remove(2026);
    calendar.publish(without2026);
    ZonedDateTime provisionalDue = workingDays.dueAt(start, "10WD");
    Date was = Date.from(provisionalDue.toInstant());
    jdbc.sql("UPDATE provisional_deadline SET started_at = ?, due_at = ? WHERE id = ?")
        .params(Timestamp.from(start.toInstant()), Timestamp.from(provisionalDue.toInstant()), row.id()).update();
    task.setDueDate(was);
    engine.getTaskService().saveTask(task);

    Http http = new Http(port);
    assertThat(http.postJson("/api/calendar/reload", "em-staff", Map.of()).status()).isEqualTo(403);
    Http.Response reloaded = http.postJson("/api/calendar/reload", "admin", Map.of());
    assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
    assertThat(reloaded.json().get("publishedYears").toString()).contains(String.valueOf(year), "2026");
    assertThat(reloaded.json().get("moved").asInt()).isGreaterThanOrEqualTo(1);

    ZonedDateTime official = workingDays.dueAt(start, "10WD");
    assertThat(official).isNotEqualTo(provisionalDue);
    Task after = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(after.getDueDate()).isEqualTo(Date.from(official.toInstant()));
    assertThat(engine.getTaskService().getVariableLocal(after.getId(), DueDateNotes.NOTE)).isNull();
    assertThat(remembered.all()).noneMatch(r -> r.id() == row.id());
    assertThat(http.get("/api/calendar", "em-staff").json().get("publishedYears").toString()).contains("2026");
  }
}
