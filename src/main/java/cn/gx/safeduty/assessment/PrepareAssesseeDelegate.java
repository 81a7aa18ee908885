package cn.gx.safeduty.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Names the assessee for the forms of its steps: who, where, which roles. */
@Component
public class PrepareAssesseeDelegate implements JavaDelegate {

  private final AssessmentTargets targets;

  public PrepareAssesseeDelegate(AssessmentTargets targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long assesseeId = ((Number) execution.getVariable("assesseeId")).longValue();
    execution.setVariableLocal("assesseeLabel", targets.assesseeLabel(assesseeId));
    execution.setVariableLocal(cn.gx.safeduty.kernel.task.TaskCards.ITEM, targets.assesseeCard(assesseeId));
  }
}
