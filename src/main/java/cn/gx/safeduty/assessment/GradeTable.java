package cn.gx.safeduty.assessment;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The grade a weighted total earns, from the deployed assessment-grade table (policy default thresholds). */
@Component
public class GradeTable {

  static final String DECISION_KEY = "assessment-grade";

  private final DecisionService decisions;

  public GradeTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Grade grade(BigDecimal total) {
    var result = decisions.evaluateDecisionTableByKey(DECISION_KEY, inputs(total)).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("The grade table " + DECISION_KEY + " has no row for " + total);
    }
    return Grade.valueOf(result.getSingleEntry().toString());
  }

  static Map<String, Object> inputs(BigDecimal total) {
    return Map.of("total", total.doubleValue());
  }
}
