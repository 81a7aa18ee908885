package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes a case as 不予追究: exempted under Art 25, not proceeded against a departed cadre, or a
 * decision revoked on appeal. The reasons are those of the step that led here.
 */
@Component
public class CloseNotPursuedDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public CloseNotPursuedDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseLifecycle.NotPursued why = Boolean.TRUE.equals(execution.getVariable("decisionRevoked"))
        ? CaseLifecycle.NotPursued.REVOKED
        : Boolean.TRUE.equals(execution.getVariable("exempted"))
            ? CaseLifecycle.NotPursued.EXEMPTED : CaseLifecycle.NotPursued.DEPARTED;
    lifecycle.closeNotPursued(CaseVariables.caseId(execution), why);
  }
}
