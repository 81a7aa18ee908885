package cn.gx.safeduty.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Puts a target's graded results before the organisation department, the link form opened on what they always count in. */
@Component
public class SummarizeTargetResultsDelegate implements JavaDelegate {

  private final AssessmentTargets targets;
  private final AssessmentPolicy policy;

  public SummarizeTargetResultsDelegate(AssessmentTargets targets, AssessmentPolicy policy) {
    this.targets = targets;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long targetId = ((Number) execution.getVariable("targetId")).longValue();
    execution.setVariableLocal("targetLabel", targets.targetLabel(targetId));
    execution.setVariableLocal(cn.gx.safeduty.kernel.task.TaskCards.ITEM, targets.targetName(targetId));
    execution.setVariableLocal("targetResults", targets.targetResults(targetId));
    // the link form opens with what a result always counts in (Art 14 ¶1) ticked
    execution.setVariableLocal("countsIn", SpinValues.jsonValue(policy.alwaysCountsIn().stream()
        .map(c -> "\"" + c.name() + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"))).create());
  }
}
