package cn.gx.safeduty.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The duty_list_review, safety_budget and situation_analysis tables. */
@Repository
class DutyRecordRepository {

  private final JdbcClient jdbc;

  DutyRecordRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertReview(long dutyListId, DutyRecords.NewReview review, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO duty_list_review (duty_list_id, reviewed_on, summary, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?)""")
        .params(dutyListId, Date.valueOf(review.reviewedOn()), review.summary(), by, Timestamp.from(at)).update();
  }

  List<DutyRecords.Review> reviews(long dutyListId) {
    return jdbc.sql("SELECT * FROM duty_list_review WHERE duty_list_id = ? ORDER BY reviewed_on, id").param(dutyListId)
        .query((rs, n) -> new DutyRecords.Review(rs.getLong("id"), rs.getLong("duty_list_id"),
            rs.getDate("reviewed_on").toLocalDate(), rs.getString("summary"), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  /** Inserts the year's figures; false when the year is recorded already. */
  boolean insertBudget(DutyRecords.NewBudget budget, String by, Instant at) {
    if (budget(budget.jurisdictionCode(), budget.year()).isPresent()) {
      return false;
    }
    jdbc.sql("""
        INSERT INTO safety_budget (jurisdiction_code, budget_year, safety_fund, fiscal_revenue, document_ref,
          recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(budget.jurisdictionCode(), budget.year(), budget.safetyFund(), budget.fiscalRevenue(),
            budget.documentRef(), by, Timestamp.from(at))
        .update();
    return true;
  }

  Optional<DutyRecords.Budget> budget(String jurisdictionCode, int year) {
    return jdbc.sql("SELECT * FROM safety_budget WHERE jurisdiction_code = ? AND budget_year = ?")
        .params(jurisdictionCode, year).query((rs, n) -> budget(rs)).optional();
  }

  List<DutyRecords.Budget> budgets(String jurisdictionCode) {
    return jdbc.sql("SELECT * FROM safety_budget WHERE jurisdiction_code = ? ORDER BY budget_year")
        .param(jurisdictionCode).query((rs, n) -> budget(rs)).list();
  }

  private static DutyRecords.Budget budget(ResultSet rs) throws SQLException {
    return new DutyRecords.Budget(rs.getString("jurisdiction_code"), rs.getInt("budget_year"),
        rs.getBigDecimal("safety_fund"), rs.getBigDecimal("fiscal_revenue"), rs.getString("document_ref"),
        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }

  long insertAnalysis(DutyRecords.NewAnalysis analysis, String jurisdictionCode, String by, Instant at) {
    org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO situation_analysis (cadre_id, jurisdiction_code, held_on, summary, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(analysis.cadreId(), jurisdictionCode, Date.valueOf(analysis.heldOn()), analysis.summary(), by,
            Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The analyses held in the jurisdictions between the days, earliest first. */
  List<DutyRecords.Analysis> analyses(Collection<String> jurisdictionCodes, LocalDate from, LocalDate to) {
    if (jurisdictionCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
        SELECT a.*, c.name AS cadre_name FROM situation_analysis a JOIN cadre c ON c.id = a.cadre_id
        WHERE a.jurisdiction_code IN (:codes) AND a.held_on BETWEEN :from AND :to ORDER BY a.held_on, a.id""")
        .param("codes", jurisdictionCodes).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
        .query((rs, n) -> new DutyRecords.Analysis(rs.getLong("id"), rs.getLong("cadre_id"), rs.getString("cadre_name"),
            rs.getString("jurisdiction_code"), rs.getDate("held_on").toLocalDate(), rs.getString("summary"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }
}
