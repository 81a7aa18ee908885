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
    List<Restriction> restrictions) {

  public record AssessmentGrade(int year, String grade, BigDecimal score, String caseId, Instant recordedAt) {
  }

  public record TourFinding(int year, String dutyArticle, String finding, String caseId, Instant recordedAt) {
  }

  public record Award(String kind, String article, LocalDate awardedOn, String caseId) {
  }

  public record Sanction(String sanction, String article, LocalDate decidedOn, String caseId) {
  }

  /**
   * {@code scope} ALL bars assessment excellence, awards, promotion and appointment; HIGHER_POST
   * bars promotion only. {@code endsOn} null: permanent. Active on day D when startsOn ≤ D < endsOn.
   */
  public record Restriction(RestrictionKind kind, String article, RestrictionScope scope, LocalDate startsOn, LocalDate endsOn,
      String caseId) {

    public boolean activeOn(LocalDate day) {
      return !startsOn.isAfter(day) && (endsOn == null || day.isBefore(endsOn));
    }
  }
}
