package cn.gx.safeduty.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gx.safeduty.kernel.task.TaskRefusedException;
import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.WebappSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may hold a task and touch a job: a task goes only to members of its candidate groups (or an
 * administrator), by every way of handing it over; its holder may give it back; jobs are the
 * administrators' alone, and a refused job call costs the job nothing.
 */
@EmbeddedAppTest
class TaskHolderTest {

  static final String PROCESS = "holderProbe";
  static final String HELD_ELSEWHERE = "holderProbeHeldElsewhere";
  static final String TIMED = "holderProbeTimer";
  static final List<String> NON_ADMINS = List.of("em-staff", "di-staff", "org-staff", "supervisor");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ProcessParticipationGrants participationGrants;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment()
          .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).name("认领探针")
              .camundaHistoryTimeToLive(180).startEvent()
              .userTask("Task_Probe").name("处理探针").camundaCandidateGroups("emergency-management")
              .endEvent().done())
          .addModelInstance(HELD_ELSEWHERE + ".bpmn", Bpmn.createExecutableProcess(HELD_ELSEWHERE).name("错给的任务")
              .camundaHistoryTimeToLive(180).startEvent()
              .userTask("Task_Probe").name("处理探针").camundaCandidateGroups("emergency-management")
              .camundaAssignee("supervisor")
              .endEvent().done())
          .addModelInstance(TIMED + ".bpmn", Bpmn.createExecutableProcess(TIMED).name("定时探针")
              .camundaHistoryTimeToLive(180).startEvent()
              .intermediateCatchEvent("Event_Wait").timerWithDuration("P30D")
              .endEvent().done())
          .deploy();
      participationGrants.grant();
    }
  }

  private String newTask() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private Task task(String id) {
    return engine.getTaskService().createTaskQuery().taskId(id).singleResult();
  }

  private static void assertRefusedInChinese(Response response, String what) {
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
    assertThat(response.body()).as(what).containsPattern("[\\u4e00-\\u9fff]").doesNotContain("org.camunda", "java.", "ENGINE-");
  }

  @Test
  void aDepartmentCannotHandItsTaskToAnyoneOutsideIt() {
    String id = newTask();
    String base = "/engine-rest/task/" + id;
    assertRefusedInChinese(http.postJson(base + "/claim", "em-staff", Map.of("userId", "supervisor")), "claim for supervisor");
    assertRefusedInChinese(http.postJson(base + "/claim", "em-staff", Map.of("userId", "di-staff")), "claim for di-staff");
    assertRefusedInChinese(http.postJson(base + "/claim", "em-staff", Map.of("userId", "admin")), "claim for another");
    assertRefusedInChinese(http.postJson(base + "/assignee", "em-staff", Map.of("userId", "supervisor")), "assign");
    assertRefusedInChinese(http.postJson(base + "/delegate", "em-staff", Map.of("userId", "supervisor")), "delegate");
    assertRefusedInChinese(http.postJson(base + "/identity-links", "em-staff",
        Map.of("groupId", "supervisors", "type", "candidate")), "candidate group");
    assertRefusedInChinese(http.postJson(base + "/identity-links", "em-staff",
        Map.of("userId", "supervisor", "type", "assignee")), "assignee link");
    assertThat(http.postJson(base + "/identity-links", "em-staff", Map.of("userId", "supervisor", "type", "candidate"))
        .status()).as("candidate user").isEqualTo(403);

    Task unchanged = task(id);
    assertThat(unchanged.getAssignee()).isNull();
    assertThat(unchanged.getOwner()).isNull();
    assertThat(unchanged.getDelegationState()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(id))
        .allMatch(link -> "emergency-management".equals(link.getGroupId()));

    // the supervisor cannot take it either, and an administrator cannot give it to the supervisor
    assertThat(http.postJson(base + "/claim", "supervisor", Map.of("userId", "supervisor")).status()).isEqualTo(403);
    assertRefusedInChinese(http.postJson(base + "/assignee", "admin", Map.of("userId", "supervisor")), "admin assigns outside");
    assertRefusedInChinese(http.postJson(base + "/claim", "admin", Map.of("userId", "di-staff")), "admin claims outside");
    Response saved = http.send("PUT", base, "admin", "application/json",
        Http.toJson(Map.of("name", "处理探针", "assignee", "supervisor", "priority", 50)));
    assertRefusedInChinese(saved, "task save");
    assertThat(task(id).getAssignee()).isNull();

    // within the department it works as before
    assertThat(http.postJson(base + "/assignee", "admin", Map.of("userId", "em-staff")).status()).isEqualTo(204);
    assertThat(task(id).getAssignee()).isEqualTo("em-staff");
  }

  @Test
  void theJavaApiKeepsTheSameRule() {
    String id = newTask();
    assertThatThrownBy(() -> engine.getTaskService().claim(id, "supervisor")).isInstanceOf(TaskRefusedException.class);
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(id, "org-staff")).isInstanceOf(TaskRefusedException.class);
    assertThatThrownBy(() -> engine.getTaskService().setOwner(id, "di-staff")).isInstanceOf(TaskRefusedException.class);
    assertThatThrownBy(() -> engine.getTaskService().addCandidateUser(id, "supervisor"))
        .isInstanceOf(TaskRefusedException.class);
    assertThat(task(id).getAssignee()).isNull();
    engine.getTaskService().claim(id, "em-staff");
    assertThat(task(id).getAssignee()).isEqualTo("em-staff");
  }

  @Test
  void theHolderReleasesTheTaskAndNoOneElseDoes() {
    String id = newTask();
    String base = "/engine-rest/task/" + id;
    assertThat(http.postJson(base + "/claim", "em-staff", Map.of("userId", "em-staff")).status()).isEqualTo(204);
    assertThat(http.postJson(base + "/unclaim", "di-staff", Map.of()).status()).isIn(403, 404);
    assertThat(http.postJson(base + "/claim", "di-staff", Map.of("userId", "di-staff")).status()).isIn(403, 404);
    assertThat(task(id).getAssignee()).isEqualTo("em-staff");

    assertThat(http.postJson(base + "/unclaim", "em-staff", Map.of()).status()).isEqualTo(204);
    assertThat(task(id).getAssignee()).isNull();
    assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(id).operationType("Assign")
        .userId("em-staff").count()).as("the release is logged as the holder's").isPositive();

    // in Tasklist the same, and a refusal there reads in Chinese
    WebappSession tasklist = WebappSession.open(port, "tasklist");
    assertThat(tasklist.login("tasklist", "em-staff").status()).isEqualTo(200);
    String api = "/camunda/api/engine/engine/default/task/" + id;
    assertThat(tasklist.call("POST", api + "/claim", "application/json", "{\"userId\":\"em-staff\"}").status()).isEqualTo(204);
    assertThat(tasklist.call("POST", api + "/unclaim", "application/json", "{}").status()).isEqualTo(204);
    Response outside = tasklist.call("POST", api + "/claim", "application/json", "{\"userId\":\"supervisor\"}");
    assertRefusedInChinese(outside, "Tasklist claim for another");
    assertThat(outside.json().get("message").asText()).contains("本人");
  }

  @Test
  void someoneOutsideTheDepartmentWhoHoldsATaskCannotCompleteIt() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(HELD_ELSEWHERE).getId();
    Task held = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(held.getAssignee()).isEqualTo("supervisor");
    Response completed = http.postJson("/engine-rest/task/" + held.getId() + "/complete", "supervisor", Map.of());
    assertRefusedInChinese(completed, "complete by the supervisor");
    assertThat(completed.json().get("message").asText()).contains("应急管理部门");
    assertThat(task(held.getId())).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(held.getId()))
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
  }

  @Test
  void onlyAdministratorsTouchJobsAndARefusalCostsTheJobNothing() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(TIMED).getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    String job = "/engine-rest/job/" + timer.getId();
    String definition = "/engine-rest/job-definition/" + timer.getJobDefinitionId();
    for (String user : NON_ADMINS) {
      for (int attempt = 0; attempt < 4; attempt++) {
        assertThat(http.postJson(job + "/execute", user, Map.of()).status()).as(user + " executes").isEqualTo(403);
      }
      assertThat(http.send("PUT", job + "/retries", user, "application/json", "{\"retries\":0}").status())
          .as(user + " retries").isEqualTo(403);
      assertThat(http.send("PUT", job + "/duedate", user, "application/json", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}")
          .status()).as(user + " due date").isEqualTo(403);
      assertThat(http.send("PUT", job + "/suspended", user, "application/json", "{\"suspended\":true}").status())
          .as(user + " suspends").isEqualTo(403);
      assertThat(http.send("PUT", job + "/priority", user, "application/json", "{\"priority\":99}").status())
          .as(user + " priority").isEqualTo(403);
      assertThat(http.send("PUT", definition + "/suspended", user, "application/json", "{\"suspended\":true}").status())
          .as(user + " suspends the definition").isEqualTo(403);
      assertThat(http.send("PUT", definition + "/retries", user, "application/json", "{\"retries\":0}").status())
          .as(user + " retries of the definition").isEqualTo(403);
      assertThat(http.send("DELETE", job, user, null, null).status()).as(user + " deletes").isEqualTo(403);
    }
    Job after = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.getPriority()).isEqualTo(timer.getPriority());
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().jobId(timer.getId()).failureLog().count()).isZero();

    Response refused = http.postJson(job + "/execute", "supervisor", Map.of());
    assertThat(refused.json().get("message").asText()).contains("系统管理员");

    assertThat(http.postJson(job + "/execute", "admin", Map.of()).status()).isEqualTo(204);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }
}
