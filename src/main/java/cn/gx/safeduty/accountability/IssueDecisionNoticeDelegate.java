package cn.gx.safeduty.accountability;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the decision notice (问责决定书): the case is decided, the notice is available as a PDF
 * from {@code GET /api/accountability-cases/{id}/notice}, and the appeal window starts.
 */
@Component
public class IssueDecisionNoticeDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;
  private final AccountabilityPolicy policy;
  private final Clock clock;

  public IssueDecisionNoticeDelegate(AccountabilityCaseRepository cases, AccountabilityPolicy policy, Clock clock) {
    this.cases = cases;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    cases.updateStatus(caseId, CaseStatus.DECIDED);
    cases.insertStep(caseId, new CaseStep("Task_IssueDecisionNotice", "制发问责决定书", null, "system", "ISSUED", null,
        "申诉期 " + policy.getAppealWindow(), clock.instant()));
  }
}
