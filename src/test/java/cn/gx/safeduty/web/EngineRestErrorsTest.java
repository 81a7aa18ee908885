package cn.gx.safeduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a client sends wrong to the engine's REST API is a 4xx in Chinese, never a 500, a class name or SQL. */
@EmbeddedAppTest
class EngineRestErrorsTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void clientMistakesAreFourHundredsWithoutInternals() {
    Http http = new Http(port);
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("errorProbe").count() == 0) {
      engine.getRepositoryService().createDeployment().addModelInstance("errorProbe.bpmn",
          Bpmn.createExecutableProcess("errorProbe").camundaHistoryTimeToLive(180).startEvent()
              .userTask("Task_Probe").name("处理探针").camundaCandidateGroups("emergency-management").endEvent().done())
          .deploy();
    }
    String pid = engine.getRuntimeService().startProcessInstanceByKey("errorProbe").getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    Map<String, Response> answers = new java.util.LinkedHashMap<>();
    answers.put("delete a process task", http.send("DELETE", "/engine-rest/task/" + task.getId(), "admin", null, null));
    answers.put("deployment without a body", http.send("POST", "/engine-rest/deployment/create", "admin",
        "multipart/form-data; boundary=x", null));
    answers.put("attachment without a body", http.send("POST", "/engine-rest/task/" + task.getId() + "/attachment/create",
        "admin", "multipart/form-data; boundary=x", null));
    answers.put("a double slash", http.get("/engine-rest//task", "admin"));
    answers.put("a double slash in the middle", http.get("/engine-rest/task//count", "admin"));
    answers.put("not JSON", http.send("POST", "/engine-rest/task/" + task.getId() + "/complete", "admin",
        "application/json", "{nicht json"));
    answers.forEach((what, response) -> {
      assertThat(response.status()).as(what + ": " + response.body()).isBetween(400, 499);
      assertThat(response.body()).as(what).doesNotContain("org.camunda", "java.", "SQL", "\tat ", "ENGINE-");
    });
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
  }
}
