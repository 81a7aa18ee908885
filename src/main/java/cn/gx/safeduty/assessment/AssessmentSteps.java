package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The assessment's user tasks (Art 13, 14, 16, 18, 19). The cycle is the one the instance belongs to;
 * the assessee and the target are the multi-instance elements of the task's scope (set by the engine,
 * never by a completion) and must be the cycle's.
 */
@Component
public class AssessmentSteps implements StepDeclarations {

  public static final String RECORD_DUTY_REPORT = "Task_RecordDutyReport";
  public static final String SCORE_ASSESSEE = "Task_ScoreAssessee";
  public static final String DECIDE_PROPOSAL = "Task_DecideProposal";
  public static final String REVIEW_FAILURES = "Task_ReviewFailures";
  public static final String LINK_RESULTS = "Task_LinkResults";
  public static final String PUBLISH_RESULTS = "Task_PublishResults";

  /** The score form's slots: one per indicator of the cycle (the policy allows no more), scoreN and reasonN. */
  static final int SLOTS = 10;

  private final AssessmentCycleService cycles;
  private final AssesseeService assessees;
  private final AssessmentCycleRepository repository;
  private final AssessmentPolicy policy;
  private final Clock clock;

  public AssessmentSteps(AssessmentCycleService cycles, AssesseeService assessees,
      AssessmentCycleRepository repository, AssessmentPolicy policy, Clock clock) {
    this.cycles = cycles;
    this.assessees = assessees;
    this.repository = repository;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return AssessmentCycleService.PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(
        Step.task(RECORD_DUTY_REPORT).ofTask(this::assesseeOf)
            .readsWith(List.of("reportSummary", "safetySection", "reportedOn", "reportRef"),
                (assessee, fields) -> report(fields, assessees.hasReportFile(assessee)))
            .records((assessee, r, step, task) ->
                assessees.report(assessee, r.summary(), r.safetySection(), r.reportedOn(), r.ref(), step.userId())),
        Step.task(SCORE_ASSESSEE).ofTask(this::assesseeOf)
            .readsWith(scoreFields(), (assessee, fields) -> entries(fields, assessees.indicatorCount(assessee)))
            .checks((assessee, entries, step) ->
                StepRefusedException.ifAny(assessees.scoreProblems(assessee, entries)))
            .records((assessee, entries, step, task) -> assessees.score(assessee, entries, step.userId())),
        Step.task(DECIDE_PROPOSAL).ofTask(this::assesseeOf)
            .reads(List.of("propose", "award", "facts", "proposalNote"), AssessmentSteps::proposal)
            .records((assessee, p, step, task) ->
                assessees.decideProposal(assessee, p.propose(), p.award(), p.facts(), p.note(), step.userId())),
        Step.task(REVIEW_FAILURES).ofTask(this::assesseeOf)
            .reads(List.of("failureDuties", "reviewNote", "openCase", "caseCadreIds"), AssessmentSteps::review)
            .checks((assessee, r, step) ->
                StepRefusedException.ifAny(assessees.reviewProblems(assessee, r.dutyIds(), r.openCase(), r.cadreIds())))
            .records((assessee, r, step, task) -> {
              assessees.review(assessee, r.dutyIds(), r.note(), r.openCase(), r.cadreIds(), step.userId());
              task.getExecution().setVariableLocal("caseToOpen", r.openCase());
            }),
        Step.task(LINK_RESULTS).ofTask(this::targetOf)
            .reads(List.of("countsIn", "linkRemark"), fields -> new Link(countsIn(fields, policy.alwaysCountsIn()),
                fields.text("linkRemark")))
            .records((target, link, step, task) -> cycles.link(target, link.countsIn(), link.remark(), step.userId())),
        Step.task(PUBLISH_RESULTS).of(step -> cycles.cycleOfInstance(step.processInstanceId()))
            .reads(List.of("publicationMode", "publishedOn", "publicationRef", "publicationNote"), this::publication)
            .checks((cycle, p, step) -> {
              var problems = cycles.publicationRefProblems(cycle, p.ref(), p.on());
              if (!problems.isEmpty()) {
                throw new StepRefusedException("文号有误：" + problems.get(0).message(), problems);
              }
            })
            .records((cycle, p, step, task) -> cycles.publish(cycle, p.mode(), p.on(), p.ref(), p.note(), step.userId())));
  }

  private static List<String> scoreFields() {
    return IntStream.rangeClosed(1, SLOTS).boxed().flatMap(n -> Stream.of("score" + n, "reason" + n)).toList();
  }

  private long assesseeOf(TaskStep step, VariableScope task) {
    Object assessee = task.getVariable("assesseeId");
    long cycleId = cycles.cycleOfInstance(step.processInstanceId());
    if (!(assessee instanceof Number id) || !assessees.belongsTo(id.longValue(), cycleId)) {
      throw new StepRefusedException("此任务不属于本次考核的考核对象");
    }
    return id.longValue();
  }

  private long targetOf(TaskStep step, VariableScope task) {
    Object target = task.getVariable("targetId");
    long cycleId = cycles.cycleOfInstance(step.processInstanceId());
    if (!(target instanceof Number id) || repository.target(id.longValue()).isEmpty()
        || repository.cycleOfTarget(id.longValue()) != cycleId) {
      throw new StepRefusedException("此任务不属于本次考核的被考核地区");
    }
    return id.longValue();
  }

  record Link(List<CountsIn> countsIn, String remark) {
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
    List<Long> cadreIds = openCase ? fields.ids("caseCadreIds", "拟启动问责的干部") : List.of();
    return new Review(duties, limit(note, 4000, "审查意见"), openCase, cadreIds);
  }

  private static List<CountsIn> countsIn(FormFields fields, List<CountsIn> always) {
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
    List<String> missing = always.stream().filter(c -> !counts.contains(c)).map(CountsIn::chineseName).toList();
    if (!missing.isEmpty()) {
      throw new StepRefusedException("考核结果应当计入" + String.join("、", missing) + "（第十四条）");
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
    // without a number typed, the results are numbered from emergency management's sequence
    String ref = fields.text("publicationRef");
    return new Publication(mode, on, limit(ref, 200, "文号"), limit(fields.text("publicationNote"), 2000, "说明"));
  }

  private static String limit(String text, int max, String label) {
    if (text != null && text.length() > max) {
      throw new StepRefusedException(label + "不能超过" + max + "字");
    }
    return text;
  }

}
