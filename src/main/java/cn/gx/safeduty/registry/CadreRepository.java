package cn.gx.safeduty.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CadreRepository {

  private static final String SELECT = """
      SELECT c.id, c.name, c.jurisdiction_code, j.name AS jurisdiction_name, c.role, c.post, c.status, c.created_at
      FROM cadre c JOIN jurisdiction j ON j.code = c.jurisdiction_code
      """;

  private final JdbcClient jdbc;

  public CadreRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewCadre cadre, Instant createdAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO cadre (name, jurisdiction_code, role, post, status, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(cadre.name().trim(), cadre.jurisdictionCode(), cadre.role().name(), blankToNull(cadre.post()),
            cadre.statusOrDefault().name(), Timestamp.from(createdAt))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Cadre> find(long id) {
    return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(CadreRepository::cadre).optional();
  }

  public boolean exists(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM cadre WHERE id = ?").param(id).query(Long.class).single() > 0;
  }

  /** Locks the cadre's row for a status change, so two changes cannot interleave. */
  public Optional<CadreStatus> lockStatus(long id) {
    return jdbc.sql("SELECT status FROM cadre WHERE id = ? FOR UPDATE").param(id)
        .query((rs, n) -> CadreStatus.valueOf(rs.getString(1))).optional();
  }

  public void updateStatus(long id, CadreStatus status) {
    jdbc.sql("UPDATE cadre SET status = ? WHERE id = ?").params(status.name(), id).update();
  }

  public void insertStatusChange(long cadreId, CadreStatus from, StatusChange change, String changedBy, Instant at) {
    jdbc.sql("""
        INSERT INTO cadre_status_change (cadre_id, from_status, to_status, effective_on, reason, changed_by, changed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(cadreId, from != null ? from.name() : null, change.status().name(), change.effectiveOn(),
            blankToNull(change.reason()), changedBy, Timestamp.from(at))
        .update();
  }

  public List<StatusHistoryEntry> statusHistory(long cadreId) {
    return jdbc.sql("""
        SELECT from_status, to_status, effective_on, reason, changed_by, changed_at
        FROM cadre_status_change WHERE cadre_id = ? ORDER BY changed_at, id""")
        .param(cadreId)
        .query((rs, n) -> new StatusHistoryEntry(
            rs.getString(1) != null ? CadreStatus.valueOf(rs.getString(1)) : null,
            CadreStatus.valueOf(rs.getString(2)),
            rs.getDate(3).toLocalDate(),
            rs.getString(4),
            rs.getString(5),
            rs.getTimestamp(6).toInstant()))
        .list();
  }

  public long count(CadreFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    return jdbc.sql("SELECT COUNT(*) FROM cadre c" + where).params(params).query(Long.class).single();
  }

  public List<Cadre> page(CadreFilter filter, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, params);
    params.put("limit", size);
    params.put("offset", (long) page * size);
    return jdbc.sql(SELECT + where + " ORDER BY c.id LIMIT :limit OFFSET :offset")
        .params(params).query(CadreRepository::cadre).list();
  }

  private static String where(CadreFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.jurisdictionCodes() != null) {
      where.append(" AND c.jurisdiction_code IN (:jurisdictions)");
      params.put("jurisdictions", filter.jurisdictionCodes());
    }
    if (filter.role() != null) {
      where.append(" AND c.role = :role");
      params.put("role", filter.role().name());
    }
    if (filter.status() != null) {
      where.append(" AND c.status = :status");
      params.put("status", filter.status().name());
    }
    return where.toString();
  }

  private static Cadre cadre(ResultSet rs, int rowNum) throws SQLException {
    return new Cadre(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("jurisdiction_code"),
        rs.getString("jurisdiction_name"),
        CadreRole.valueOf(rs.getString("role")),
        rs.getString("post"),
        CadreStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("created_at").toInstant());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
