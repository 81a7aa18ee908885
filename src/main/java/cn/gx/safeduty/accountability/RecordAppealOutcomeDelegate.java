package cn.gx.safeduty.accountability;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every group whose measure the appeal contested has answered (each answer is recorded with its
 * task): the decision stands, amended, or — no measure left in force — it is revoked.
 */
@Component
public class RecordAppealOutcomeDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public RecordAppealOutcomeDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Measure> inForce = lifecycle.appealAnswered(CaseVariables.caseId(execution));
    execution.setVariable("decisionRevoked", inForce.isEmpty());
    execution.setVariable("sanctionIsNotice", inForce.stream().anyMatch(m -> m.sanction() == Sanction.NOTICE));
    execution.setVariable("decisionLabel", inForce.isEmpty() ? "撤销原问责决定" : CaseLabels.measures(inForce));
  }
}
