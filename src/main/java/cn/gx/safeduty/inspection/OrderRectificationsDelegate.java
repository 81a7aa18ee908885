package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns the target's findings with a rectification into supervision items, which the tour then calls. */
@Component
public class OrderRectificationsDelegate implements JavaDelegate {

  private final TargetInspection targets;

  public OrderRectificationsDelegate(TargetInspection targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long targetId = ((Number) execution.getVariable("targetId")).longValue();
    execution.setVariableLocal("rectificationsOrdered", !targets.orderRectifications(targetId).isEmpty());
  }
}
