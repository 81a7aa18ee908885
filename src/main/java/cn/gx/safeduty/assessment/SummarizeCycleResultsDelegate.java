package cn.gx.safeduty.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts every target's results before emergency management for publication (Art 16). */
@Component
public class SummarizeCycleResultsDelegate implements JavaDelegate {

  private final AssessmentTargets targets;

  public SummarizeCycleResultsDelegate(AssessmentTargets targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("cycleResults", targets.cycleResults(((Number) execution.getVariable("cycleId")).longValue()));
  }
}
