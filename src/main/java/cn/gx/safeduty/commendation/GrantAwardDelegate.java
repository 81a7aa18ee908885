package cn.gx.safeduty.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Enters the award in the cadre's record once the upper level decided it. */
@Component
public class GrantAwardDelegate implements JavaDelegate {

  private final CommendationService nominations;

  public GrantAwardDelegate(CommendationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    nominations.grant(((Number) execution.getVariable("commendationId")).longValue());
  }
}
