package cn.gx.safeduty.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cadre's safety record (BRIEF §5): what the organisation department reads before a promotion
 * (Art 15 ¶1) or an award (Art 15 ¶2). Written by the procedures; read here.
 */
public record SafetyRecord(
    Cadre cadre,
    List<StatusHistoryEntry> statusHistory,
    List<AssessmentGrade> assessmentGrades,
    List<TourFinding> tourFindings,
    List<Award> awards,
    List<Sanction> sanctions,
    List<Restriction> restrictions,
    List<Vetting> vettings) {

  /** A candidate vetting's conclusion (Art 15 ¶1): the post, the outcome and what it said. */
  public record Vetting(String ref, String proposedPost, String outcome, String summary, LocalDate concludedOn) {
  }

  /** A grade from an assessment: {@code caseId} is the assessment's number; what the result counts in (Art 13, 14). */
  public record AssessmentGrade(int year, String grade, BigDecimal score, String caseId, List<String> countsIn,
      String remark, String recordedBy, Instant recordedAt) {
  }

  public record TourFinding(int year, String dutyArticle, String finding, String caseId, Instant recordedAt) {
  }

  public record Award(String kind, String article, LocalDate awardedOn, String caseId) {
  }

  /**
   * A measure taken against the cadre ({@code sanction} its code, {@code kind} the kind of 处分 where it
   * is one, {@code sanctionName} in words with its kind), in force from {@code decidedOn}; {@code status} CHANGED or
   * REVOKED when an appeal ended it on {@code endedOn}, for {@code endReason}.
   */
  public record Sanction(String sanction, String kind, String sanctionName, String article, LocalDate decidedOn,
      String caseId, SanctionStatus status, LocalDate endedOn, String endReason) {
  }

  /** In force, or ended early by an appeal that changed or revoked the decision. */
  public enum SanctionStatus {
    IN_FORCE, CHANGED, REVOKED
  }

  /**
   * {@code bars}: what it bars (the assessment's 优秀, awards, and kinds of appointment).
   * {@code endsOn} null: permanent. {@code liftedOn}: the day it stopped
   * applying because the decision was changed or revoked, for {@code liftReason}. Active on day D
   * when startsOn ≤ D < endsOn and D < liftedOn. {@code measure}: the measure it comes from, in words.
   */
  public record Restriction(RestrictionKind kind, String article, List<Barred> bars, LocalDate startsOn,
      LocalDate endsOn, String caseId, String measure, LocalDate liftedOn, String liftReason) {

    public Restriction {
      bars = bars.stream().distinct().sorted().toList();
    }

    /** A restriction a decision starts, from the measure named. */
    public Restriction(RestrictionKind kind, String article, List<Barred> bars, LocalDate startsOn,
        LocalDate endsOn, String caseId, String measure) {
      this(kind, article, bars, startsOn, endsOn, caseId, measure, null, null);
    }

    /** A restriction a decision starts. */
    public Restriction(RestrictionKind kind, String article, List<Barred> bars, LocalDate startsOn,
        LocalDate endsOn, String caseId) {
      this(kind, article, bars, startsOn, endsOn, caseId, null);
    }

    public boolean activeOn(LocalDate day) {
      return !startsOn.isAfter(day) && (endsOn == null || day.isBefore(endsOn))
          && (liftedOn == null || day.isBefore(liftedOn));
    }
  }
}
