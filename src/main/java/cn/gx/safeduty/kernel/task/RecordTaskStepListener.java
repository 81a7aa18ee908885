package cn.gx.safeduty.kernel.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The complete listener of every user task of SafeDuty's models: has the step the guard accepted write
 * itself down ({@link Step}), with the record and value the guard read. A completion that did not pass
 * the guard is refused, so a way into a task the guard does not know fails instead of going through
 * unchecked.
 */
@Component
public class RecordTaskStepListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    AcceptedSteps.take(task.getId())
        .orElseThrow(() -> new StepRefusedException("此任务只能通过办理或提交表单完成"))
        .record(task);
  }
}
