package cn.gx.safeduty.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cadre_portfolio table: the sectors of each posting's portfolio with their dates. */
@Repository
class PortfolioRepository {

  /** A sector held in a posting: the posting's cadre and dates, the sector's own. */
  record Held(long cadreId, long postingId, String sector, LocalDate startsOn, LocalDate endsOn) {
  }

  private final JdbcClient jdbc;

  PortfolioRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long postingId, Collection<String> sectors, LocalDate startsOn, String reason, String by, Instant at) {
    for (String sector : sectors) {
      jdbc.sql("""
          INSERT INTO cadre_portfolio (posting_id, sector, starts_on, reason, recorded_by, recorded_at)
          VALUES (?, ?, ?, ?, ?, ?)""")
          .params(postingId, sector, Date.valueOf(startsOn), reason, by, Timestamp.from(at)).update();
    }
  }

  /**
   * Ends the sectors of a posting still held: {@code lastDay} is their last day, or — for one that began
   * after it — the day before it began.
   */
  void end(long postingId, Collection<String> sectors, LocalDate lastDay) {
    for (String sector : sectors) {
      jdbc.sql("""
          UPDATE cadre_portfolio SET ends_on = CASE WHEN starts_on > ? THEN starts_on - 1 ELSE ? END
          WHERE posting_id = ? AND sector = ? AND ends_on IS NULL""")
          .params(Date.valueOf(lastDay), Date.valueOf(lastDay), postingId, sector).update();
    }
  }

  /** Ends every sector of the postings ended: each on its posting's last day. */
  void endWithPostings(long cadreId) {
    jdbc.sql("""
        UPDATE cadre_portfolio SET ends_on = (SELECT CASE WHEN p.ends_on < cadre_portfolio.starts_on
            THEN cadre_portfolio.starts_on - 1 ELSE p.ends_on END FROM cadre_posting p WHERE p.id = cadre_portfolio.posting_id)
        WHERE ends_on IS NULL AND posting_id IN (SELECT id FROM cadre_posting WHERE cadre_id = ? AND ends_on IS NOT NULL)""")
        .param(cadreId).update();
  }

  /** The sectors of these postings, by posting, each earliest first. */
  Map<Long, List<PortfolioEntry>> of(Collection<Long> postingIds, Function<String, String> names) {
    Map<Long, List<PortfolioEntry>> byPosting = new HashMap<>();
    if (postingIds.isEmpty()) {
      return byPosting;
    }
    jdbc.sql("SELECT * FROM cadre_portfolio WHERE posting_id IN (:ids) ORDER BY posting_id, starts_on, id")
        .param("ids", postingIds)
        .query(rs -> {
          byPosting.computeIfAbsent(rs.getLong("posting_id"), k -> new ArrayList<>()).add(new PortfolioEntry(
              rs.getString("sector"), names.apply(rs.getString("sector")), rs.getDate("starts_on").toLocalDate(),
              rs.getDate("ends_on") != null ? rs.getDate("ends_on").toLocalDate() : null));
        });
    return byPosting;
  }

  /**
   * Who held the sector in a posting of the jurisdiction on the day. As for postings, the portfolio a
   * cadre's first posting was recorded with counts as held before it was recorded.
   */
  List<Held> holding(String jurisdictionCode, String sector, LocalDate day) {
    return jdbc.sql("""
        SELECT p.cadre_id, p.id AS posting_id, f.sector, f.starts_on, f.ends_on
        FROM cadre_portfolio f JOIN cadre_posting p ON p.id = f.posting_id
        WHERE p.jurisdiction_code = ? AND f.sector = ? AND (f.ends_on IS NULL OR f.ends_on >= ?)
          AND (f.starts_on <= ? OR f.starts_on = p.starts_on AND (p.ends_on IS NULL OR p.ends_on >= p.starts_on)
            AND NOT EXISTS (SELECT 1 FROM cadre_posting e WHERE e.cadre_id = p.cadre_id
              AND (e.starts_on < p.starts_on OR e.starts_on = p.starts_on AND e.id < p.id)))
        ORDER BY p.cadre_id""")
        .params(jurisdictionCode, sector, Date.valueOf(day), Date.valueOf(day))
        .query((rs, n) -> new Held(rs.getLong("cadre_id"), rs.getLong("posting_id"), rs.getString("sector"),
            rs.getDate("starts_on").toLocalDate(),
            rs.getDate("ends_on") != null ? rs.getDate("ends_on").toLocalDate() : null))
        .list();
  }
}
