package cn.gx.safeduty.accountability;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the decision with its Art 27 factors, next to the recommendation. A sanction outside the
 * deciding group's authority (Art 28) is not taken: the case goes to the group whose it is.
 */
@Component
public class RecordDecisionDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;
  private final Clock clock;

  public RecordDecisionDelegate(AccountabilityCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    Sanction sanction = Sanction.valueOf(CaseVariables.text(execution, "decisionSanction"));
    String group = CaseVariables.text(execution, "lastStepGroup");
    if (!sanction.decidingGroup().equals(group)) {
      execution.setVariable("withinAuthority", false);
      execution.setVariable("decidingGroup", sanction.decidingGroup());
      cases.insertStep(caseId, new CaseStep("Task_RecordDecision", "记录问责决定", group,
          CaseVariables.text(execution, "lastStepBy"), "TRANSFERRED", sanction.name(),
          "拟定的问责方式“" + sanction.chineseName() + "”由" + CaseLabels.group(sanction.decidingGroup())
              + "按照权限决定（第二十八条）", clock.instant()));
      return;
    }
    String kind = CaseVariables.text(execution, "disciplinaryKind");
    Decision decision = new Decision(Decision.DECISION, sanction,
        sanction == Sanction.DISCIPLINARY_SANCTION ? DisciplinaryKind.valueOf(kind) : null,
        cases.latestRecommendation(caseId).map(Recommendation::sanction).orElse(null),
        group,
        CaseVariables.text(execution, "lastStepBy"),
        CaseVariables.text(execution, "postDuties"),
        CaseVariables.text(execution, "dutyPerformance"),
        CaseVariables.text(execution, "dutyConditions"),
        CaseVariables.text(execution, "decisionReasons"),
        clock.instant());
    cases.insertDecision(caseId, decision);
    cases.updateStatus(caseId, CaseStatus.DECIDED);
    execution.setVariable("withinAuthority", true);
    execution.setVariable("decisionLabel", CaseLabels.decision(decision));
  }
}
