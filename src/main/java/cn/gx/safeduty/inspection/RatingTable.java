package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The rating from the deployed inspection-rating table (latest version), in the decision history Cockpit shows. */
@Component
public class RatingTable {

  static final String DECISION_KEY = "inspection-rating";

  private final DecisionService decisions;

  public RatingTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Rating rate(RatingCounts counts) {
    var result = decisions.evaluateDecisionTableByKey(DECISION_KEY, counts.inputs()).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("The rating table " + DECISION_KEY + " has no row for " + counts);
    }
    return Rating.valueOf(result.getSingleEntry().toString());
  }
}
