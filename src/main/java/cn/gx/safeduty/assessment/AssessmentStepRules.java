package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The assessment's steps. The cycle is the one the instance belongs to; the assessee and the target
 * are the multi-instance elements of the task's scope (set by the engine, never by a completion) and
 * must be the cycle's.
 */
@Component
public class AssessmentStepRules implements StepRules {

  /** The score form's slots: one per indicator of the cycle (the policy allows no more), scoreN and reasonN. */
  static final int SLOTS = 10;

  private final AssessmentCycleService cycles;
  private final AssesseeService assessees;
  private final AssessmentCycleRepository repository;
  private final TaskService tasks;
  private final Clock clock;

  public AssessmentStepRules(AssessmentCycleService cycles, AssesseeService assessees,
      AssessmentCycleRepository repository, @Lazy TaskService tasks, Clock clock) {
    this.cycles = cycles;
    this.assessees = assessees;
    this.repository = repository;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return AssessmentCycleService.PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    switch (step.taskKey()) {
      case AssessmentTasks.RECORD_DUTY_REPORT -> report(fields, assessees.hasReportFile(assesseeOf(step)));
      case AssessmentTasks.SCORE_ASSESSEE -> {
        long assessee = assesseeOf(step);
        refuseIfAny(assessees.scoreProblems(assessee, entries(fields, assessees.indicatorCount(assessee))));
      }
      case AssessmentTasks.DECIDE_PROPOSAL -> proposal(fields);
      case AssessmentTasks.REVIEW_FAILURES -> {
        Review r = review(fields);
        refuseIfAny(assessees.reviewProblems(assesseeOf(step), r.dutyIds(), r.openCase(), r.cadreIds()));
      }
      case AssessmentTasks.LINK_RESULTS -> countsIn(fields);
      case AssessmentTasks.PUBLISH_RESULTS -> publication(fields);
      default -> {
      }
    }
  }

  @Override
  public void record(TaskStep step, FormFields fields, DelegateTask task) {
    switch (step.taskKey()) {
      case AssessmentTasks.RECORD_DUTY_REPORT -> {
        long assessee = assesseeOf(step);
        Report r = report(fields, assessees.hasReportFile(assessee));
        assessees.report(assessee, r.summary(), r.safetySection(), r.reportedOn(), r.ref(), step.userId());
      }
      case AssessmentTasks.SCORE_ASSESSEE -> {
        long assessee = assesseeOf(step);
        assessees.score(assessee, entries(fields, assessees.indicatorCount(assessee)), step.userId());
      }
      case AssessmentTasks.DECIDE_PROPOSAL -> {
        Proposal p = proposal(fields);
        assessees.decideProposal(assesseeOf(step), p.propose(), p.award(), p.facts(), p.note(), step.userId());
      }
      case AssessmentTasks.REVIEW_FAILURES -> {
        Review r = review(fields);
        long assessee = assesseeOf(step);
        refuseIfAny(assessees.reviewProblems(assessee, r.dutyIds(), r.openCase(), r.cadreIds()));
        assessees.review(assessee, r.dutyIds(), r.note(), r.openCase(), r.cadreIds(), step.userId());
        task.getExecution().setVariableLocal("caseToOpen", r.openCase());
      }
      case AssessmentTasks.LINK_RESULTS ->
          cycles.link(targetOf(step), countsIn(fields), fields.text("linkRemark"), step.userId());
      case AssessmentTasks.PUBLISH_RESULTS -> {
        Publication p = publication(fields);
        cycles.publish(cycles.cycleOfInstance(step.processInstanceId()), p.mode(), p.on(), p.ref(), p.note(),
            step.userId());
      }
      default -> {
      }
    }
  }

  private long assesseeOf(TaskStep step) {
    Object assessee = tasks.getVariable(step.taskId(), "assesseeId");
    long cycleId = cycles.cycleOfInstance(step.processInstanceId());
    if (!(assessee instanceof Number id) || !assessees.belongsTo(id.longValue(), cycleId)) {
      throw new StepRefusedException("此任务不属于本次考核的考核对象");
    }
    return id.longValue();
  }

  private long targetOf(TaskStep step) {
    Object target = tasks.getVariable(step.taskId(), "targetId");
    long cycleId = cycles.cycleOfInstance(step.processInstanceId());
    if (!(target instanceof Number id) || repository.target(id.longValue()).isEmpty()
        || repository.cycleOfTarget(id.longValue()) != cycleId) {
      throw new StepRefusedException("此任务不属于本次考核的被考核地区");
    }
    return id.longValue();
  }

