package cn.gx.safeduty.accountability;

import cn.gx.safeduty.accident.AccidentGrade;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The shipped policy file {@code processes/accountability-baseline.dmn}, evaluated by the standalone DMN engine (no process engine). */
final class PolicyFileBaselineTable implements BaselineTable {

  static final String FILE = "processes/accountability-baseline.dmn";

  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final DmnDecision decision;

  PolicyFileBaselineTable() {
    try (InputStream in = new FileInputStream(FILE)) {
      decision = dmn.parseDecision(DECISION_KEY, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Band band(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("ground", ground.name());
    inputs.put("accidentGrade", accidentGrade != null ? accidentGrade.name() : null);
    inputs.put("responsibility", responsibility != null ? responsibility.name() : null);
    DmnDecisionRuleResult row = dmn.evaluateDecisionTable(decision, inputs).getSingleResult();
    if (row == null) {
      return null;
    }
    return new Band(((Number) row.get("bandLow")).intValue(), ((Number) row.get("bandHigh")).intValue());
  }
}
