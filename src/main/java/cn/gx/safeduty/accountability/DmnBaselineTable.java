package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.util.Map;
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
    Map<String, Object> inputs = BaselineTable.inputs(ground, accidentGrade, responsibility);
    Band band = BaselineTable.band(decisions.evaluateDecisionTableByKey(DECISION_KEY, inputs).getSingleResult());
    if (band == null) {
      throw new IllegalStateException("The baseline table " + DECISION_KEY + " has no row for " + inputs);
    }
    return band;
  }
}
