package cn.gx.safeduty.accountability;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a case whose sanction has been carried out. */
@Component
public class CloseCaseDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;
  private final Clock clock;

  public CloseCaseDelegate(AccountabilityCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.close(CaseVariables.caseId(execution), clock.instant());
  }
}
