package cn.gx.safeduty.accident;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of the accident follow-up's user tasks: checks what the step requires and notes who did it. */
@Component
public class CheckAccidentTaskListener implements TaskListener {

  private final AccidentPolicy policy;

  public CheckAccidentTaskListener(AccidentPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      AccidentTaskRules.check(task.getTaskDefinitionKey(), task::getVariable, policy.getInvestigation().getMaxExtension());
    } catch (IllegalArgumentException invalid) {
      throw new BadUserRequestException(invalid.getMessage());
    }
    String user = task.getAssignee() != null ? task.getAssignee() : "system";
    task.getExecution().setVariable("lastFollowUp", task.getTaskDefinitionKey());
    if (task.getTaskDefinitionKey().equals("Task_ConfirmReportingFailure")) {
      task.getExecution().setVariable("reportingConfirmedBy", user);
    }
  }
}
