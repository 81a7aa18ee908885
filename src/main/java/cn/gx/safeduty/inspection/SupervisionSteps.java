package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The supervision item's user tasks (Art 11, 19): a verification (done, or not done and perhaps
 * re-ordered with a new deadline), the inspecting level's urging of an overdue item, and the leaders
 * marked as not fulfilling their duties. The item is the one the instance belongs to, never one a
 * completion names.
 */
@Component
public class SupervisionSteps implements StepDeclarations {

  public static final String VERIFY_RECTIFICATION = "Task_VerifyRectification";
  public static final String URGE_OVERDUE_ITEM = "Task_UrgeOverdueItem";
  public static final String MARK_ITEM_LEADERS = "Task_MarkItemLeaders";

  private final SupervisionItemService items;

  public SupervisionSteps(SupervisionItemService items) {
    this.items = items;
  }

  @Override
  public String processKey() {
    return SupervisionItemService.PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(
        Step.task(VERIFY_RECTIFICATION).of(step -> items.itemOfInstance(step.processInstanceId()))
            .reads(List.of("rectificationResult", "verificationNote", "reorder", "newDeadline"),
                SupervisionSteps::verification)
            .checks((itemId, verification, step) ->
                StepRefusedException.ifAny(items.verificationProblems(itemId, verification)))
            .records((itemId, verification, step, task) ->
                task.getExecution().setVariables(items.verify(itemId, verification, step.userId()))),
        Step.task(URGE_OVERDUE_ITEM).of(step -> items.itemOfInstance(step.processInstanceId()))
            .reads(List.of("urgeNote"), fields -> fields.requiredText("urgeNote", "请填写督办意见"))
            .records((itemId, note, step, task) -> items.urge(itemId, note, step.userId())),
        Step.task(MARK_ITEM_LEADERS).of(step -> items.itemOfInstance(step.processInstanceId()))
            .reads(LeaderMarks.FIELDS, LeaderMarks::of)
            .checks((itemId, marks, step) ->
                StepRefusedException.ifAny(items.markProblems(itemId, marks.cadreIds())))
            .records((itemId, marks, step, task) -> task.getExecution().setVariables(
                items.mark(itemId, marks.cadreIds(), marks.reason(), step.userId()))));
  }

  static SupervisionItemService.Verification verification(FormFields fields) {
    boolean done = fields.choice("rectificationResult", Result.class, "整改核验结果") == Result.DONE;
    String note = fields.requiredText("verificationNote", "请填写核验情况");
    boolean reorder = !done && fields.text("reorder") != null && fields.flag("reorder", "是否再次责令整改");
    LocalDate newDeadline = reorder ? fields.date("newDeadline", "新的整改期限") : null;
    if (reorder && newDeadline == null) {
      throw new StepRefusedException("再次责令整改的，请填写新的整改期限");
    }
    return new SupervisionItemService.Verification(done, note, newDeadline);
  }

  enum Result {
    DONE, NOT_DONE
  }
}
