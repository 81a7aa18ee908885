package cn.gx.safeduty.registry;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the safety-record tables; the procedures that produce entries write them. */
@Repository
public class SafetyRecordRepository {

  private final JdbcClient jdbc;

  public SafetyRecordRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<SafetyRecord.AssessmentGrade> assessmentGrades(long cadreId) {
    return jdbc.sql("""
        SELECT assessment_year, grade, score, case_id, recorded_at FROM cadre_assessment_grade
        WHERE cadre_id = ? ORDER BY assessment_year, id""")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.AssessmentGrade(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3),
            rs.getString(4), rs.getTimestamp(5).toInstant()))
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
        SELECT sanction, article, decided_on, case_id FROM cadre_sanction
        WHERE cadre_id = ? ORDER BY decided_on, id""")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.Sanction(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
            rs.getString(4)))
        .list();
  }

  public List<SafetyRecord.Restriction> restrictions(long cadreId) {
    return jdbc.sql("""
        SELECT kind, article, starts_on, ends_on, case_id FROM cadre_restriction
        WHERE cadre_id = ? ORDER BY starts_on, id""")
        .param(cadreId)
        .query((rs, n) -> new SafetyRecord.Restriction(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
            toLocalDate(rs.getDate(4)), rs.getString(5)))
        .list();
  }

  private static java.time.LocalDate toLocalDate(Date date) {
    return date != null ? date.toLocalDate() : null;
  }
}
