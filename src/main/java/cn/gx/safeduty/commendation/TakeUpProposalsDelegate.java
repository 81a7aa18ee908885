package cn.gx.safeduty.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts a nomination for every pending Art 18 proposal of the assessments. */
@Component
public class TakeUpProposalsDelegate implements JavaDelegate {

  private final CommendationService nominations;

  public TakeUpProposalsDelegate(CommendationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("nominationsStarted", nominations.takeUpProposals(CommendationService.SYSTEM_USER).size());
  }
}
