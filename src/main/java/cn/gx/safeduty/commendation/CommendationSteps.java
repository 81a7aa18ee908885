package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The commendation's user tasks (Art 15 ¶2, 17, 18): the review of the nominee's safety record, the
 * verification of an objection during the public notice, and the decision. The nomination is the one
 * the instance belongs to; an objection is the one the message put in the task's scope (never a
 * completion's) and must be the nomination's.
 */
@Component
public class CommendationSteps implements StepDeclarations {

  public static final String REVIEW_SAFETY_RECORD = "Task_ReviewSafetyRecord";
  public static final String VERIFY_OBJECTION = "Task_VerifyObjection";
  public static final String RECORD_DECISION = "Task_RecordDecision";

  private final CommendationService nominations;
  private final AwardIssuing issuing;
  private final Clock clock;

  public CommendationSteps(CommendationService nominations, AwardIssuing issuing, Clock clock) {
    this.nominations = nominations;
    this.issuing = issuing;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return CommendationService.PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(
        Step.task(REVIEW_SAFETY_RECORD).of(this::nominationOf)
            .reads(List.of("reviewPassed", "reviewNote"), CommendationSteps::review)
            .records((id, r, step, task) -> {
              nominations.review(id, r.passed(), r.note(), step.userId());
              task.getExecution().setVariable("reviewPassed", r.passed());
            }),
        Step.task(VERIFY_OBJECTION).ofTask(this::objectionOf)
            .reads(List.of("substantiated", "verificationNote"), CommendationSteps::verification)
            .records((objectionId, v, step, task) -> {
              nominations.verify(objectionId, v.substantiated(), v.note(), step.userId());
              task.getExecution().setVariableLocal("substantiated", v.substantiated());
            }),
        Step.task(RECORD_DECISION).of(this::nominationOf)
            .reads(List.of("awarded", "award", "decisionRef", "decidedOn", "decisionNote"), this::decision)
            .checks((id, d, step) -> {
              var problems = d.awarded() ? issuing.refProblems(nominations.view(id).cadreId(), d.ref(), d.decidedOn())
                  : List.<cn.gx.safeduty.kernel.FieldProblem>of();
              if (!problems.isEmpty()) {
                throw new StepRefusedException("表彰决定文号有误：" + problems.get(0).message(), problems);
              }
            })
            .records((id, d, step, task) -> {
              nominations.decide(id, d.awarded(), d.award(), d.ref(), d.decidedOn(), d.note(), step.userId());
              task.getExecution().setVariable("awarded", d.awarded());
            }));
  }

  private long nominationOf(TaskStep step) {
    return nominations.ofInstance(step.processInstanceId());
  }

  private long objectionOf(TaskStep step, VariableScope task) {
    Object objection = task.getVariable("objectionId");
    long id = nominationOf(step);
    if (!(objection instanceof Number n) || !nominations.objectionBelongsTo(n.longValue(), id)) {
      throw new StepRefusedException("此任务不属于本次提名的公示异议");
    }
    return n.longValue();
  }

  record Review(boolean passed, String note) {
  }

  private static Review review(FormFields fields) {
    return new Review(fields.flag("reviewPassed", "安全生产履职情况审核是否通过"),
        limit(fields.requiredText("reviewNote", "请填写审核意见（第十五条第二款）"), "审核意见"));
  }

  record Verification(boolean substantiated, String note) {
  }

  private static Verification verification(FormFields fields) {
    return new Verification(fields.flag("substantiated", "反映的问题是否属实"),
        limit(fields.requiredText("verificationNote", "请填写核实情况"), "核实情况"));
  }

  record Decision(boolean awarded, String award, String ref, LocalDate decidedOn, String note) {
  }

  private Decision decision(FormFields fields) {
    boolean awarded = fields.flag("awarded", "上级党委和政府是否决定表彰");
    String note = fields.text("decisionNote");
    if (!awarded) {
      return new Decision(false, null, fields.text("decisionRef"), fields.date("decidedOn", "决定日期"),
          limit(fields.requiredText("decisionNote", "未予表彰的，请写明理由"), "说明"));
    }
    String award = fields.requiredText("award", "请选择奖励种类");
    if (!nominations.awardCodes().contains(award)) {
      throw new StepRefusedException("奖励种类无效：" + award);
    }
    // without a number typed, the decision is numbered from the Party committee's sequence
    String ref = fields.text("decisionRef");
    LocalDate on = fields.date("decidedOn", "决定日期");
    if (on == null) {
      throw new StepRefusedException("请填写决定日期");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new StepRefusedException("决定日期不能晚于今天");
    }
    return new Decision(true, award, ref == null ? null : limit(ref, "文号"), on, note == null ? null : limit(note, "说明"));
  }

  private static String limit(String text, String label) {
    if (text.length() > 4000) {
      throw new StepRefusedException(label + "不能超过4000字");
    }
    return text;
  }
}
