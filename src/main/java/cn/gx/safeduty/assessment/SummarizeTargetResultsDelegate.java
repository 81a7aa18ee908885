package cn.gx.safeduty.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts a target's graded results before the organisation department. */
@Component
public class SummarizeTargetResultsDelegate implements JavaDelegate {

  private final AssessmentTargets targets;

  public SummarizeTargetResultsDelegate(AssessmentTargets targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long targetId = ((Number) execution.getVariable("targetId")).longValue();
    execution.setVariableLocal("targetLabel", targets.targetLabel(targetId));
    execution.setVariableLocal("targetResults", targets.targetResults(targetId));
  }
}
