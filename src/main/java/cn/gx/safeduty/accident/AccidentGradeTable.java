package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The grade from the deployed DMN table {@code accident-grade} (thresholds of Decree 493, editable). */
@Component
public class AccidentGradeTable {

  public static final String DECISION_KEY = "accident-grade";

  private final DecisionService decisions;

  public AccidentGradeTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  public AccidentGrade grade(int deaths, int seriousInjuries, BigDecimal directLoss) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY, inputs(deaths, seriousInjuries, directLoss))
        .getFirstResult();
    return grade(row);
  }

  public static Map<String, Object> inputs(int deaths, int seriousInjuries, BigDecimal directLoss) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("deaths", deaths);
    inputs.put("seriousInjuries", seriousInjuries);
    inputs.put("directLoss", directLoss.doubleValue());
    return inputs;
  }

  public static AccidentGrade grade(DmnDecisionRuleResult row) {
    if (row == null) {
      throw new IllegalStateException("The table " + DECISION_KEY + " gave no grade");
    }
    return AccidentGrade.valueOf(row.getSingleEntry().toString());
  }
}
