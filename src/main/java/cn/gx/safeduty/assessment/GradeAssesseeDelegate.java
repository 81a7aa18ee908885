package cn.gx.safeduty.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Grades the assessee from the total by the policy table, with the Art 22 caps. */
@Component
public class GradeAssesseeDelegate implements JavaDelegate {

  private final AssesseeService assessees;

  public GradeAssesseeDelegate(AssesseeService assessees) {
    this.assessees = assessees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariablesLocal(assessees.grade(((Number) execution.getVariable("assesseeId")).longValue()));
  }
}
