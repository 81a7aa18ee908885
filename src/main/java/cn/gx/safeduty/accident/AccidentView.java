package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An accident as the API shows it: grade, the reporting timeline with each level's limit and receipt, the
 * reporting findings and their state, investigation, conclusion, and the cases it started.
 */
public record AccidentView(
    long id,
    String accidentNumber,
    String jurisdictionCode,
    String place,
    Instant occurredAt,
    String industry,
    String industryCode,
    int deaths,
    int seriousInjuries,
    BigDecimal directLoss,
    String description,
    AccidentGrade grade,
    Reporting reporting,
    List<ReportingRules.Step> timeline,
    List<Finding> findings,
    List<LateStep> lateSteps,
    AccidentStatus status,
    Investigation investigation,
    String conclusion,
    /** Why the conclusion holds no leader responsible (then {@code cases} is empty); null otherwise. */
    String noLeaderReason,
    Instant concludedAt,
    List<CaseSummary> cases,
    List<AccidentCorrection> corrections,
    /** The leaders of the accident's jurisdiction and those above it who answer for it: overall charge or portfolio. */
    List<AnsweringLeader> answeringLeaders,
    String processInstanceId) {

  /** A leader who answers for the accident, as held on its day: where, the post, and why ({@code basis}). */
  public record AnsweringLeader(long cadreId, String name, String jurisdictionCode, String jurisdictionName, String post,
      String basis) {
  }

  public record Investigation(Instant dueAt, boolean extended) {
  }

  /** A reporting finding (迟报, 漏报, 瞒报, 谎报) and where it stands: OPEN until emergency management decides. */
  public record Finding(long id, ReportingFailureKind kind, ReportingLevel level, String article, String detail,
      String status, String note, String decidedBy, Instant decidedAt, Instant foundAt) {
  }

  public record CaseSummary(long cadreId, Ground ground, Responsibility responsibility,
      ReportingFailureKind reportingFailure, Long caseId, String caseNumber, String status, String outcome) {
  }

  static AccidentView of(Accident a, List<Receipt> receipts, List<ReportingRules.Step> timeline, List<Finding> findings,
      List<LateStep> late, List<CaseSummary> cases, List<AccidentCorrection> corrections,
      List<AnsweringLeader> answering) {
    Reporting r = a.reporting();
    Reporting reporting = new Reporting(r.unitReportedAt(), r.cityReceivedAt(), r.regionReceivedAt(),
        r.stateCouncilReceivedAt(), r.unitHeadReceivedAt(), receipts, r.firstReport());
    return new AccidentView(a.id(), a.accidentNumber(), a.jurisdictionCode(), a.place(), a.occurredAt(), a.industry(), a.industryCode(),
        a.deaths(), a.seriousInjuries(), a.directLoss(), a.description(), a.grade(), reporting, timeline, findings, late,
        a.status(),
        new Investigation(a.investigationDue(), a.investigationExtended()), a.conclusionSummary(), a.noLeaderReason(),
        a.concludedAt(),
        cases, corrections, answering, a.processInstanceId());
  }
}
