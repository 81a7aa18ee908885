package cn.gx.safeduty.kernel.task;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The complete listener of every user task: hands the completion the guard accepted to its
 * procedure's {@link StepRules#record}. A completion that did not pass the guard is refused, so a
 * way into a task the guard does not know fails instead of going through unchecked.
 */
@Component
public class RecordTaskStepListener implements TaskListener {

  private final StepRulesRegistry rules;

  public RecordTaskStepListener(StepRulesRegistry rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    Optional<Step<?, ?>.Accepted> declared = AcceptedSteps.take(task.getId());
    if (declared.isPresent()) {
      declared.get().record(task);
      return;
    }
    TaskSubmissionGuard.Accepted accepted = TaskSubmissionGuard.accepted(task.getId())
        .orElseThrow(() -> new StepRefusedException("此任务只能通过办理或提交表单完成"));
    rules.find(accepted.step().processKey())
        .ifPresent(r -> r.record(accepted.step(), accepted.fields(), task));
  }
}
