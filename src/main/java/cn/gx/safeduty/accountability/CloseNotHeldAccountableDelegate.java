package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a case in which, after review, no deciding group decided a measure (不予问责). */
@Component
public class CloseNotHeldAccountableDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public CloseNotHeldAccountableDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.closeNotHeldAccountable(CaseVariables.caseId(execution));
  }
}
