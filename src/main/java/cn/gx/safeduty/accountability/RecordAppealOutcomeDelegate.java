package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the deciding group's answer to an appeal: the decision upheld, changed or revoked. */
@Component
public class RecordAppealOutcomeDelegate implements JavaDelegate {

  private final CaseLifecycle lifecycle;

  public RecordAppealOutcomeDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AppealOutcome outcome = AppealOutcome.valueOf(CaseVariables.text(execution, "appealOutcome"));
    Sanction changed = null;
    DisciplinaryKind kind = null;
    if (outcome == AppealOutcome.CHANGE) {
      changed = Sanction.valueOf(CaseVariables.text(execution, "appealSanction"));
      if (changed == Sanction.DISCIPLINARY_SANCTION) {
        kind = DisciplinaryKind.valueOf(CaseVariables.text(execution, "appealDisciplinaryKind"));
      }
    }
    Decision answer = lifecycle.answerAppeal(CaseVariables.caseId(execution), new CaseLifecycle.AppealAnswer(outcome,
        changed, kind, CaseVariables.text(execution, "lastStepGroup"), CaseVariables.text(execution, "lastStepBy"),
        CaseVariables.text(execution, "appealDecisionReasons")));
    execution.setVariable("decisionRevoked", answer.sanction() == null);
    execution.setVariable("sanctionIsNotice", answer.sanction() == Sanction.NOTICE);
    execution.setVariable("decisionLabel", CaseLabels.decision(answer));
  }
}
