package cn.gx.safeduty.accountability;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the deciding group's answer to an appeal: the decision upheld, changed or revoked. */
@Component
public class RecordAppealOutcomeDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;
  private final Clock clock;

  public RecordAppealOutcomeDelegate(AccountabilityCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    Decision inForce = cases.latestDecision(caseId).orElseThrow();
    String outcome = CaseVariables.text(execution, "appealOutcome");
    String group = CaseVariables.text(execution, "lastStepGroup");
    String by = CaseVariables.text(execution, "lastStepBy");
    String reasons = CaseVariables.text(execution, "appealDecisionReasons");
    Decision answer = switch (outcome) {
      case "UPHOLD" -> new Decision(Decision.APPEAL_UPHELD, inForce.sanction(), inForce.disciplinaryKind(),
          inForce.recommended(), group, by, null, null, null, reasons, clock.instant());
      case "CHANGE" -> {
        Sanction changed = Sanction.valueOf(CaseVariables.text(execution, "appealSanction"));
        String kind = CaseVariables.text(execution, "appealDisciplinaryKind");
        yield new Decision(Decision.APPEAL_CHANGED, changed,
            changed == Sanction.DISCIPLINARY_SANCTION ? DisciplinaryKind.valueOf(kind) : null,
            inForce.recommended(), group, by, null, null, null, reasons, clock.instant());
      }
      case "REVOKE" -> new Decision(Decision.APPEAL_REVOKED, null, null, inForce.recommended(), group, by, null, null,
          null, reasons, clock.instant());
      default -> throw new IllegalStateException("Unknown appeal outcome " + outcome);
    };
    cases.insertDecision(caseId, answer);
    cases.updateStatus(caseId, CaseStatus.DECIDED);
    execution.setVariable("decisionRevoked", answer.sanction() == null);
    execution.setVariable("decisionLabel", CaseLabels.decision(answer));
  }
}
