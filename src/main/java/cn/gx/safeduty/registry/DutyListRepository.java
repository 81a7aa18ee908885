package cn.gx.safeduty.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The duty lists of Art 5(3) and 6(3) as stored. */
@Repository
public class DutyListRepository {

  private final JdbcClient jdbc;

  public DutyListRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(NewDutyList list, String recordedBy, Instant at) {
    jdbc.sql("""
        INSERT INTO duty_list (jurisdiction_code, list_year, kind, title, document_ref, issued_on, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(list.jurisdictionCode(), list.year(), list.kind().name(), list.title().trim(), list.documentRef().trim(),
            Date.valueOf(list.issuedOn()), recordedBy, Timestamp.from(at))
        .update();
  }

  public java.util.Optional<DutyList> find(long id) {
    return jdbc.sql("SELECT * FROM duty_list WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
  }

  public List<DutyList> find(String jurisdiction, Integer year, DutyList.Kind kind) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (jurisdiction != null) {
      where.append(" AND jurisdiction_code = :jurisdiction");
      params.put("jurisdiction", jurisdiction);
    }
    if (year != null) {
      where.append(" AND list_year = :year");
      params.put("year", year);
    }
    if (kind != null) {
      where.append(" AND kind = :kind");
      params.put("kind", kind.name());
    }
    return jdbc.sql("SELECT * FROM duty_list" + where + " ORDER BY list_year, jurisdiction_code, kind").params(params)
        .query((rs, n) -> row(rs))
        .list();
  }

  private static DutyList row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new DutyList(rs.getLong("id"), rs.getString("jurisdiction_code"), rs.getInt("list_year"),
        DutyList.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("document_ref"),
        rs.getDate("issued_on").toLocalDate(), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }
}
