package cn.gx.safeduty.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the nomination on public notice for the policy's working days. */
@Component
public class StartNoticeDelegate implements JavaDelegate {

  private final CommendationService nominations;

  public StartNoticeDelegate(CommendationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(nominations.startNotice(((Number) execution.getVariable("commendationId")).longValue()));
  }
}
