package cn.gx.safeduty.accountability;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes a case as 不予追究: exempted under Art 25, not proceeded against a departed cadre, or a
 * decision revoked on appeal. The reasons are those of the step that led here.
 */
@Component
public class CloseNotPursuedDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;
  private final Clock clock;

  public CloseNotPursuedDelegate(AccountabilityCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    boolean revoked = Boolean.TRUE.equals(execution.getVariable("decisionRevoked"));
    if (!revoked) {
      String why = Boolean.TRUE.equals(execution.getVariable("exempted"))
          ? "依第二十五条不予追究领导责任"
          : "干部已离任，且非失职失责性质恶劣、后果严重，决定不再追究（第二十六条）";
      String remarks = cases.steps(caseId).stream().reduce((a, b) -> b).map(CaseStep::remarks).orElse(null);
      String reasons = why + (remarks != null ? "：" + remarks : "");
      cases.insertDecision(caseId, new Decision(Decision.NOT_PURSUED, null, null, null, "emergency-management",
          CaseVariables.text(execution, "lastStepBy"), null, null, null, reasons, clock.instant()));
    }
    cases.setOutcome(caseId, AccountabilityCase.NOT_PURSUED);
    cases.close(caseId, clock.instant());
  }
}
