package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.support.AccountabilityForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * What each department enters in each step's form during the benchmark year: mostly that all is in
 * order, with the share of findings, marks, failures and proposals a real year has. Multi-selects are
 * sent as comma-separated ids, as the step rules accept them.
 */
final class YearForms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final ProcessEngine engine;
  private final AccountabilityCaseService cases;
  private final AtomicInteger targets = new AtomicInteger();
  private final AtomicInteger scores = new AtomicInteger();
  private final AtomicInteger proposals = new AtomicInteger();

  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  YearForms(ProcessEngine engine, AccountabilityCaseService cases, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.engine = engine;
    this.cases = cases;
    this.jdbc = jdbc;
  }

  Map<String, Object> entries(Task task) {
    String today = LocalDate.now(ZONE).toString();
    return switch (task.getTaskDefinitionKey()) {
      case "Task_ApproveTourPlan" -> Map.of("planApproved", "true", "approvalRef", "党委常委会会议纪要〔2026〕3号");
      case "Task_InspectOnSite" -> Map.of("inspectedFrom", LocalDate.now(ZONE).minusDays(3).toString(),
          "inspectedTo", LocalDate.now(ZONE).minusDays(1).toString(), "inspectionNote", "听取汇报，查阅会议纪要，实地检查企业");
      case "Task_RecordFinding" -> finding(task);
      case "Task_MarkLeaders" -> mark(task);
      case "Task_FileTargetResults" -> Map.of("filingNote", "巡查结果已归档");
      case "Task_NoteMarkedLeaders" -> Map.of("copyRemarks", "已阅，纳入问责线索台账");
      case "Task_VerifyRectification" -> Map.of("rectificationResult", "DONE", "verificationNote", "已整改到位");
      case "Task_RecordDutyReport" -> Map.of("reportSummary", "年度述职报告", "safetySection", "主持研究安全生产，督促落实",
          "reportedOn", today);
      case "Task_ScoreAssessee" -> score(task);
      case "Task_DecideProposal" -> proposal();
      case "Task_ReviewFailures" -> review(task);
      case "Task_LinkResults" -> Map.of("countsIn", "ANNUAL,TARGET_RESPONSIBILITY");
      case "Task_PublishResults" -> Map.of("publicationMode", "PUBLISHED", "publishedOn", today);
      case "Task_ReviewSafetyRecord" -> Map.of("reviewPassed", "true", "reviewNote", "安全生产履职记录无影响表彰的情形");
      case "Task_RecordDecision" -> Map.of("awarded", "true", "award", firstOption(task, "awardOptions"),
          "decidedOn", today);
      case "Task_GiveOpinion" -> Map.of("opinion", "AGREE", "opinionReasons", "履行安全生产职责到位");
      case "Task_ConcludeVetting" -> Map.of("passed", "true", "conclusion", "安全生产履职情况良好");
      default -> accountability(task);
    };
  }

  /** Every fourth target has a duty not fulfilled by its first leader, with a rectification ordered. */
  private Map<String, Object> finding(Task task) {
    long target = ((Number) variable(task, "targetId")).longValue();
    List<String> duties = values(task, "focusDutyOptions");
    int recorded = jdbc.sql("SELECT COUNT(*) FROM inspection_finding WHERE target_id = ?").param(target)
        .query(Integer.class).single();
    boolean failing = recorded == 0 && target % 4 == 0;
    Map<String, Object> entries = new LinkedHashMap<>();
    entries.put("dutyId", duties.get(recorded));
    entries.put("verdict", failing ? "NOT_FULFILLED" : "FULFILLED");
    entries.put("evidence", failing ? "全年未专题研究安全生产" : "按要求研究部署安全生产");
    if (failing) {
      entries.put("cadreIds", values(task, "leaderOptions").get(0));
      entries.put("rectification", "一个月内召开专题会议研究安全生产");
    }
    entries.put("moreFindings", recorded < duties.size() - 1);
    return entries;
  }

  /** Half the targets with a leader concerned mark them (which opens a duty-failure case). */
  private Map<String, Object> mark(Task task) {
    List<String> concerned = values(task, "leaderConcernedOptions");
    if (concerned.isEmpty() || targets.incrementAndGet() % 2 == 0) {
      return Map.of();
    }
    return Map.of("markedCadreIds", concerned.get(0), "markReason", "全年未履行安全生产职责");
  }

  /** The derived scores kept as shown; the hand-scored ones 90, and 40 for about one in thirty. */
  private Map<String, Object> score(Task task) {
    Map<String, Object> variables = engine.getTaskService().getVariables(task.getId());
    boolean failing = scores.incrementAndGet() % 30 == 0;
    Map<String, Object> entries = new LinkedHashMap<>();
    for (int n = 1; variables.get("indicator" + n) != null; n++) {
      Object derived = variables.get("score" + n);
      entries.put("score" + n, failing ? 40 : derived != null ? derived : 90);
      if (failing) {
        entries.put("reason" + n, "履职存在明显问题");
      }
    }
    return entries;
  }

  /** One in ten excellent members is proposed for an award (Art 18). */
  private Map<String, Object> proposal() {
    if (proposals.incrementAndGet() % 10 != 0) {
      return Map.of("propose", "false");
    }
    return Map.of("propose", "true", "award", "COMMENDATION", "facts", "牵头开展专项整治，成效突出");
  }

  /** Every other failure opens a case against its first leader. */
  private Map<String, Object> review(Task task) {
    List<String> cadres = values(task, "caseCadreOptions");
    if (cadres.isEmpty() || scores.get() % 2 == 0) {
      return Map.of("reviewNote", "履职问题已查明，责令整改", "openCase", "false");
    }
    return Map.of("reviewNote", "未履行督促检查职责", "openCase", "true",
        "failureDuties", values(task, "dutyOptions").get(0), "caseCadreIds", cadres.get(0));
  }

  /** Every accountability step agrees with the rules' recommendation. */
  private Map<String, Object> accountability(Task task) {
    long caseId = ((Number) variable(task, "caseId")).longValue();
    String sanction = null;
    if (task.getTaskDefinitionKey().startsWith("Task_DecideSanction")) {
      sanction = cases.view(caseId).recommendation().sanction().name();
    }
    return AccountabilityForms.agreeing(task.getTaskDefinitionKey(), sanction, caseId);
  }

  private Object variable(Task task, String name) {
    return engine.getTaskService().getVariable(task.getId(), name);
  }

  private String firstOption(Task task, String name) {
    return values(task, name).get(0);
  }

  /** The values of a form's options variable ({label, value} objects in JSON). */
  private List<String> values(Task task, String name) {
    Object options = variable(task, name);
    List<String> values = new ArrayList<>();
    if (options == null) {
      return values;
    }
    try {
      for (JsonNode option : JSON.readTree(options.toString())) {
        values.add(option.get("value").asText());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(name + " is not a list of options: " + options, e);
    }
    return values;
  }
}
