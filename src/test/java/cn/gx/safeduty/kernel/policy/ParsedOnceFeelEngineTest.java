package cn.gx.safeduty.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.feel.valuemapper.ValueMapper;
import org.junit.jupiter.api.Test;

/** The parse-once FEEL engine answers every policy table exactly as Camunda's stock engine does. */
class ParsedOnceFeelEngineTest {

  private static final List<String> GROUNDS = List.of("DUTY_FAILURE", "OBSTRUCTION", "REPORTING_FAILURE",
      "ACCIDENT_RESPONSIBILITY", "OTHER");
  private static final List<String> GRADES = List.of("ORDINARY", "RELATIVELY_MAJOR", "MAJOR",
      "EXTRAORDINARILY_MAJOR");
  private static final List<String> DEGREES = List.of("MAIN", "IMPORTANT", "GENERAL");

  private final DmnEngine stock = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final DmnEngine parsedOnce = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
      .createDefaultDmnEngineConfiguration()).feelEngineFactory(new ParsedOnceFeelEngineFactory(List::of))
      .buildEngine();

  @Test
  void answersTheBaselineTableAsTheStockEngineDoesForEveryCase() throws Exception {
    List<Map<String, Object>> cases = new ArrayList<>();
    for (String ground : GROUNDS) {
      for (String grade : GRADES) {
        for (String degree : DEGREES) {
          Map<String, Object> inputs = new LinkedHashMap<>();
          inputs.put("ground", ground);
          inputs.put("accidentGrade", ground.equals("ACCIDENT_RESPONSIBILITY") ? grade : null);
          inputs.put("responsibility", degree);
          cases.add(inputs);
        }
      }
    }
    assertSameAnswers("accountability-baseline", cases);
  }

  @Test
  void answersTheNumericTablesAsTheStockEngineDoes() throws Exception {
    List<Map<String, Object>> accidents = new ArrayList<>();
    for (int deaths : new int[] {0, 2, 3, 9, 10, 29, 30}) {
      for (int injuries : new int[] {0, 9, 10, 50, 100}) {
        for (double loss : new double[] {0, 9_999_999.99, 10_000_000, 50_000_000, 100_000_000}) {
          accidents.add(Map.of("deaths", deaths, "seriousInjuries", injuries, "directLoss", loss));
        }
      }
    }
    assertSameAnswers("accident-grade", accidents);
    List<Map<String, Object>> totals = new ArrayList<>();
    for (double total = 0; total <= 100; total += 2.5) {
      totals.add(Map.of("total", total));
    }
    assertSameAnswers("assessment-grade", totals);
    List<Map<String, Object>> tours = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      for (int p = 0; p < 4; p++) {
        tours.add(Map.of("notFulfilled", n, "partlyFulfilled", p, "overdueRectifications", n % 2,
            "missingDutyLists", p % 2));
      }
    }
    assertSameAnswers("inspection-rating", tours);
  }

  @Test
  void parsesAnExpressionOnceAndKeepsItsFailureToo() {
    ParsedOnceFeelEngine engine = new ParsedOnceFeelEngine(
        org.camunda.feel.context.FunctionProvider.EmptyFunctionProvider$.MODULE$,
        ValueMapper.defaultValueMapper());
    assertThat(engine.parseUnaryTests("\"MAIN\"")).isSameAs(engine.parseUnaryTests("\"MAIN\""));
    assertThat(engine.parseExpression("1 + 1")).isSameAs(engine.parseExpression("1 + 1"));
    assertThat(engine.parseExpression("1 +").isLeft()).isTrue();
    assertThat(engine.parseExpression("1 +")).isSameAs(engine.parseExpression("1 +"));
    assertThat(engine.evalExpression("1 + 1", java.util.Map.<String, Object>of()).toOption().get())
        .isEqualTo(engine.evalExpression("1 + 1", java.util.Map.<String, Object>of()).toOption().get());
  }

  private void assertSameAnswers(String decisionKey, List<Map<String, Object>> cases) throws Exception {
    Path file = Path.of("processes", decisionKey + ".dmn");
    DmnDecision ours;
    DmnDecision theirs;
    try (InputStream in = Files.newInputStream(file)) {
      ours = parsedOnce.parseDecision(decisionKey, in);
    }
    try (InputStream in = Files.newInputStream(file)) {
      theirs = stock.parseDecision(decisionKey, in);
    }
    for (int round = 0; round < 2; round++) { // the second round answers from parsed expressions
      for (Map<String, Object> inputs : cases) {
        assertThat(parsedOnce.evaluateDecisionTable(ours, inputs).getResultList())
            .as(decisionKey + " " + inputs)
            .isEqualTo(stock.evaluateDecisionTable(theirs, inputs).getResultList());
      }
    }
  }
}
