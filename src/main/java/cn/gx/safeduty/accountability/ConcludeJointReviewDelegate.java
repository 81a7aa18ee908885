package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The joint review is over (Art 28): the decision forms show its opinions, and the decision gateway
 * routes on the groups whose measures were proposed ({@link CaseDecisions#decidingGroups}). Runs as
 * the deciding gateway is reached, once, whichever review finished last.
 */
@Component
public class ConcludeJointReviewDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;

  public ConcludeJointReviewDelegate(AccountabilityCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    var steps = cases.steps(caseId);
    execution.setVariable("reviewOpinionsLabel", CaseLabels.reviews(steps));
    execution.setVariable("decidingGroups", String.join(",",
        CaseDecisions.decidingGroups(steps, cases.latestRecommendation(caseId).orElseThrow())));
    // what the gateway after the decisions routes on; each decision of a measure sets it
    execution.setVariable(AccountabilitySteps.MEASURES_DECIDED, false);
  }
}
