package cn.gx.safeduty.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped rating table (processes/inspection-rating.dmn) at each of its rows and their edges. */
class InspectionRatingTableTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final DmnDecision DECISION = parse();

  static DmnDecision parse() {
    try (InputStream in = new FileInputStream("processes/inspection-rating.dmn")) {
      return DMN.parseDecision(RatingTable.DECISION_KEY, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "not {0}, partly {1}, overdue {2}, lists missing {3} → {4}")
  @CsvSource({
      "0, 0, 0, 0, GOOD",
      "0, 1, 0, 0, FAIRLY_GOOD",
      "0, 2, 0, 0, FAIRLY_GOOD",
      "0, 3, 0, 0, AVERAGE",
      "0, 0, 0, 1, AVERAGE",
      "0, 0, 1, 0, AVERAGE",
      "1, 0, 0, 0, AVERAGE",
      "1, 6, 1, 2, AVERAGE",
      "2, 0, 0, 0, POOR",
      "0, 0, 2, 0, POOR",
      "3, 4, 5, 2, POOR"})
  void ratesByTheFirstMatchingRow(int notFulfilled, int partly, int overdue, int missing, Rating rating) {
    var result = DMN.evaluateDecisionTable(DECISION,
        new RatingCounts(notFulfilled, partly, overdue, missing).inputs()).getSingleResult();
    assertThat(Rating.valueOf(result.getSingleEntry().toString())).isEqualTo(rating);
  }
}
