package cn.gx.safeduty.accountability;

import cn.gx.safeduty.accident.AccidentGrade;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The baseline band from the deployed DMN table (latest version), evaluated through the engine so
 * every evaluation is in the decision history Cockpit shows.
 */
@Component
public class DmnBaselineTable implements BaselineTable {

  private final DecisionService decisions;

  public DmnBaselineTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public Band band(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("ground", ground.name());
    inputs.put("accidentGrade", accidentGrade != null ? accidentGrade.name() : null);
    inputs.put("responsibility", responsibility != null ? responsibility.name() : null);
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY, inputs).getSingleResult();
    if (row == null) {
      throw new IllegalStateException("The baseline table " + DECISION_KEY + " has no row for " + inputs);
    }
    return new Band(((Number) row.get("bandLow")).intValue(), ((Number) row.get("bandHigh")).intValue());
  }
}
