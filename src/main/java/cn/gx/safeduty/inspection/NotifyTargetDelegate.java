package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Issues the target's notice and gives its tasks what they show and offer, in the target's own scope. */
@Component
public class NotifyTargetDelegate implements JavaDelegate {

  private final TargetInspection targets;

  public NotifyTargetDelegate(TargetInspection targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariablesLocal(targets.notifyTarget(((Number) execution.getVariable("targetId")).longValue()));
  }
}
