package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Rates the target by the policy table once its rectifications are settled. */
@Component
public class RateTargetDelegate implements JavaDelegate {

  private final TargetInspection targets;

  public RateTargetDelegate(TargetInspection targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariablesLocal(targets.rate(((Number) execution.getVariable("targetId")).longValue()));
  }
}