  record Report(String summary, String safetySection, LocalDate reportedOn, String ref) {
  }

  /** The text, or with a file in, a summary or nothing; the safety section is always written out (Art 14 ¶2). */
  private Report report(FormFields fields, boolean fileIn) {
    String summary = fileIn ? fields.text("reportSummary")
        : fields.requiredText("reportSummary", "请填写述职报告，或先上传述职报告文件（PDF）");
    String safety = fields.requiredText("safetySection", "请填写述职报告中的安全生产履职情况（第十四条第二款）");
    LocalDate on = fields.date("reportedOn", "述职日期");
    if (on == null) {
      throw new StepRefusedException("请填写述职日期");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new StepRefusedException("述职日期不能晚于今天");
    }
    return new Report(limit(summary, 8000, "述职报告"), limit(safety, 8000, "安全生产履职情况"), on,
        limit(fields.text("reportRef"), 200, "述职材料文号或附件"));
  }

  /** Slot N holds the cycle's Nth indicator; a slot beyond the cycle's indicators must stay empty. */
  static List<Scoring.Entry> entries(FormFields fields, int indicators) {
    List<Scoring.Entry> entries = new ArrayList<>();
    for (int n = 1; n <= SLOTS; n++) {
      BigDecimal score = number(fields, "score" + n);
      String reason = fields.text("reason" + n);
      if (n > indicators) {
        if (score != null || reason != null) {
          throw new StepRefusedException("本次考核只有" + indicators + "项指标，第" + n + "项不应评分");
        }
        continue;
      }
      entries.add(new Scoring.Entry(score, limit(reason, 2000, "调整理由")));
    }
    return entries;
  }

  private static BigDecimal number(FormFields fields, String name) {
    Object value = fields.value(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Boolean) {
      throw new StepRefusedException("得分须为数字");
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException notANumber) {
      throw new StepRefusedException("得分须为数字：" + value);
    }
  }

  record Proposal(boolean propose, Award award, String facts, String note) {
  }

  private static Proposal proposal(FormFields fields) {
    boolean propose = fields.flag("propose", "是否提请记功或嘉奖");
    if (!propose) {
      return new Proposal(false, null, null, fields.text("proposalNote"));
    }
    Award award = fields.choice("award", Award.class, "奖励种类");
    String facts = fields.requiredText("facts", "提请奖励的，须写明表现突出的事实（第十八条）");
    return new Proposal(true, award, limit(facts, 4000, "突出事实"), fields.text("proposalNote"));
  }

  record Review(List<String> dutyIds, String note, boolean openCase, List<Long> cadreIds) {
  }

  private static Review review(FormFields fields) {
    List<String> duties = fields.texts("failureDuties");
    String note = fields.requiredText("reviewNote", "请写明审查意见：不合格背后的具体履职问题");
    boolean openCase = fields.flag("openCase", "是否启动问责");
    List<Long> cadreIds = openCase ? fields.ids("caseCadreIds", "被问责干部") : List.of();
    return new Review(duties, limit(note, 4000, "审查意见"), openCase, cadreIds);
  }

  private static List<CountsIn> countsIn(FormFields fields) {
    List<CountsIn> counts = new ArrayList<>();
    for (String code : fields.texts("countsIn")) {
      try {
        counts.add(CountsIn.valueOf(code));
      } catch (IllegalArgumentException unknown) {
        throw new StepRefusedException("考核结果运用无效：" + code);
      }
    }
    if (counts.isEmpty()) {
      throw new StepRefusedException("请选择考核结果计入的考核（第十三条、第十四条）");
    }
    return counts.stream().distinct().toList();
  }

  record Publication(PublicationMode mode, LocalDate on, String ref, String note) {
  }

  private Publication publication(FormFields fields) {
    PublicationMode mode = fields.choice("publicationMode", PublicationMode.class, "公布方式");
    LocalDate on = fields.date("publishedOn", "公布日期");
    if (on == null) {
      throw new StepRefusedException("请填写公布或通报日期");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new StepRefusedException("公布日期不能晚于今天");
    }
    String ref = fields.requiredText("publicationRef", "请填写公布或通报的文号");
    return new Publication(mode, on, limit(ref, 200, "文号"), limit(fields.text("publicationNote"), 2000, "说明"));
  }

  private static String limit(String text, int max, String label) {
    if (text != null && text.length() > max) {
      throw new StepRefusedException(label + "不能超过" + max + "字");
    }
    return text;
  }

  private static void refuseIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new StepRefusedException(String.join("；", problems));
    }
  }
}
