package cn.gx.safeduty.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingTimelineTest {

  static final Instant T0 = Instant.parse("2026-05-10T02:00:00Z");
  final ReportingTimeline timeline = new ReportingTimeline(Duration.ofHours(1), Duration.ofHours(2));

  static Instant at(Duration after) {
    return T0.plus(after);
  }

  @Test
  void theUnitReportingAtExactlyOneHourIsOnTime() {
    assertThat(timeline.lateSteps(T0, new Reporting(at(Duration.ofHours(1)), null, null, null))).isEmpty();
  }

  @Test
  void oneSecondOverTheHourIsLateByAMinuteRoundedUp() {
    List<LateStep> late = timeline.lateSteps(T0, new Reporting(at(Duration.ofHours(1).plusSeconds(1)), null, null, null));
    assertThat(late).singleElement().satisfies(step -> {
      assertThat(step.step()).isEqualTo(ReportingStep.UNIT_TO_COUNTY);
      assertThat(step.limitMinutes()).isEqualTo(60);
      assertThat(step.delayMinutes()).isEqualTo(1);
    });
  }

  @Test
  void eachLevelHasTwoHoursFromTheOneBelow() {
    Instant unit = at(Duration.ofMinutes(30));
    Instant city = unit.plus(Duration.ofHours(2));
    Instant region = city.plus(Duration.ofHours(2).plusMinutes(45));
    Instant state = region.plus(Duration.ofHours(1));
    List<LateStep> late = timeline.lateSteps(T0, new Reporting(unit, city, region, state));
    assertThat(late).singleElement().satisfies(step -> {
      assertThat(step.step()).isEqualTo(ReportingStep.CITY_TO_REGION);
      assertThat(step.takenMinutes()).isEqualTo(165);
      assertThat(step.delayMinutes()).isEqualTo(45);
    });
  }

  @Test
  void everyLateStepIsListed() {
    Instant unit = at(Duration.ofHours(3));
    Instant city = unit.plus(Duration.ofHours(5));
    assertThat(timeline.lateSteps(T0, new Reporting(unit, city, null, null)))
        .extracting(LateStep::step, LateStep::delayMinutes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReportingStep.UNIT_TO_COUNTY, 120L),
            org.assertj.core.groups.Tuple.tuple(ReportingStep.COUNTY_TO_CITY, 180L));
  }

  @Test
  void reportsMustFollowTheAccidentAndEachOther() {
    assertThat(ReportingTimeline.orderProblems(T0, new Reporting(T0.minusSeconds(60), null, null, null)))
        .extracting(p -> p.field()).containsExactly("reporting.unitReportedAt");
    assertThat(ReportingTimeline.orderProblems(T0, new Reporting(at(Duration.ofHours(1)), at(Duration.ofMinutes(30)), null, null)))
        .extracting(p -> p.field()).containsExactly("reporting.cityReceivedAt");
    assertThat(ReportingTimeline.orderProblems(T0, new Reporting(at(Duration.ofHours(1)), null, at(Duration.ofHours(2)), null)))
        .extracting(p -> p.field()).containsExactly("reporting.regionReceivedAt");
    assertThat(ReportingTimeline.orderProblems(T0, new Reporting(T0, T0, T0, T0))).isEmpty();
  }
}
