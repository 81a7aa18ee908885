package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the shipped baseline table (BRIEF §6) as the DMN engine reads it. */
class BaselineTableTest {

  static final BaselineTable TABLE = new PolicyFileBaselineTable();

  static Stream<Arguments> accidentCells() {
    return Stream.of(
        Arguments.of(AccidentGrade.ORDINARY, Responsibility.GENERAL, 1, 1),
        Arguments.of(AccidentGrade.ORDINARY, Responsibility.IMPORTANT, 1, 2),
        Arguments.of(AccidentGrade.ORDINARY, Responsibility.MAIN, 2, 3),
        Arguments.of(AccidentGrade.RELATIVELY_MAJOR, Responsibility.GENERAL, 1, 2),
        Arguments.of(AccidentGrade.RELATIVELY_MAJOR, Responsibility.IMPORTANT, 2, 4),
        Arguments.of(AccidentGrade.RELATIVELY_MAJOR, Responsibility.MAIN, 3, 5),
        Arguments.of(AccidentGrade.MAJOR, Responsibility.GENERAL, 2, 4),
        Arguments.of(AccidentGrade.MAJOR, Responsibility.IMPORTANT, 3, 6),
        Arguments.of(AccidentGrade.MAJOR, Responsibility.MAIN, 5, 7),
        Arguments.of(AccidentGrade.EXTRAORDINARILY_MAJOR, Responsibility.GENERAL, 3, 6),
        Arguments.of(AccidentGrade.EXTRAORDINARILY_MAJOR, Responsibility.IMPORTANT, 5, 7),
        Arguments.of(AccidentGrade.EXTRAORDINARILY_MAJOR, Responsibility.MAIN, 6, 8));
  }

  @ParameterizedTest
  @MethodSource("accidentCells")
  void accidentResponsibilityCells(AccidentGrade grade, Responsibility responsibility, int low, int high) {
    assertThat(TABLE.band(Ground.ACCIDENT_RESPONSIBILITY, grade, responsibility)).isEqualTo(new Band(low, high));
  }

  static Stream<Arguments> otherGrounds() {
    return Stream.of(
        Arguments.of(Ground.DUTY_FAILURE, 1, 2),
        Arguments.of(Ground.OBSTRUCTION, 2, 5),
        Arguments.of(Ground.REPORTING_FAILURE, 2, 6),
        Arguments.of(Ground.OTHER, 1, 3));
  }

  /** The other grounds have one band whatever the grade and degree, given or not. */
  @ParameterizedTest
  @MethodSource("otherGrounds")
  void otherGroundsIgnoreGradeAndDegree(Ground ground, int low, int high) {
    List<AccidentGrade> grades = new ArrayList<>(Arrays.asList(AccidentGrade.values()));
    grades.add(null);
    List<Responsibility> degrees = new ArrayList<>(Arrays.asList(Responsibility.values()));
    degrees.add(null);
    for (AccidentGrade grade : grades) {
      for (Responsibility degree : degrees) {
        assertThat(TABLE.band(ground, grade, degree)).as(grade + "/" + degree).isEqualTo(new Band(low, high));
      }
    }
  }

  @Test
  void anAccidentCaseWithoutGradeOrDegreeHasNoRow() {
    assertThat(TABLE.band(Ground.ACCIDENT_RESPONSIBILITY, null, Responsibility.MAIN)).isNull();
    assertThat(TABLE.band(Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR, null)).isNull();
  }
}
