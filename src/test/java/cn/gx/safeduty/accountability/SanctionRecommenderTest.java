package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.CadreStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SanctionRecommenderTest {

  /** A band with distinct low, middle, high and low − 1, so every modifier shows in the level. */
  static final Band WIDE = new Band(2, 6);

  final SanctionRecommender onWideBand = new SanctionRecommender((ground, grade, degree) -> WIDE);
  final SanctionRecommender onPolicy = new SanctionRecommender(new PolicyFileBaselineTable());

  static CaseFacts facts(boolean enlarged, boolean impact, Mitigation mitigation) {
    return new CaseFacts(false, enlarged, impact, mitigation, false, false);
  }

  static CaseSubject accident(Responsibility degree, CaseFacts facts) {
    return new CaseSubject(Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR, degree, facts, CadreStatus.IN_OFFICE);
  }

  static Stream<Arguments> everyModifierCombination() {
    Stream.Builder<Arguments> all = Stream.builder();
    boolean[][] poorWork = {{false, false}, {true, false}, {false, true}, {true, true}};
    for (boolean[] work : poorWork) {
      for (Responsibility degree : Responsibility.values()) {
        for (Mitigation mitigation : Mitigation.values()) {
          boolean aggravated = (work[0] || work[1]) && degree == Responsibility.MAIN;
          int level;
          if (aggravated) {
            level = 6;
          } else {
            level = switch (mitigation) {
              case NONE -> 4;
              case LIGHTER -> 2;
              case REDUCED -> 1;
            };
          }
          all.add(Arguments.of(work[0], work[1], degree, mitigation, aggravated, level,
              aggravated && mitigation != Mitigation.NONE));
        }
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "enlarged={0} impact={1} {2} {3} → aggravated={4} level={5} weigh={6}")
  @MethodSource("everyModifierCombination")
  void modifiersMoveTheLevelWithinTheBand(boolean enlarged, boolean impact, Responsibility degree,
      Mitigation mitigation, boolean aggravated, int level, boolean weighing) {
    Recommendation r = onWideBand.recommend(accident(degree, facts(enlarged, impact, mitigation)));
    assertThat(r.exempted()).isFalse();
    assertThat(r.bandLow()).isEqualTo(2);
    assertThat(r.bandHigh()).isEqualTo(6);
    assertThat(r.aggravated()).isEqualTo(aggravated);
    assertThat(r.level()).isEqualTo(level);
    assertThat(r.sanction()).isEqualTo(Sanction.ofLevel(level));
    assertThat(r.needsReviewerWeighing()).isEqualTo(weighing);
    assertThat(r.articles().contains("23")).isEqualTo(aggravated);
    assertThat(r.articles().contains("24")).isEqualTo(mitigation != Mitigation.NONE);
    assertThat(r.articles().contains("27")).isEqualTo(weighing);
  }

  @ParameterizedTest
  @EnumSource(Ground.class)
  void onlyAnAccidentWithinDutiesIsExempted(Ground ground) {
    CaseFacts fullyPerformed = new CaseFacts(true, false, false, Mitigation.NONE, false, false);
    Recommendation r = onPolicy.recommend(new CaseSubject(ground, AccidentGrade.ORDINARY, Responsibility.GENERAL,
        fullyPerformed, CadreStatus.IN_OFFICE));
    boolean accident = ground == Ground.ACCIDENT_RESPONSIBILITY;
    assertThat(r.exempted()).isEqualTo(accident);
    assertThat(r.articles().contains("25")).isEqualTo(accident);
    assertThat(r.sanction()).as("a refused exemption goes on with the rules' recommendation").isNotNull();
    assertThat(r.level()).isNotNull();
    assertThat(r.decidingGroup()).isNotNull();
    if (accident) {
      assertThat(r.articles()).startsWith("20(3)", "25", "21");
    }
  }

  @Test
  void aggravationNeedsMainResponsibility() {
    for (Responsibility degree : Responsibility.values()) {
      Recommendation r = onPolicy.recommend(accident(degree, facts(true, true, Mitigation.NONE)));
      assertThat(r.aggravated()).as(degree.name()).isEqualTo(degree == Responsibility.MAIN);
    }
    Recommendation main = onPolicy.recommend(accident(Responsibility.MAIN, facts(true, false, Mitigation.NONE)));
    assertThat(main.level()).isEqualTo(7);
    assertThat(main.sanction()).isEqualTo(Sanction.REMOVAL);
  }

  @Test
  void reducedReachesLevelZeroButNotBelow() {
    Recommendation r = onPolicy.recommend(new CaseSubject(Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.ORDINARY,
        Responsibility.GENERAL, facts(false, false, Mitigation.REDUCED), CadreStatus.IN_OFFICE));
    assertThat(r.level()).isZero();
    assertThat(r.sanction()).isEqualTo(Sanction.CRITICISM_EDUCATION);
    assertThat(r.decidingGroup()).isEqualTo("organization");

    SanctionRecommender fromZero = new SanctionRecommender((g, a, d) -> new Band(0, 2));
    assertThat(fromZero.recommend(accident(Responsibility.GENERAL, facts(false, false, Mitigation.REDUCED))).level())
        .isZero();
  }

  @Test
  void aDepartedCadreIsPursuedWhenEgregiousAndOtherwiseAsked() {
    for (CadreStatus status : CadreStatus.values()) {
      CaseFacts egregious = new CaseFacts(false, false, false, Mitigation.NONE, true, false);
      CaseFacts ordinary = new CaseFacts(false, false, false, Mitigation.NONE, false, false);
      Recommendation pursued = onPolicy.recommend(new CaseSubject(Ground.ACCIDENT_RESPONSIBILITY,
          AccidentGrade.MAJOR, Responsibility.GENERAL, egregious, status));
      Recommendation asked = onPolicy.recommend(new CaseSubject(Ground.ACCIDENT_RESPONSIBILITY,
          AccidentGrade.MAJOR, Responsibility.GENERAL, ordinary, status));
      boolean departed = status != CadreStatus.IN_OFFICE;
      assertThat(pursued.articles().contains("26")).as(status.name()).isEqualTo(departed);
      assertThat(pursued.departureNeedsDecision()).isFalse();
      assertThat(asked.departureNeedsDecision()).as(status.name()).isEqualTo(departed);
      assertThat(asked.articles()).doesNotContain("26");
    }
  }

  @Test
  void theDecidingGroupFollowsTheSanction() {
    assertThat(onPolicy.recommend(new CaseSubject(Ground.DUTY_FAILURE, null, null,
        facts(false, false, Mitigation.NONE), CadreStatus.IN_OFFICE)).decidingGroup()).isEqualTo("emergency-management");
    Recommendation top = onPolicy.recommend(new CaseSubject(Ground.ACCIDENT_RESPONSIBILITY,
        AccidentGrade.EXTRAORDINARILY_MAJOR, Responsibility.MAIN, facts(true, false, Mitigation.NONE), CadreStatus.IN_OFFICE));
    assertThat(top.sanction()).isEqualTo(Sanction.DISCIPLINARY_SANCTION);
    assertThat(top.decidingGroup()).isEqualTo("discipline-inspection");
    assertThat(top.articles()).containsExactly("20(3)", "21", "23", "28");
  }
}
