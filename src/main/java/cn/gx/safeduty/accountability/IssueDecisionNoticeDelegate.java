package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the decision notice (问责决定书): available as a PDF from
 * {@code GET /api/accountability-cases/{id}/notice}; the appeal window starts.
 */
@Component
public class IssueDecisionNoticeDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public IssueDecisionNoticeDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.issueNotice(CaseVariables.caseId(execution));
  }
}
