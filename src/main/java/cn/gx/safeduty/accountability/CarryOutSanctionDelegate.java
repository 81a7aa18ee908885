package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Carries out the decision in force: the sanction enters the cadre's record and its restrictions
 * start (Art 22 one-vote veto on grounds 20(2) and 20(3)), so eligibility answers no until they end.
 */
@Component
public class CarryOutSanctionDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public CarryOutSanctionDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Sanction sanction = lifecycle.carryOut(CaseVariables.caseId(execution));
    execution.setVariable("sanctionIsNotice", sanction == Sanction.NOTICE);
  }
}
