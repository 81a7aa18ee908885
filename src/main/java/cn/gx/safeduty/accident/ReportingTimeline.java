package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a reporting timeline against Decree 493's limits (迟报, ground 20(2)): the unit reports
 * within the unit limit of the accident, each level within the level limit of the one below.
 * A report exactly at the limit is on time. No engine, no database.
 */
public final class ReportingTimeline {

  private final Duration unitLimit;
  private final Duration levelLimit;

  public ReportingTimeline(Duration unitLimit, Duration levelLimit) {
    this.unitLimit = unitLimit;
    this.levelLimit = levelLimit;
  }

  /** Reports before what they report on, or a level received without the one below: each names its field. */
  public static List<FieldProblem> orderProblems(Instant occurredAt, Reporting r) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant[] times = {occurredAt, r.unitReportedAt(), r.cityReceivedAt(), r.regionReceivedAt(), r.stateCouncilReceivedAt()};
    String[] fields = {"occurredAt", "reporting.unitReportedAt", "reporting.cityReceivedAt",
        "reporting.regionReceivedAt", "reporting.stateCouncilReceivedAt"};
    for (int i = 1; i < times.length; i++) {
      if (times[i] == null) {
        continue;
      }
      if (times[i - 1] == null) {
        problems.add(new FieldProblem(fields[i], "needs " + fields[i - 1] + " first: each level receives the report from the one below"));
      } else if (times[i].isBefore(times[i - 1])) {
        problems.add(new FieldProblem(fields[i], "must not be before " + fields[i - 1]));
      }
    }
    return problems;
  }

  public List<LateStep> lateSteps(Instant occurredAt, Reporting r) {
    List<LateStep> late = new ArrayList<>();
    check(late, ReportingStep.UNIT_TO_COUNTY, occurredAt, r.unitReportedAt(), unitLimit);
    check(late, ReportingStep.COUNTY_TO_CITY, r.unitReportedAt(), r.cityReceivedAt(), levelLimit);
    check(late, ReportingStep.CITY_TO_REGION, r.cityReceivedAt(), r.regionReceivedAt(), levelLimit);
    check(late, ReportingStep.REGION_TO_STATE_COUNCIL, r.regionReceivedAt(), r.stateCouncilReceivedAt(), levelLimit);
    return late;
  }

  private static void check(List<LateStep> late, ReportingStep step, Instant from, Instant to, Duration limit) {
    if (from == null || to == null) {
      return;
    }
    Duration taken = Duration.between(from, to);
    if (taken.compareTo(limit) > 0) {
      Duration delay = taken.minus(limit);
      late.add(new LateStep(step, limit.toMinutes(), taken.toMinutes(), ceilMinutes(delay)));
    }
  }

  private static long ceilMinutes(Duration d) {
    long minutes = d.toMinutes();
    return d.minusMinutes(minutes).isZero() ? minutes : minutes + 1;
  }
}
