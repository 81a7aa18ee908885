package cn.gx.safeduty.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import cn.gx.safeduty.support.Http;
import cn.gx.safeduty.support.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every value of every form is checked against what its form declares, and the declarations fit
 * the database: each text field has a limit no longer than every column its value lands in; each
 * date field a window. Then, at every user task of every process, each field sent over its limit,
 * with a control or bidirectional character, with an option the step did not offer, with an
 * implausible date or a number out of bounds is a 400 naming it, and the instance is as it was.
 */
@EmbeddedAppTest
class FormValueLimitsTest {

  /**
   * Where the text of each field lands: SafeDuty's columns (table.column), several where it is copied
   * or joined with other text (then the sum of the parts must fit, given as the share this field may
   * take), or nothing but the engine's variables, which hold any length.
   */
  static final Map<String, List<String>> LANDS_IN = Map.ofEntries(
      Map.entry("assessmentRemarks", List.of()),
      Map.entry("reportingRemarks", List.of("accident_finding.note")),
      Map.entry("followUpRemarks", List.of()),
      Map.entry("supervisionNote", List.of()),
      Map.entry("exemptionRemarks", List.of("accountability_case_step.remarks")),
      Map.entry("proceedingRemarks", List.of("accountability_case_step.remarks")),
      Map.entry("referralRemarks", List.of("accountability_case_step.remarks")),
      Map.entry("referralOrgan", List.of("accountability_case_step.outcome-3")),
      // a 通报's step keeps "通报文号：reference\nremarks" (and its correction "更正通报文号：…")
      Map.entry("noticeReference", List.of("accountability_case_step.remarks-2006")),
      Map.entry("noticeRemarks", List.of("accountability_case_step.remarks-106")),
      Map.entry("correctionReference", List.of("accountability_case_step.remarks-2008")),
      Map.entry("correctionRemarks", List.of("accountability_case_step.remarks-108")),
      Map.entry("postDuties", List.of("accountability_decision.post_duties")),
      Map.entry("dutyPerformance", List.of("accountability_decision.duty_performance")),
      Map.entry("dutyConditions", List.of("accountability_decision.duty_conditions")),
      Map.entry("decisionReasons", List.of("accountability_decision.reasons", "accountability_measure.reasons",
          "accountability_case_step.remarks")),
      Map.entry("appealDecisionReasons", List.of("accountability_measure.end_reason", "cadre_sanction.end_reason-200",
          "cadre_restriction.lift_reason-200", "accountability_case_step.remarks")),
      // a review's opinion and its reasons are kept together: "opinion；理由：reasons"
      Map.entry("emOpinion", List.of("accountability_case_step.remarks-1904")),
      Map.entry("diOpinion", List.of("accountability_case_step.remarks-1904")),
      Map.entry("orgOpinion", List.of("accountability_case_step.remarks-1904")),
      Map.entry("emProposalReasons", List.of("accountability_case_step.remarks-2004")),
      Map.entry("diProposalReasons", List.of("accountability_case_step.remarks-2004")),
      Map.entry("orgProposalReasons", List.of("accountability_case_step.remarks-2004")),
      Map.entry("facts", List.of("assessment_proposal.facts")),
      Map.entry("proposalNote", List.of("assessee.proposal_note")),
      Map.entry("linkRemark", List.of("assessment_target.link_remark", "cadre_assessment_grade.remark")),
      Map.entry("publicationRef", List.of("assessment_cycle.publication_ref")),
      Map.entry("publicationNote", List.of("assessment_cycle.publication_note")),
      Map.entry("reportSummary", List.of("assessee.report_summary")),
      Map.entry("safetySection", List.of("assessee.safety_section")),
      Map.entry("reportRef", List.of("assessee.report_ref")),
      Map.entry("reviewNote", List.of("assessee.review_note", "commendation.review_note")),
      Map.entry("decisionRef", List.of("commendation.decision_ref")),
      Map.entry("decisionNote", List.of("commendation.decision_note")),
      Map.entry("verificationNote", List.of("commendation_objection.verification_note", "supervision_item.result_note",
          "supervision_item_event.note")),
      Map.entry("approvalRef", List.of("inspection_tour.approval_ref")),
      Map.entry("approvalNote", List.of("inspection_tour.approval_note")),
      Map.entry("filingNote", List.of("inspection_target.filing_note")),
      Map.entry("inspectionNote", List.of("inspection_target.inspection_note")),
      Map.entry("markReason", List.of("inspection_target.mark_reason", "supervision_item_mark.reason")),
      Map.entry("copyRemarks", List.of()),
      // a cadre's finding joins the duty, verdict, evidence, leaders named and rectification
      Map.entry("evidence", List.of("inspection_finding.evidence", "cadre_tour_finding.finding-6000")),
      Map.entry("rectification", List.of("inspection_finding.rectification", "supervision_item.requirement",
          "cadre_tour_finding.finding-6000")),
      Map.entry("urgeNote", List.of("supervision_item_event.note")),
      Map.entry("conclusion", List.of("candidate_vetting.conclusion")),
      Map.entry("opinionReasons", List.of("candidate_vetting.opinion_reasons")));

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  record Field(String form, JsonNode component) {

    String key() {
      return component.path("key").asText();
    }

    String type() {
      return component.path("type").asText();
    }

    JsonNode validate() {
      return component.path("validate");
    }
  }

