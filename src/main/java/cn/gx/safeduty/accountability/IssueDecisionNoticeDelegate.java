package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the decision notice (问责决定书, a PDF from {@code GET /api/accountability-cases/{id}/notice})
 * and the decision takes effect; the appeal window starts.
 */
@Component
public class IssueDecisionNoticeDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public IssueDecisionNoticeDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Sanction sanction = lifecycle.issue(CaseVariables.caseId(execution));
    execution.setVariable("sanctionIsNotice", sanction == Sanction.NOTICE);
  }
}
