package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ListQuery;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The safety-record tables: read by the registry API, written by the procedures that produce entries. */
@Repository
public class SafetyRecordRepository {

  private final JdbcClient jdbc;

  public SafetyRecordRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<SafetyRecord.AssessmentGrade> assessmentGrades(long cadreId) {
    return jdbc.sql("""
        SELECT assessment_year, grade, score, case_id, recorded_at, counts_in, remark, recorded_by
        FROM cadre_assessment_grade WHERE cadre_id = ? ORDER BY assessment_year, id""")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.AssessmentGrade(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3),
            rs.getString(4), rs.getString(6) == null ? List.of() : List.of(rs.getString(6).split(",")),
            rs.getString(7), rs.getString(8), rs.getTimestamp(5).toInstant()))
        .list();
  }

  public List<SafetyRecord.TourFinding> tourFindings(long cadreId) {
    return jdbc.sql("""
        SELECT tour_year, duty_article, finding, case_id, recorded_at FROM cadre_tour_finding
        WHERE cadre_id = ? ORDER BY tour_year, id""")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.TourFinding(rs.getInt(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toInstant()))
        .list();
  }

  public List<SafetyRecord.Award> awards(long cadreId) {
    return jdbc.sql("SELECT kind, article, awarded_on, case_id FROM cadre_award WHERE cadre_id = ? ORDER BY awarded_on, id")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.Award(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
            rs.getString(4)))
        .list();
  }

  public List<SafetyRecord.Sanction> sanctions(long cadreId) {
    return jdbc.sql("""
        SELECT sanction, kind, sanction_name, article, decided_on, case_id, status, ended_on, end_reason
        FROM cadre_sanction WHERE cadre_id = ? ORDER BY decided_on, id""")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.Sanction(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6),
            SafetyRecord.SanctionStatus.valueOf(rs.getString(7)), toLocalDate(rs.getDate(8)), rs.getString(9)))
        .list();
  }

  public List<SafetyRecord.Restriction> restrictions(long cadreId) {
    return jdbc.sql("""
        SELECT kind, article, bars, starts_on, ends_on, case_id, measure, lifted_on, lift_reason
        FROM cadre_restriction WHERE cadre_id = ? ORDER BY starts_on, id""")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.Restriction(RestrictionKind.valueOf(rs.getString(1)), rs.getString(2),
            Barred.parse(rs.getString(3)),
            rs.getDate(4).toLocalDate(), toLocalDate(rs.getDate(5)), rs.getString(6), rs.getString(7),
            toLocalDate(rs.getDate(8)), rs.getString(9)))
        .list();
  }

  public void insertSanction(long cadreId, String sanction, String kind, String sanctionName, String article,
      LocalDate decidedOn, String caseId, Instant recordedAt) {
    jdbc.sql("""
        INSERT INTO cadre_sanction (cadre_id, sanction, kind, sanction_name, article, decided_on, case_id, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cadreId, sanction, kind, sanctionName, article, Date.valueOf(decidedOn), caseId,
            Timestamp.from(recordedAt))
        .update();
  }

  public void insertRestriction(long cadreId, SafetyRecord.Restriction restriction, Instant recordedAt) {
    jdbc.sql("""
        INSERT INTO cadre_restriction (cadre_id, kind, article, bars, starts_on, ends_on, case_id, measure,
          recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cadreId, restriction.kind().name(), restriction.article(), Barred.format(restriction.bars()),
            Date.valueOf(restriction.startsOn()),
            restriction.endsOn() != null ? Date.valueOf(restriction.endsOn()) : null,
            restriction.caseId(), restriction.measure(), Timestamp.from(recordedAt))
        .update();
  }

  /** Ends one measure of a case still in force, as changed or revoked on appeal. */
  public void endSanction(long cadreId, String caseId, String sanction, String kind,
      SafetyRecord.SanctionStatus status, LocalDate on, String reason) {
    jdbc.sql("""
        UPDATE cadre_sanction SET status = ?, ended_on = ?, end_reason = ?
        WHERE cadre_id = ? AND case_id = ? AND sanction = ? AND COALESCE(kind, '') = ? AND status = 'IN_FORCE'""")
        .params(status.name(), Date.valueOf(on), reason, cadreId, caseId, sanction, kind != null ? kind : "").update();
  }

  /** Lifts the restrictions of a case not yet lifted, from {@code on}. */
  public void liftRestrictions(long cadreId, String caseId, LocalDate on, String reason) {
    jdbc.sql("""
        UPDATE cadre_restriction SET lifted_on = ?, lift_reason = ?
        WHERE cadre_id = ? AND case_id = ? AND lifted_on IS NULL""")
        .params(Date.valueOf(on), reason, cadreId, caseId).update();
  }

  private static LocalDate toLocalDate(Date date) {
    return date != null ? date.toLocalDate() : null;
  }

  public void insertTourFinding(long cadreId, int year, String dutyId, String finding, String caseNumber, Instant at) {
    jdbc.sql("""
        INSERT INTO cadre_tour_finding (cadre_id, tour_year, duty_article, finding, case_id, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(cadreId, year, dutyId, finding, caseNumber, Timestamp.from(at))
        .update();
  }

  public void insertAssessmentGrade(long cadreId, SafetyRecord.AssessmentGrade g) {
    jdbc.sql("""
        INSERT INTO cadre_assessment_grade (cadre_id, assessment_year, grade, score, case_id, counts_in, remark,
          recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cadreId, g.year(), g.grade(), g.score(), g.caseId(),
            g.countsIn() == null ? null : String.join(",", g.countsIn()), g.remark(), g.recordedBy(),
            Timestamp.from(g.recordedAt()))
        .update();
  }

  public void insertAward(long cadreId, String kind, String article, LocalDate awardedOn, String ref, Instant at) {
    jdbc.sql("""
        INSERT INTO cadre_award (cadre_id, kind, article, awarded_on, case_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)""")
        .params(cadreId, kind, article, Date.valueOf(awardedOn), ref, Timestamp.from(at)).update();
  }

  public void logAccess(long cadreId, RecordAccess access, Instant at) {
    jdbc.sql("INSERT INTO record_access (cadre_id, accessed_by, accessed_at, purpose, via) VALUES (?, ?, ?, ?, ?)")
        .params(cadreId, access.by(), Timestamp.from(at), access.purpose().length() > 200
            ? access.purpose().substring(0, 200) : access.purpose(), access.via().name())
        .update();
  }

  public List<RecordAccess.Logged> accesses(long cadreId, int page, int size) {
    return accessesOf(cadreId).page(jdbc, "cadre_id, accessed_by, accessed_at, purpose, via",
        "accessed_at DESC, id DESC", page, size,
        (rs, n) -> new RecordAccess.Logged(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getString(4), RecordAccess.Via.valueOf(rs.getString(5))));
  }

  public long accessCount(long cadreId) {
    return accessesOf(cadreId).count(jdbc);
  }

  private static ListQuery accessesOf(long cadreId) {
    return ListQuery.from("FROM record_access").where("cadre_id = :cadre", "cadre", cadreId);
  }

  public void insertVetting(long cadreId, SafetyRecord.Vetting v, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO cadre_vetting (cadre_id, ref, proposed_post, outcome, summary, concluded_on, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cadreId, v.ref(), v.proposedPost(), v.outcome(), v.summary(), Date.valueOf(v.concludedOn()), by,
            Timestamp.from(at))
        .update();
  }

  public List<SafetyRecord.Vetting> vettings(long cadreId) {
    return jdbc.sql("SELECT ref, proposed_post, outcome, summary, concluded_on FROM cadre_vetting WHERE cadre_id = ? ORDER BY id")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.Vetting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDate(5).toLocalDate()))
        .list();
  }

  public void insertTeamEntry(String jurisdictionCode, TeamRecord.Entry e) {
    jdbc.sql("""
        INSERT INTO team_record (jurisdiction_code, record_year, kind, ref, result, summary, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(jurisdictionCode, e.year(), e.kind(), e.ref(), e.result(), e.summary(), e.recordedBy(),
            Timestamp.from(e.recordedAt()))
        .update();
  }

  public List<TeamRecord.Entry> teamEntries(String jurisdictionCode) {
    return jdbc.sql("""
        SELECT record_year, kind, ref, result, summary, recorded_by, recorded_at FROM team_record
        WHERE jurisdiction_code = ? ORDER BY record_year, id""")
        .param(jurisdictionCode)
        .query((rs, n) -> new TeamRecord.Entry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
        .list();
  }
}