  @Test
  void everyTextFitsTheColumnsItLandsInAndEveryDateHasAWindow() throws IOException {
    List<String> checked = new ArrayList<>();
    for (Field field : editableFields()) {
      String where = field.form() + " " + field.key();
      boolean date = field.type().equals("datetime")
          || "date".equals(field.component().path("properties").path("format").asText());
      if (!date && (field.type().equals("textfield") || field.type().equals("textarea"))) {
        String key = field.key().matches("reason\\d+") ? "reason" : field.key();
        int limit = field.validate().path("maxLength").asInt(0);
        assertThat(limit).as(where + " declares maxLength").isPositive();
        List<String> columns = key.equals("reason") ? List.of("assessment_score.reason") : LANDS_IN.get(key);
        assertThat(columns).as(where + ": say where its text lands").isNotNull();
        for (String column : columns) {
          String[] parts = column.split("-");
          int room = columnLength(parts[0]) - (parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
          assertThat(limit).as(where + " fits " + column).isLessThanOrEqualTo(room);
          checked.add(where + " → " + column);
        }
      }
      if (date) {
        assertThat(field.type()).as(where + ": a day is typed, never picked (form-js reads typed days as M/D/Y)")
            .isEqualTo("textfield");
        JsonNode window = field.component().path("properties");
        assertThat(window.path("notBefore").asText("")).as(where + " notBefore").isNotEmpty();
        if (!window.path("notBefore").asText().equals("today")) {
          assertThat(window.path("notAfter").asText("")).as(where + " records something done: notAfter").isEqualTo("today");
        }
      }
    }
    assertThat(checked).hasSizeGreaterThan(40);
  }

  private int columnLength(String column) {
    String[] parts = column.split("\\.");
    Integer length = jdbc.queryForObject("""
        SELECT MAX(character_maximum_length) FROM information_schema.columns
        WHERE LOWER(table_name) = ? AND LOWER(column_name) = ?""", Integer.class, parts[0], parts[1]);
    assertThat(length).as(column + " exists").isNotNull();
    return length;
  }

  @Test
  void everyValueOutsideItsFormIsRefusedNamingTheFieldAndChangesNothing() throws IOException {
    Http http = new Http(port);
    int attempts = 0;
    for (TaskSubmissionGuardTest.Step step : TaskSubmissionGuardTest.steps()) {
      Map<String, JsonNode> components = components(step);
      String user = TaskSubmissionGuardTest.USER_OF_GROUP.get(step.group());
      String pid = new TaskSubmissionGuardTest().startAt(engine, step);
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(step.taskKey())
          .singleResult();
      assertThat(http.postJson("/engine-rest/task/" + task.getId() + "/claim", user, Map.of("userId", user)).status())
          .isEqualTo(204);
      Map<String, Object> before = engine.getRuntimeService().getVariables(pid);
      for (Map.Entry<String, JsonNode> entry : components.entrySet()) {
        for (Object bad : badValues(entry.getValue())) {
          Response response = http.completeTask(task.getId(), user, Map.of(entry.getKey(), bad));
          String what = step.taskKey() + " " + entry.getKey() + "=" + abbreviated(bad);
          assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
          assertThat(response.json().get("errors").findValuesAsText("field")).as(what).contains(entry.getKey());
          assertThat(response.body()).as(what).doesNotContain("Exception", "SQL", "org.camunda");
          attempts++;
        }
      }
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(step.taskKey()).isOne();
      assertThat(engine.getRuntimeService().getVariables(pid)).as(step.taskKey() + " unchanged").isEqualTo(before);
      engine.getRuntimeService().deleteProcessInstance(pid, "test");
    }
    assertThat(attempts).isGreaterThan(150);
  }

  /** What a dishonest or careless user might send for this field instead of what the form allows. */
  private static List<Object> badValues(JsonNode component) {
    String type = "date".equals(component.path("properties").path("format").asText()) ? "datetime"
        : component.path("type").asText();
    JsonNode validate = component.path("validate");
    List<Object> bad = new ArrayList<>();
    switch (type) {
      case "textfield", "textarea" -> {
        bad.add("很".repeat(validate.path("maxLength").asInt(4000) + 1));
        bad.add("正文\u0000隐藏");
        bad.add("正文\u202E倒序");
      }
      case "select", "radio" -> bad.add("不存在的选项");
      case "checklist", "taglist" -> bad.add(List.of("999999"));
      case "datetime" -> {
        bad.add("1900-01-01");
        bad.add("0000-01-01");
        bad.add("2026-02-30");
        bad.add("11/30/2026");
        if ("today".equals(component.path("properties").path("notAfter").asText())) {
          bad.add(LocalDate.now().plusYears(1).toString());
        }
      }
      case "number" -> {
        if (validate.has("max")) {
          bad.add(validate.path("max").asInt() + 1);
        }
        if (validate.has("min")) {
          bad.add(validate.path("min").asInt() - 1);
        }
        bad.add("十");
      }
      default -> {
      }
    }
    return bad;
  }

  private static String abbreviated(Object value) {
    String text = String.valueOf(value);
    return text.length() > 12 ? text.substring(0, 12) + "…" : text;
  }

  private static Map<String, JsonNode> components(TaskSubmissionGuardTest.Step step) throws IOException {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (Field field : editableFields()) {
      if (field.form().equals(step.form()) && step.editable().contains(field.key())) {
        byKey.put(field.key(), field.component());
      }
    }
    return byKey;
  }

  static List<Field> editableFields() throws IOException {
    List<Field> fields = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        collect(form.getFileName().toString().replace(".form", ""), Http.JSON.readTree(form.toFile()).path("components"),
            fields);
      }
    }
    return fields;
  }

  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "select", "radio", "datetime", "number",
      "checkbox", "checklist", "taglist");

  private static void collect(String form, JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      collect(form, component.path("components"), fields);
      if (INPUTS.contains(component.path("type").asText()) && !component.path("key").asText("").isEmpty()
          && !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false)) {
        fields.add(new Field(form, component));
      }
    }
  }
}
