package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.Articles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the rules (Art 21-28) to the case's current facts; the gateways route on what they say, the forms show it. */
@Component
public class RecommendSanctionDelegate implements JavaDelegate {

  /** The proposal field of each department's review form. */
  static final java.util.Map<String, String> REVIEW_PROPOSALS = java.util.Map.of(
      "emProposedSanction", cn.gx.safeduty.kernel.SafeDutyGroup.EMERGENCY_MANAGEMENT.id(),
      "diProposedSanction", cn.gx.safeduty.kernel.SafeDutyGroup.DISCIPLINE_INSPECTION.id(),
      "orgProposedSanction", cn.gx.safeduty.kernel.SafeDutyGroup.ORGANIZATION.id());

  private final CaseLifecycle lifecycle;

  public RecommendSanctionDelegate(CaseLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseLifecycle.Recommended done = lifecycle.recommend(CaseVariables.caseId(execution),
        execution.getProcessInstanceId());
    AccountabilityCase c = done.c();
    Recommendation r = done.recommendation();
    execution.setVariable("exempted", r.exempted());
    execution.setVariable("departureNeedsDecision", r.departureNeedsDecision());
    execution.setVariable("suspectedDutyCrime", c.facts().suspectedDutyCrime());
    execution.setVariable("caseNumber", c.caseNumber());
    execution.setVariable("cadreLabel", CaseLabels.cadre(done.cadre()));
    execution.setVariable("groundLabel", CaseLabels.ground(c));
    execution.setVariable("summary", c.summary());
    execution.setVariable("factsLabel", CaseLabels.facts(c.facts()));
    execution.setVariable("recommendationLabel", CaseLabels.recommendation(r, false));
    execution.setVariable("articlesLabel", Articles.chinese(r.articles()));
    // each review form opens with what the rules recommend for that department, or none
    for (var field : REVIEW_PROPOSALS.entrySet()) {
      execution.setVariable(field.getKey(), r.sanction() != null && r.decidingGroup().equals(field.getValue())
          ? r.sanction().name() : AccountabilitySteps.NO_MEASURE);
    }
  }
}
