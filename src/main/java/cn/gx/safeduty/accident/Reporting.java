package cn.gx.safeduty.accident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How the accident was reported (Decree 493 Art 9-11): when the unit head received the report (if
 * known), each level's receipt and how it came, and the figures of the first report (the recorded
 * figures when left out). The earlier shape — the unit's report to the county and the city's, the
 * region's and the State Council's receipts, each from the level below — is still accepted.
 */
public record Reporting(
    Instant unitReportedAt,
    Instant cityReceivedAt,
    Instant regionReceivedAt,
    Instant stateCouncilReceivedAt,
    Instant unitHeadReceivedAt,
    @Size(max = 4) List<@NotNull @Valid Receipt> steps,
    @Valid Figures firstReport) {

  /** The earlier shape, as stored accidents and older clients have it. */
  public Reporting(Instant unitReportedAt, Instant cityReceivedAt, Instant regionReceivedAt,
      Instant stateCouncilReceivedAt) {
    this(unitReportedAt, cityReceivedAt, regionReceivedAt, stateCouncilReceivedAt, null, null, null);
  }

  public Reporting {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /** Whether the request used the earlier shape. */
  public boolean earlierShape() {
    return unitReportedAt != null || cityReceivedAt != null || regionReceivedAt != null
        || stateCouncilReceivedAt != null;
  }

  /** The receipts, the earlier shape read as the unit reporting to the county and each level from the one below. */
  public List<Receipt> receipts() {
    if (!steps.isEmpty()) {
      return steps;
    }
    List<Receipt> receipts = new ArrayList<>();
    add(receipts, ReportingLevel.COUNTY, unitReportedAt);
    add(receipts, ReportingLevel.CITY, cityReceivedAt);
    add(receipts, ReportingLevel.REGION, regionReceivedAt);
    add(receipts, ReportingLevel.STATE_COUNCIL, stateCouncilReceivedAt);
    return receipts;
  }

  /** In the earlier shape each time needs the one below it and comes after it; the unit's report is required. */
  public List<cn.gx.safeduty.kernel.FieldProblem> earlierShapeProblems(Instant occurredAt) {
    List<cn.gx.safeduty.kernel.FieldProblem> problems = new ArrayList<>();
    Instant[] times = {occurredAt, unitReportedAt, cityReceivedAt, regionReceivedAt, stateCouncilReceivedAt};
    String[] fields = {"occurredAt", "reporting.unitReportedAt", "reporting.cityReceivedAt",
        "reporting.regionReceivedAt", "reporting.stateCouncilReceivedAt"};
    if (unitReportedAt == null) {
      problems.add(new cn.gx.safeduty.kernel.FieldProblem("reporting.unitReportedAt", "must not be null"));
    }
    for (int i = 1; i < times.length; i++) {
      if (times[i] == null) {
        continue;
      }
      if (times[i - 1] == null) {
        if (i > 1) {
          problems.add(new cn.gx.safeduty.kernel.FieldProblem(fields[i], "needs " + fields[i - 1]
              + " first: each level receives the report from the one below"));
        }
      } else if (times[i].isBefore(times[i - 1])) {
        problems.add(new cn.gx.safeduty.kernel.FieldProblem(fields[i], "must not be before " + fields[i - 1]));
      }
    }
    return problems;
  }

  private static void add(List<Receipt> receipts, ReportingLevel level, Instant at) {
    if (at != null) {
      receipts.add(new Receipt(level, at, ReceiptVia.FROM_BELOW));
    }
  }
}
