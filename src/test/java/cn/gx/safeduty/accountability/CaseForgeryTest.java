package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import cn.gx.safeduty.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The attacks of a dishonest reviewer on a real case, and the 400s staff see when a step rule refuses their form. */
@EmbeddedAppTest
class CaseForgeryTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  /** A case on ground 20(1) for a new cadre: the rules recommend 通报, decided by 应急管理部门. */
  JsonNode registerCase() {
    long cadreId = http.postJson("/api/cadres", "org-staff",
        Map.of("name", "伪造测试干部", "jurisdictionCode", "450102", "role", "GOVERNMENT_HEAD")).json().get("id").asLong();
    Response created = http.postJson("/api/accountability-cases", "em-staff",
        cn.gx.safeduty.support.CaseRequests.dutyFailure(cadreId, "未履行安全生产职责"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return caseView(created.json().get("id").asLong());
  }

  JsonNode caseView(long id) {
    return http.get("/api/accountability-cases/" + id, "supervisor").json();
  }

  String claimed(JsonNode caseView, String key, String user) {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(caseView.get("processInstanceId").asText()).taskDefinitionKey(key).singleResult();
    assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", user, Map.of("userId", user)).status())
        .isEqualTo(204);
    return task.getId();
  }

  Response submit(String taskId, String user, Map<String, Object> fields) {
    Map<String, Object> variables = new LinkedHashMap<>();
    fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return http.postJson("/engine-rest/task/" + taskId + "/submit-form", user, Map.of("variables", variables));
  }

  Object variable(JsonNode caseView, String name) {
    return engine.getRuntimeService().getVariable(caseView.get("processInstanceId").asText(), name);
  }

  @Test
  void aReviewerCannotRouteTheDecisionToItselfNorReplaceTheRecommendation() {
    JsonNode c = registerCase();
    long id = c.get("id").asLong();
    String review = claimed(c, "Task_ReviewOrganizational", "org-staff");

    Response forged = submit(review, "org-staff", Map.of("orgOpinion", "同意",
        "decidingGroup", "organization", "recommendedSanction", "ADMONISHMENT"));
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(forged.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("decidingGroup", "recommendedSanction");
    assertThat(variable(c, "decidingGroup")).as("not written by the forged completion").isNull();
    assertThat(caseView(id).get("recommendation").get("decidingGroup").asText()).isEqualTo("emergency-management");
    assertThat(caseView(id).get("steps")).isEmpty();

    Response unreasoned = submit(review, "org-staff", Map.of("orgOpinion", "应加重", "orgProposedSanction", "ADMONISHMENT"));
    assertThat(unreasoned.status()).isEqualTo(400);
    assertThat(unreasoned.contentType()).startsWith("application/problem+json");
    assertThat(unreasoned.json().get("detail").asText()).isEqualTo("建议改变问责方式，须写明理由（第二十七条）");
    assertThat(unreasoned.json().get("message").asText()).isEqualTo("建议改变问责方式，须写明理由（第二十七条）");

    assertThat(submit(review, "org-staff", Map.of("orgOpinion", "同意")).status()).isEqualTo(204);
    assertThat(submit(claimed(c, "Task_ReviewNotice", "em-staff"), "em-staff", Map.of("emOpinion", "同意")).status())
        .isEqualTo(204);
    assertThat(submit(claimed(c, "Task_ReviewDiscipline", "di-staff"), "di-staff", Map.of("diOpinion", "同意")).status())
        .isEqualTo(204);
    assertThat(caseView(id).get("openTasks").findValuesAsText("taskDefinitionKey"))
        .containsExactly("Task_DecideSanctionEm");
  }

  /**
   * The 通报 and its correction: publishing cannot also say what the appeal decided, the correction is
   * emergency management's alone, and two corrections at once record one.
   */
  @Test
  void aPublishedNoticeIsWithdrawnOnlyAsTheAppealDecided() throws Exception {
    JsonNode c = registerCase();
    long id = c.get("id").asLong();
    assertThat(submit(claimed(c, "Task_ReviewNotice", "em-staff"), "em-staff", Map.of("emOpinion", "同意")).status())
        .isEqualTo(204);
    assertThat(submit(claimed(c, "Task_ReviewDiscipline", "di-staff"), "di-staff", Map.of("diOpinion", "同意")).status())
        .isEqualTo(204);
    assertThat(submit(claimed(c, "Task_ReviewOrganizational", "org-staff"), "org-staff", Map.of("orgOpinion", "同意"))
        .status()).isEqualTo(204);
    assertThat(submit(claimed(c, "Task_DecideSanctionEm", "em-staff"), "em-staff", Map.of("decisionSanction", "NOTICE",
        "postDuties", "分管", "dutyPerformance", "未督促", "dutyConditions", "具备", "decisionReasons", "同意规则建议"))
        .status()).isEqualTo(204);

    String publish = claimed(c, "Task_PublishNotice", "em-staff");
    Response forged = submit(publish, "em-staff", Map.of("noticeReference", "桂安委办〔2026〕7号",
        "noticeRevoked", true, "noticeToWithdraw", true));
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(forged.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("noticeRevoked", "noticeToWithdraw");
    assertThat(variable(c, "noticeRevoked")).isEqualTo(false);
    assertThat(submit(publish, "em-staff", Map.of("noticeReference", "桂安委办〔2026〕7号")).status()).isEqualTo(204);

    assertThat(http.postJson("/api/accountability-cases/" + id + "/appeal", "em-staff", Map.of("grounds", "不应通报"))
        .status()).isEqualTo(200);
    assertThat(submit(claimed(c, "Task_ReviewAppealEm", "em-staff"), "em-staff",
        Map.of("appealOutcome", "REVOKE", "appealDecisionReasons", "证据不足")).status()).isEqualTo(204);
    Task withdraw = engine.getTaskService().createTaskQuery().processInstanceId(c.get("processInstanceId").asText())
        .taskDefinitionKey("Task_WithdrawNotice").singleResult();
    assertThat(withdraw).isNotNull();
    assertThat(http.postJson("/engine-rest/task/" + withdraw.getId() + "/claim", "org-staff",
        Map.of("userId", "org-staff")).status()).as("not the organisation department's").isNotEqualTo(204);
    String correction = claimed(c, "Task_WithdrawNotice", "em-staff");
    List<Response> responses = cn.gx.safeduty.support.AtOnce.run(List.<java.util.concurrent.Callable<Response>>of(
        () -> submit(correction, "em-staff", Map.of("correctionReference", "桂安委办〔2026〕8号")),
        () -> submit(correction, "em-staff", Map.of("correctionReference", "桂安委办〔2026〕9号"))));
    assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() != 204).singleElement()
        .satisfies(loser -> assertThat(loser.status()).isEqualTo(409));
    JsonNode view = caseView(id);
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("outcome").asText()).isEqualTo("NOT_PURSUED");
    assertThat(view.get("steps").findValuesAsText("step")).containsOnlyOnce("Task_PublishNotice", "Task_WithdrawNotice");
  }

  @Test
  void aCompletionCannotWriteIntoAnotherCase() {
    JsonNode victim = registerCase();
    JsonNode own = registerCase();
    String review = claimed(own, "Task_ReviewNotice", "em-staff");
    Response forged = submit(review, "em-staff", Map.of("emOpinion", "同意", "caseId", victim.get("id").asLong()));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.json().get("errors").findValuesAsText("field")).containsExactly("caseId");
    assertThat(caseView(victim.get("id").asLong()).get("steps")).isEmpty();
    assertThat(caseView(own.get("id").asLong()).get("steps")).isEmpty();
    assertThat(variable(own, "caseId")).isEqualTo(own.get("id").asLong());
  }

  @Test
  void aBpmnErrorOrEscalationCannotEndAStep() {
    JsonNode c = registerCase();
    String review = claimed(c, "Task_ReviewNotice", "em-staff");
    Response error = http.postJson("/engine-rest/task/" + review + "/bpmnError", "em-staff",
        Map.of("errorCode", "CASE_DROPPED"));
    assertThat(error.status()).as(error.body()).isEqualTo(400);
    assertThat(error.json().get("message").asText()).contains("错误事件");
    Response escalation = http.postJson("/engine-rest/task/" + review + "/bpmnEscalation", "em-staff",
        Map.of("escalationCode", "CASE_DROPPED"));
    assertThat(escalation.status()).as(escalation.body()).isEqualTo(400);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review).count()).isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(c.get("processInstanceId").asText()).count()).isOne();
  }

  @Test
  void tasklistShowsTheRefusalInChinese() {
    JsonNode c = registerCase();
    String review = claimed(c, "Task_ReviewNotice", "em-staff");
    WebappSession tasklist = WebappSession.open(port, "tasklist");
    assertThat(tasklist.login("tasklist", "em-staff").status()).isEqualTo(200);
    String path = "/camunda/api/engine/engine/default/task/" + review + "/submit-form";

    Response missing = tasklist.call("POST", path, "application/json",
        Http.toJson(Map.of("variables", Map.of("emProposedSanction", Map.of("value", "NOTICE")))));
    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(missing.json().get("message").asText()).isEqualTo("请填写审查意见");

    Response forged = tasklist.call("POST", path, "application/json",
        Http.toJson(Map.of("variables", Map.of("emOpinion", Map.of("value", "同意"),
            "caseNumber", Map.of("value", "问责〔2026〕1号")))));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.json().get("errors").findValuesAsText("field")).containsExactly("caseNumber");
    assertThat(engine.getTaskService().createTaskQuery().taskId(review).count()).isOne();
  }

  /** The department's queue in Tasklist says which case and cadre each task is about. */
  @Test
  void theQueueShowsTheCaseNumberAndTheCadre() {
    JsonNode c = registerCase();
    JsonNode filters = http.get("/engine-rest/filter?resourceType=Task&name=" + java.net.URLEncoder.encode("本部门待办",
        java.nio.charset.StandardCharsets.UTF_8), "em-staff").json();
    String queue = filters.get(0).get("id").asText();
    Response listed = http.send("POST", "/engine-rest/filter/" + queue + "/list", "em-staff", "demo",
        "application/json", Http.toJson(Map.of("processInstanceId", c.get("processInstanceId").asText())),
        Map.of("Accept", "application/hal+json"));
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    JsonNode variables = listed.json().get("_embedded").get("task").get(0).get("_embedded").get("variable");
    assertThat(variables.findValuesAsText("name")).contains("caseNumber", "cadreLabel");
    assertThat(variables.findValuesAsText("value")).contains(c.get("caseNumber").asText());
  }

  /** Two completions of one task at once: one is taken, the other is a 409, and one step is recorded. */
  @Test
  void aTaskThatNeverExistedIs404AndOneCompletedIs409() {
    JsonNode c = registerCase();
    String review = claimed(c, "Task_ReviewNotice", "em-staff");
    assertThat(submit(review, "em-staff", Map.of("emOpinion", "同意")).status()).isEqualTo(204);
    Response again = submit(review, "em-staff", Map.of("emOpinion", "同意"));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).isEqualTo("该任务已办理完毕，请刷新后查看");
    assertThat(submit("no-such-task", "em-staff", Map.of("emOpinion", "同意")).status()).isEqualTo(404);
  }

  @Test
  void twoCompletionsAtOnceRecordOneStep() throws Exception {
    JsonNode c = registerCase();
    String review = claimed(c, "Task_ReviewNotice", "em-staff");
    List<Response> responses = cn.gx.safeduty.support.AtOnce.run(List.<java.util.concurrent.Callable<Response>>of(
        () -> submit(review, "em-staff", Map.of("emOpinion", "同意甲")),
        () -> submit(review, "em-staff", Map.of("emOpinion", "同意乙"))));
    assertThat(responses).as("exactly one completion is taken").filteredOn(r -> r.status() == 204).hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() != 204).singleElement().satisfies(loser -> {
      assertThat(loser.status()).isEqualTo(409);
      assertThat(loser.contentType()).startsWith("application/problem+json");
      assertThat(loser.body()).doesNotContain("Exception", "ENGINE-");
    });
    assertThat(caseView(c.get("id").asLong()).get("steps")).hasSize(1);
  }
}
