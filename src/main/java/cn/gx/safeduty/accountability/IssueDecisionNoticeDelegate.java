package cn.gx.safeduty.accountability;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the decision notice (问责决定书, a PDF from {@code GET /api/accountability-cases/{id}/notice})
 * once the last deciding group has decided, and the decision takes effect: a 通报 is published at once
 * while the appeal window runs (申诉期间不停止执行).
 */
@Component
public class IssueDecisionNoticeDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public IssueDecisionNoticeDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Measure> inForce = lifecycle.issue(CaseVariables.caseId(execution));
    execution.setVariable("sanctionIsNotice", inForce.stream().anyMatch(m -> m.sanction() == Sanction.NOTICE));
    execution.setVariable("decisionLabel", CaseLabels.measures(inForce));
    // what the carrying out routes on until an appeal is answered: nothing revoked
    execution.setVariable("noticeRevoked", false);
    execution.setVariable("decisionRevoked", false);
  }
}
