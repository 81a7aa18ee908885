package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a case whose sanction has been carried out. */
@Component
public class CloseCaseDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public CloseCaseDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.close(CaseVariables.caseId(execution));
  }
}
