package cn.gx.safeduty.accountability;

import cn.gx.safeduty.registry.SafetyRecord;
import cn.gx.safeduty.registry.SafetyRecordService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Carries out the decision in force: enters the sanction in the cadre's record and starts its
 * restrictions (Art 22 one-vote veto on grounds 20(2) and 20(3)), so eligibility answers no until
 * they end.
 */
@Component
public class CarryOutSanctionDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;
  private final SafetyRecordService records;
  private final AccountabilityPolicy policy;
  private final Clock clock;

  public CarryOutSanctionDelegate(AccountabilityCaseRepository cases, SafetyRecordService records,
      AccountabilityPolicy policy, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    AccountabilityCase c = cases.find(caseId).orElseThrow();
    Decision decision = cases.latestDecision(caseId).orElseThrow();
    Sanction sanction = decision.sanction();
    LocalDate decidedOn = LocalDate.ofInstant(decision.decidedAt(), clock.getZone());

    records.addSanction(c.cadreId(), sanction.name(), "21", decidedOn, c.caseNumber());
    for (RestrictionTerm term : new RestrictionPolicy(policy.getRestrictions())
        .terms(sanction, decision.disciplinaryKind(), c.ground(), decidedOn)) {
      records.addRestriction(c.cadreId(), new SafetyRecord.Restriction(term.kind(), term.article(), term.scope(),
          term.startsOn(), term.endsOn(), c.caseNumber()));
    }
    cases.setOutcome(caseId, sanction.name());
    execution.setVariable("sanctionIsNotice", sanction == Sanction.NOTICE);
  }
}
