package cn.gx.safeduty.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.task.OpenTasks;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deadlines in years whose holiday notice is not out are accepted, counted on the right days and
 * marked provisional: on the record (a supervision item), in the API (open tasks) and on the task's form.
 */
@EmbeddedAppTest
class ProvisionalDeadlinesTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  OpenTasks openTasks;

  @Test
  void aSupervisionDeadlineIn2027Or2030IsAcceptedOnAWorkingDayAndMarkedProvisional() {
    Http http = new Http(port);
    Response cadre = http.postJson("/api/cadres", "org-staff", Map.of("name", "整改责任人", "jurisdictionCode", "450102",
        "role", "GOVERNMENT_LEADER", "post", "区长"));
    long cadreId = cadre.json().get("id").asLong();
    for (String deadline : List.of("2027-01-05", "2030-02-08", "2027-04-09", "2030-02-07", "2027-02-09")) {
      Response item = http.postJson("/api/supervision-items", "em-staff", Map.of("source", "OTHER",
          "jurisdictionCode", "450102", "cadreIds", List.of(cadreId), "dutyIds", List.of("6-4"),
          "requirement", "完成隐患整改", "deadline", deadline));
      if (deadline.equals("2030-02-07") || deadline.equals("2027-02-09") || deadline.equals("2027-04-09")) {
        // 2030-02-07 and 2027-02-09: 春节 weekdays in lieu; 2027-04-09: 壮族三月三
        assertThat(item.status()).as(deadline + ": " + item.body()).isEqualTo(400);
        assertThat(item.body()).contains("deadline");
        continue;
      }
      assertThat(item.status()).as(deadline + ": " + item.body()).isEqualTo(201);
      assertThat(item.json().get("deadlineProvisional").asBoolean()).as(deadline).isTrue();
      long id = item.json().get("id").asLong();
      assertThat(http.get("/api/supervision-items/" + id, "em-staff").json().get("deadlineProvisional").asBoolean())
          .isTrue();
    }
  }

  @Test
  void aTaskDueInAProvisionalYearSaysSoOnItsFormAndInTheApi() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("dueProbe").count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance("dueProbe.bpmn",
          Bpmn.createExecutableProcess("dueProbe").camundaHistoryTimeToLive(180).startEvent()
              .userTask("Task_Later").name("明年办理").camundaCandidateGroups("emergency-management")
              .camundaDueDate("2027-03-01T10:00:00")
              .userTask("Task_Now").name("今年办理").camundaCandidateGroups("emergency-management")
              .camundaDueDate("2026-12-30T10:00:00")
              .endEvent().done()).deploy();
    }
    String pid = engine.getRuntimeService().startProcessInstanceByKey("dueProbe").getId();
    Task later = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    Object note = engine.getTaskService().getVariableLocal(later.getId(), cn.gx.safeduty.kernel.task.DueDateNotes.NOTE);
    assertThat(note).asString().contains("2027年3月1日", "2027年放假安排尚未公布");
    assertThat(openTasks.of(pid, List.of("emergency-management"))).singleElement()
        .satisfies(task -> assertThat(task.dueProvisional()).isTrue());

    engine.getTaskService().complete(later.getId());
    Task now = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(engine.getTaskService().getVariableLocal(now.getId(), cn.gx.safeduty.kernel.task.DueDateNotes.NOTE)).isNull();
    assertThat(openTasks.of(pid, List.of("emergency-management"))).singleElement()
        .satisfies(task -> assertThat(task.dueProvisional()).isFalse());
  }
}
