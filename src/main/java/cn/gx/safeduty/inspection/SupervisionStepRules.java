package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The supervision item's steps: a verification (done, or not done and perhaps re-ordered with a
 * new deadline) and the inspecting level's urging of an overdue item. The item is the one the
 * instance belongs to, never one a completion names.
 */
@Component
public class SupervisionStepRules implements StepRules {

  private final SupervisionItemService items;

  public SupervisionStepRules(SupervisionItemService items) {
    this.items = items;
  }

  @Override
  public String processKey() {
    return SupervisionItemService.PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    switch (step.taskKey()) {
      case SupervisionTasks.VERIFY_RECTIFICATION -> {
        var verification = verification(fields);
        List<String> problems = items.verificationProblems(itemOf(step), verification);
        if (!problems.isEmpty()) {
          throw new StepRefusedException(String.join("；", problems));
        }
      }
      case SupervisionTasks.URGE_OVERDUE_ITEM -> fields.requiredText("urgeNote", "请填写督办意见");
      case SupervisionTasks.MARK_ITEM_LEADERS -> {
        List<Long> marked = fields.ids("markedCadreIds", "所选干部");
        if (!marked.isEmpty()) {
          fields.requiredText("markReason", "认定领导干部未履职的，请写明认定理由");
        }
        List<String> problems = items.markProblems(itemOf(step), marked);
        if (!problems.isEmpty()) {
          throw new StepRefusedException(String.join("；", problems));
        }
      }
      default -> {
      }
    }
  }

  @Override
  public void record(TaskStep step, FormFields fields, DelegateTask task) {
    long itemId = ((Number) task.getExecution().getVariable("itemId")).longValue();
    switch (step.taskKey()) {
      case SupervisionTasks.VERIFY_RECTIFICATION ->
          task.getExecution().setVariables(items.verify(itemId, verification(fields), step.userId()));
      case SupervisionTasks.URGE_OVERDUE_ITEM ->
          items.urge(itemId, fields.requiredText("urgeNote", "请填写督办意见"), step.userId());
      case SupervisionTasks.MARK_ITEM_LEADERS -> task.getExecution().setVariables(items.mark(itemId,
          fields.ids("markedCadreIds", "所选干部"), fields.text("markReason"), step.userId()));
      default -> {
      }
    }
  }

  private long itemOf(TaskStep step) {
    return items.itemOfInstance(step.processInstanceId());
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
