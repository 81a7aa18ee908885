package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped thresholds of processes/accident-grade.dmn at every boundary (Decree 493: "以上" includes the number). */
class AccidentGradeTableTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final DmnDecision DECISION = parse();

  static DmnDecision parse() {
    try (InputStream in = new FileInputStream("processes/accident-grade.dmn")) {
      return DMN.parseDecision(AccidentGradeTable.DECISION_KEY, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static AccidentGrade grade(int deaths, int injuries, String loss) {
    return AccidentGradeTable.grade(DMN.evaluateDecisionTable(DECISION,
        AccidentGradeTable.inputs(deaths, injuries, new BigDecimal(loss))).getFirstResult());
  }

  @ParameterizedTest(name = "{0} deaths → {1}")
  @CsvSource({"0, ORDINARY", "2, ORDINARY", "3, RELATIVELY_MAJOR", "9, RELATIVELY_MAJOR", "10, MAJOR", "29, MAJOR",
      "30, EXTRAORDINARILY_MAJOR", "300, EXTRAORDINARILY_MAJOR"})
  void deaths(int deaths, AccidentGrade grade) {
    assertThat(grade(deaths, 0, "0")).isEqualTo(grade);
  }

  @ParameterizedTest(name = "{0} serious injuries → {1}")
  @CsvSource({"9, ORDINARY", "10, RELATIVELY_MAJOR", "49, RELATIVELY_MAJOR", "50, MAJOR", "99, MAJOR",
      "100, EXTRAORDINARILY_MAJOR"})
  void seriousInjuries(int injuries, AccidentGrade grade) {
    assertThat(grade(0, injuries, "0")).isEqualTo(grade);
  }

  @ParameterizedTest(name = "{0} CNY → {1}")
  @CsvSource({"9999999.99, ORDINARY", "10000000, RELATIVELY_MAJOR", "49999999.99, RELATIVELY_MAJOR",
      "50000000, MAJOR", "99999999.99, MAJOR", "100000000, EXTRAORDINARILY_MAJOR"})
  void directLoss(String loss, AccidentGrade grade) {
    assertThat(grade(0, 0, loss)).isEqualTo(grade);
  }

  @ParameterizedTest(name = "{0}/{1}/{2} → {3}")
  @CsvSource({"2, 50, 0, MAJOR", "3, 0, 100000000, EXTRAORDINARILY_MAJOR", "10, 9, 9999999, MAJOR",
      "1, 1, 10000000, RELATIVELY_MAJOR"})
  void theHighestMeasureDecides(int deaths, int injuries, String loss, AccidentGrade grade) {
    assertThat(grade(deaths, injuries, loss)).isEqualTo(grade);
  }
}
