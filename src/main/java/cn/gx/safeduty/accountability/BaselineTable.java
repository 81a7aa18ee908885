package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;

/** The baseline band for a case (policy default, kept in the DMN table {@code accountability-baseline}). */
public interface BaselineTable {

  String DECISION_KEY = "accountability-baseline";

  Band band(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility);

  /** The table's inputs: the codes, null where not given (the other grounds match any grade and degree). */
  static Map<String, Object> inputs(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("ground", ground.name());
    inputs.put("accidentGrade", accidentGrade != null ? accidentGrade.name() : null);
    inputs.put("responsibility", responsibility != null ? responsibility.name() : null);
    return inputs;
  }

  /** The band of the matching row, or null when no row matches. */
  static Band band(DmnDecisionRuleResult row) {
    if (row == null) {
      return null;
    }
    return new Band(((Number) row.get("bandLow")).intValue(), ((Number) row.get("bandHigh")).intValue());
  }
}
