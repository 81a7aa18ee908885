package cn.gx.safeduty.kernel.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Due dates counted in working days into a year whose holiday notice is not out: where each period
 * started and how long it is, kept until the year's official file arrives and they are counted again.
 * Written in the engine's transaction, so a rolled-back task leaves no row.
 */
@Repository
public class ProvisionalDeadlines {

  /** One remembered due date: the execution and activity it was set for, the named period, its start and end. */
  public record Remembered(long id, String executionId, String activityId, String name, String period,
      Instant startedAt, Instant dueAt) {
  }

  private final JdbcClient jdbc;

  public ProvisionalDeadlines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void remember(String executionId, String activityId, String name, String period, Instant startedAt, Instant dueAt) {
    jdbc.sql("""
        INSERT INTO provisional_deadline (execution_id, activity_id, period_name, period, started_at, due_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(executionId, activityId, name, period, Timestamp.from(startedAt), Timestamp.from(dueAt))
        .update();
  }

  public List<Remembered> all() {
    return jdbc.sql("""
        SELECT id, execution_id, activity_id, period_name, period, started_at, due_at FROM provisional_deadline
        ORDER BY id""")
        .query((rs, n) -> new Remembered(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
        .list();
  }

  /** The due date was counted again and still falls in a provisional year. */
  public void moved(long id, Instant dueAt) {
    jdbc.sql("UPDATE provisional_deadline SET due_at = ? WHERE id = ?").params(Timestamp.from(dueAt), id).update();
  }

  public void forget(long id) {
    jdbc.sql("DELETE FROM provisional_deadline WHERE id = ?").param(id).update();
  }
}
