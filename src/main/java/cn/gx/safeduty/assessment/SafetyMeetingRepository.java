package cn.gx.safeduty.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings on work safety as stored. */
@Repository
public class SafetyMeetingRepository {

  private final JdbcClient jdbc;

  public SafetyMeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewSafetyMeeting m, String recordedBy, Instant at) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO safety_meeting (jurisdiction_code, body, held_on, cadre_id, topic, minutes_ref, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(m.jurisdictionCode(), m.body().name(), Date.valueOf(m.heldOn()), m.cadreId(), m.topic().trim(),
            m.minutesRef().trim(), recordedBy, Timestamp.from(at))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public boolean exists(NewSafetyMeeting m) {
    return jdbc.sql("""
        SELECT COUNT(*) FROM safety_meeting WHERE jurisdiction_code = ? AND body = ? AND held_on = ? AND minutes_ref = ?""")
        .params(m.jurisdictionCode(), m.body().name(), Date.valueOf(m.heldOn()), m.minutesRef().trim())
        .query(Long.class).single() > 0;
  }

  public SafetyMeeting get(long id) {
    return jdbc.sql("SELECT * FROM safety_meeting WHERE id = ?").param(id).query(SafetyMeetingRepository::row).single();
  }

  /** The meetings held in {@code [from, to]} in these jurisdictions (all when null), by date. */
  public List<SafetyMeeting> between(Collection<String> jurisdictions, MeetingBody body, LocalDate from, LocalDate to) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" WHERE held_on BETWEEN :from AND :to");
    params.put("from", Date.valueOf(from));
    params.put("to", Date.valueOf(to));
    if (jurisdictions != null) {
      where.append(" AND jurisdiction_code IN (:codes)");
      params.put("codes", jurisdictions.isEmpty() ? List.of("") : jurisdictions);
    }
    if (body != null) {
      where.append(" AND body = :body");
      params.put("body", body.name());
    }
    return jdbc.sql("SELECT * FROM safety_meeting" + where + " ORDER BY held_on, id").params(params)
        .query(SafetyMeetingRepository::row).list();
  }

  private static SafetyMeeting row(ResultSet rs, int n) throws SQLException {
    return new SafetyMeeting(rs.getLong("id"), rs.getString("jurisdiction_code"),
        MeetingBody.valueOf(rs.getString("body")), rs.getDate("held_on").toLocalDate(), rs.getLong("cadre_id"),
        rs.getString("topic"), rs.getString("minutes_ref"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
