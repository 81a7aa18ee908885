package cn.gx.safeduty.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the Art 19 cases the review of a failing grade decided on. */
@Component
public class OpenAssessmentCasesDelegate implements JavaDelegate {

  private final AssesseeService assessees;

  public OpenAssessmentCasesDelegate(AssesseeService assessees) {
    this.assessees = assessees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessees.openCases(((Number) execution.getVariable("assesseeId")).longValue());
  }
}
