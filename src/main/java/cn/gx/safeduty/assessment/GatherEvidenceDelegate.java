package cn.gx.safeduty.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gathers the assessee's evidence from the records and derives the scores it decides. */
@Component
public class GatherEvidenceDelegate implements JavaDelegate {

  private final AssesseeService assessees;

  public GatherEvidenceDelegate(AssesseeService assessees) {
    this.assessees = assessees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariablesLocal(assessees.gatherEvidence(((Number) execution.getVariable("assesseeId")).longValue()));
  }
}
