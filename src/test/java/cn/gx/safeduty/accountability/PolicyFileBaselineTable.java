package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
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

  /** The band, or null where the file has no row. */
  @Override
  public Band band(Ground ground, AccidentGrade accidentGrade, Responsibility responsibility) {
    return BaselineTable.band(dmn.evaluateDecisionTable(decision,
        BaselineTable.inputs(ground, accidentGrade, responsibility)).getSingleResult());
  }
}
