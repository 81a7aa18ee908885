package cn.gx.safeduty.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A dishonest department user at every user task of every process, over the engine REST API: each
 * variable the process holds or routes on, each display field, and an unknown name, sent on every
 * way into the task. Each attempt is a 400 naming the field, and the instance is as it was.
 */
@EmbeddedAppTest
class TaskSubmissionGuardTest {

  static final Map<String, String> USER_OF_GROUP = Map.of("emergency-management", "em-staff",
      "discipline-inspection", "di-staff", "organization", "org-staff");
  static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  static final Pattern IDENTIFIER = Pattern.compile("(?<![.'\\w])([A-Za-z_]\\w*)");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  record Step(String processKey, String taskKey, String group, Set<String> editable, String form) {
  }

  @Test
  void everyForgedFieldIsRefusedOnEveryWayIntoEveryStep() throws IOException {
    Http http = new Http(port);
    List<Step> steps = steps();
    assertThat(steps).extracting(Step::processKey).contains("accountability", "accident-followup");
    int attempts = 0;
    for (Step step : steps) {
      String user = USER_OF_GROUP.get(step.group());
      Set<String> forged = forgedFields(step);
      assertThat(forged).as(step.taskKey()).contains("caseId", "decidingGroup", "recommendedSanction", "accidentId",
          "lastStepGroup", "caseNumber");
      String pid = startAt(step);
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(step.taskKey())
          .singleResult();
      assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", user, Map.of("userId", user)).status())
          .isEqualTo(204);
      Map<String, Object> before = engine.getRuntimeService().getVariables(pid);

      for (String field : forged) {
        Response response = http.postJson("/engine-rest/task/" + task.getId() + "/complete", user,
            Map.of("variables", Map.of(field, Map.of("value", "伪造"))));
        assertRefused(response, step, field);
        attempts++;
      }
      Map<String, Object> all = new LinkedHashMap<>();
      forged.forEach(field -> all.put(field, Map.of("value", "伪造")));
      for (String way : List.of("complete", "submit-form", "resolve", "bpmnError", "bpmnEscalation")) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("variables", all));
        if (way.equals("bpmnError")) {
          body.put("errorCode", "CASE_DROPPED");
        } else if (way.equals("bpmnEscalation")) {
          body.put("escalationCode", "CASE_DROPPED");
        }
        Response response = http.postJson("/engine-rest/task/" + task.getId() + "/" + way, user, body);
        assertThat(response.status()).as(step.taskKey() + " " + way + ": " + response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).as(step.taskKey() + " " + way)
            .containsExactlyInAnyOrderElementsOf(forged);
        attempts++;
      }
      String name = "decidingGroup";
      for (Response response : List.of(
          http.send("PUT", "/engine-rest/task/" + task.getId() + "/variables/" + name, user, "application/json",
              Http.toJson(Map.of("value", "organization", "type", "String"))),
          http.send("PUT", "/engine-rest/task/" + task.getId() + "/localVariables/" + name, user, "application/json",
              Http.toJson(Map.of("value", "organization", "type", "String"))),
          http.postJson("/engine-rest/task/" + task.getId() + "/variables", user,
              Map.of("modifications", Map.of(name, Map.of("value", "organization")))),
          http.send("DELETE", "/engine-rest/task/" + task.getId() + "/variables/caseId", user, null, null))) {
        assertThat(response.status()).as(step.taskKey() + ": " + response.body()).isIn(400, 403);
        attempts++;
      }

      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(step.taskKey()).isOne();
      assertThat(engine.getRuntimeService().getVariables(pid)).as(step.taskKey() + " unchanged").isEqualTo(before);
      engine.getRuntimeService().deleteProcessInstance(pid, "test");
    }
    assertThat(attempts).isGreaterThan(500);
  }

  private static void assertRefused(Response response, Step step, String field) {
    assertThat(response.status()).as(step.taskKey() + " " + field + ": " + response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode body = response.json();
    assertThat(body.get("errors").findValuesAsText("field")).as(step.taskKey()).containsExactly(field);
    assertThat(body.get("detail").asText()).contains(field).isEqualTo(body.get("message").asText());
    assertThat(response.body()).doesNotContain("Exception", "ENGINE-", "org.camunda");
  }

  /** A fresh instance of the step's process, waiting at the step, with every variable a forger would aim at. */
  private String startAt(Step step) {
    return startAt(engine, step);
  }

  String startAt(ProcessEngine engine, Step step) {
    Map<String, Object> seeded = new LinkedHashMap<>();
    seeded.put("caseId", 999_999L);
    seeded.put("accidentId", 999_999L);
    seeded.put("responsibleId", 999_999L);
    seeded.put("decidingGroup", "emergency-management");
    seeded.put("recommendedSanction", "NOTICE");
    seeded.put("caseNumber", "问责〔2026〕999999号");
    seeded.put("itemId", 999_999L);
    seeded.put("findingId", 999_999L);
    seeded.put("deadlineAt", java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(30))));
    seeded.put("urgeDueAt", java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(10))));
    seeded.put("reminderAt", java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(20))));
    return engine.getRuntimeService().createProcessInstanceByKey(step.processKey())
        .startBeforeActivity(step.taskKey()).setVariables(seeded).execute().getId();
  }

  static List<Step> steps() throws IOException {
    List<Step> steps = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String processKey = file.getFileName().toString().replace(".bpmn", "");
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          StepForm form = StepForm.parse(Files.newInputStream(Path.of("forms", task.getCamundaFormRef() + ".form")));
          steps.add(new Step(processKey, task.getId(), task.getCamundaCandidateGroups(), form.fieldNames(),
              task.getCamundaFormRef()));
        }
      }
    }
    return steps;
  }

  /** Every name in any expression of any model, every key of any form, and one nobody uses; less the step's own fields. */
  static Set<String> forgedFields(Step step) throws IOException {
    Set<String> names = new TreeSet<>(List.of("caseId", "accidentId", "lastStepBy", "lastStepGroup",
        "recommendedSanction", "decidingGroup", "needsReviewerWeighing", "registeredBy", "reportingConfirmedBy", "confirmedCadreIds",
        "grantedExtensionDays", "lastFollowUp", "anythingElse"));
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher expression = EXPRESSION.matcher(Files.readString(model));
        while (expression.find()) {
          Matcher identifier = IDENTIFIER.matcher(expression.group(1).replaceAll("&#x27;[^&]*&#x27;|'[^']*'", ""));
          while (identifier.find()) {
            names.add(identifier.group(1));
          }
        }
      }
    }
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        Matcher key = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(form));
        while (key.find()) {
          names.add(key.group(1));
        }
      }
    }
    names.removeAll(EL_WORDS);
    names.removeAll(step.editable());
    return names;
  }
}
