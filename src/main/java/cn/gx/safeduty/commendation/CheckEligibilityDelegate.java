package cn.gx.safeduty.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the nominee's eligibility now (Art 22, open cases); a blocked nomination stops with its reasons. */
@Component
public class CheckEligibilityDelegate implements JavaDelegate {

  private final CommendationService nominations;

  public CheckEligibilityDelegate(CommendationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(nominations.checkEligibility(((Number) execution.getVariable("commendationId")).longValue()));
  }
}
