package cn.gx.safeduty.accountability;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every group whose measure the appeal contested has answered (each answer is recorded with its
 * task): the decision stands, amended, or — no measure left in force — it is revoked. A 通报 revoked
 * on appeal is not published, or, published already, is withdrawn by a correcting notice.
 */
@Component
public class RecordAppealOutcomeDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public RecordAppealOutcomeDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseLifecycle.AppealSettled settled = lifecycle.appealAnswered(CaseVariables.caseId(execution));
    List<Measure> inForce = settled.inForce();
    execution.setVariable("decisionRevoked", inForce.isEmpty());
    // a 通报 not yet published is no longer published (Event_NoticeRevoked); a published one is withdrawn
    execution.setVariable("noticeRevoked", settled.noticeRevoked());
    execution.setVariable("noticeToWithdraw", settled.noticePublished());
    execution.setVariable("decisionLabel", inForce.isEmpty() ? "撤销原问责决定" : CaseLabels.measures(inForce));
  }
}
