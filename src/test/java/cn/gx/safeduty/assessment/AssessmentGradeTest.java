package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.registry.Eligibility;
import cn.gx.safeduty.registry.RestrictionKind;
import cn.gx.safeduty.registry.Barred;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped grade thresholds at each boundary, and both caps of Art 22 on an 优秀. */
class AssessmentGradeTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final DmnDecision DECISION = parse();

  static DmnDecision parse() {
    try (InputStream in = new FileInputStream("processes/assessment-grade.dmn")) {
      return DMN.parseDecision(GradeTable.DECISION_KEY, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.99, QUALIFIED", "75, QUALIFIED", "74.99, BASICALLY_QUALIFIED",
      "60, BASICALLY_QUALIFIED", "59.99, UNQUALIFIED", "0, UNQUALIFIED"})
  void theTotalEarnsItsGrade(String total, Grade grade) {
    var result = DMN.evaluateDecisionTable(DECISION, GradeTable.inputs(new BigDecimal(total))).getSingleResult();
    assertThat(Grade.valueOf(result.getSingleEntry().toString())).isEqualTo(grade);
  }

  static final List<Barred> ART_22 = List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT,
      Barred.PROMOTION);

  static Eligibility.Blocking restriction(List<Barred> bars) {
    return new Eligibility.Blocking(RestrictionKind.values()[0], "22", bars, "", LocalDate.of(2027, 6, 30),
        "问责〔2026〕0003", "通报");
  }

  @Test
  void aRestrictionCoveringExcellenceCapsAnExcellentAtQualified() {
    var capped = GradeCaps.apply(Grade.EXCELLENT, List.of(restriction(ART_22)), List.of());
    assertThat(capped.grade()).isEqualTo(Grade.QUALIFIED);
    assertThat(capped.fromTotal()).isEqualTo(Grade.EXCELLENT);
    assertThat(capped.caps()).singleElement().satisfies(cap -> {
      assertThat(cap.article()).isEqualTo("22");
      assertThat(cap.reason()).contains("问责〔2026〕0003", "2027年6月29日");
    });
  }

  @Test
  void aRestrictionOnAHigherPostOnlyDoesNotCap() {
    assertThat(GradeCaps.apply(Grade.EXCELLENT, List.of(restriction(List.of(Barred.PROMOTION))), List.of()).grade())
        .isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void leadershipResponsibilityForAnAccidentThatYearCapsAnExcellent() {
    var capped = GradeCaps.apply(Grade.EXCELLENT, List.of(), List.of("问责〔2026〕0009"));
    assertThat(capped.grade()).isEqualTo(Grade.QUALIFIED);
    assertThat(capped.caps()).singleElement().satisfies(cap -> assertThat(cap.reason()).contains("问责〔2026〕0009"));
  }

  @Test
  void gradesBelowExcellentAreLeftAsTheTotalGivesThem() {
    var capped = GradeCaps.apply(Grade.BASICALLY_QUALIFIED, List.of(restriction(ART_22)),
        List.of("问责〔2026〕0009"));
    assertThat(capped.grade()).isEqualTo(Grade.BASICALLY_QUALIFIED);
    assertThat(capped.caps()).isEmpty();
  }
}
