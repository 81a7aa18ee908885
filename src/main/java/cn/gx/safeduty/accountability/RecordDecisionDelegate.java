package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Takes the decision the deciding group's form gave; a sanction outside the group's authority
 * (Art 28) is not taken, and the case goes to the group whose it is.
 */
@Component
public class RecordDecisionDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public RecordDecisionDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Sanction sanction = Sanction.valueOf(CaseVariables.text(execution, "decisionSanction"));
    String kind = CaseVariables.text(execution, "disciplinaryKind");
    CaseLifecycle.DecisionTaken taken = lifecycle.decide(CaseVariables.caseId(execution),
        new CaseLifecycle.ProposedDecision(sanction,
            sanction == Sanction.DISCIPLINARY_SANCTION ? DisciplinaryKind.valueOf(kind) : null,
            CaseVariables.text(execution, "lastStepGroup"), CaseVariables.text(execution, "lastStepBy"),
            CaseVariables.text(execution, "postDuties"), CaseVariables.text(execution, "dutyPerformance"),
            CaseVariables.text(execution, "dutyConditions"), CaseVariables.text(execution, "decisionReasons")));
    execution.setVariable("withinAuthority", taken.decision() != null);
    if (taken.decision() != null) {
      execution.setVariable("decisionLabel", CaseLabels.decision(taken.decision()));
    } else {
      execution.setVariable("decidingGroup", taken.transferredTo());
    }
  }
}
