package cn.gx.safeduty.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** What the procedures write into a cadre's safety record, and the restrictions they read back. */
@Service
public class SafetyRecordService {

  private final SafetyRecordRepository records;
  private final JurisdictionService jurisdictions;
  private final Clock clock;

  public SafetyRecordService(SafetyRecordRepository records, JurisdictionService jurisdictions, Clock clock) {
    this.records = records;
    this.jurisdictions = jurisdictions;
    this.clock = clock;
  }

  /** What a tour found of the cadre for one duty (Art 12), with the case it led to, if any. */
  public void addTourFinding(long cadreId, int year, String dutyId, String finding, String caseNumber) {
    records.insertTourFinding(cadreId, year, dutyId, finding, caseNumber, clock.instant());
  }

  /** A member's assessment grade linked to their 履职评定 by the organisation department (Art 13, 14). */
  public void addAssessmentGrade(long cadreId, int year, String grade, java.math.BigDecimal score, String ref,
      List<String> countsIn, String remark, String recordedBy) {
    records.insertAssessmentGrade(cadreId,
        new SafetyRecord.AssessmentGrade(year, grade, score, ref, countsIn, remark, recordedBy, clock.instant()));
  }

  /** An award decided for the cadre (Art 17, 18), with the nomination it came from. */
  public void addAward(long cadreId, String kind, String article, LocalDate awardedOn, String ref) {
    records.insertAward(cadreId, kind, article, awardedOn, ref, clock.instant());
  }

  /** A candidate vetting's conclusion on the cadre's record (Art 15 ¶1). */
  public void addVetting(long cadreId, SafetyRecord.Vetting vetting, String by) {
    records.insertVetting(cadreId, vetting, by, clock.instant());
  }

  /** A result filed on a leadership team's record (Art 12). */
  public void addTeamEntry(String jurisdictionCode, int year, String kind, String ref, String result, String summary,
      String recordedBy) {
    records.insertTeamEntry(jurisdictionCode,
        new TeamRecord.Entry(year, kind, ref, result, summary, recordedBy, clock.instant()));
  }

  public TeamRecord teamRecord(String jurisdictionCode) {
    Jurisdiction j = jurisdictions.find(jurisdictionCode)
        .orElseThrow(() -> new cn.gx.safeduty.kernel.NotFoundException("Jurisdiction", jurisdictionCode));
    return new TeamRecord(j, records.teamEntries(jurisdictionCode));
  }

  public List<SafetyRecord.Restriction> restrictions(long cadreId) {
    return records.restrictions(cadreId);
  }

  /** A measure decided against the cadre: its code, its name in words, the article and the case. */
  /** A measure enters the record: its code, its kind where it is a 处分 (else null), and its name in words. */
  public void addSanction(long cadreId, String sanction, String kind, String sanctionName, String article,
      LocalDate decidedOn, String caseNumber) {
    records.insertSanction(cadreId, sanction, kind, sanctionName, article, decidedOn, caseNumber, clock.instant());
  }

  public void addRestriction(long cadreId, SafetyRecord.Restriction restriction) {
    records.insertRestriction(cadreId, restriction, clock.instant());
  }

  /** An appeal changed or revoked one measure of a case on {@code on}; it stays in the record with the reason. */
  public void endSanction(long cadreId, String caseNumber, String sanction, String kind,
      SafetyRecord.SanctionStatus status, LocalDate on, String reason) {
    records.endSanction(cadreId, caseNumber, sanction, kind, status, on, reason);
  }

  /** A case's restrictions stop applying from {@code on} (its measures changed); they stay in the record with the reason. */
  public void liftRestrictions(long cadreId, String caseNumber, LocalDate on, String reason) {
    records.liftRestrictions(cadreId, caseNumber, on, reason);
  }
}
