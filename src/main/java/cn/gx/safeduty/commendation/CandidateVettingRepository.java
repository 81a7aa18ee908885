package cn.gx.safeduty.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import cn.gx.safeduty.registry.AppointmentKind;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The candidate_vetting table. */
@Repository
public class CandidateVettingRepository {

  private final JdbcClient jdbc;

  public CandidateVettingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String number, long cadreId, String post, AppointmentKind kind, String by, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO candidate_vetting (vetting_number, cadre_id, proposed_post, appointment_kind, status, created_by, created_at)
        VALUES (?, ?, ?, ?, 'COMPILING', ?, ?)""")
        .params(number, cadreId, post, kind.name(), by, Timestamp.from(at)).update(key, "id");
    return key.getKey().longValue();
  }

  void setProcessInstance(long id, String pid) {
    jdbc.sql("UPDATE candidate_vetting SET process_instance_id = ? WHERE id = ?").params(pid, id).update();
  }

  void lock(long id) {
    jdbc.sql("SELECT id FROM candidate_vetting WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
        .orElseThrow(() -> new cn.gx.safeduty.kernel.NotFoundException("Vetting", id));
  }

  /** The number of an open vetting of this cadre for this post, if any. */
  Optional<String> openVetting(long cadreId, String post) {
    return jdbc.sql("""
        SELECT vetting_number FROM candidate_vetting WHERE cadre_id = ? AND proposed_post = ?
        AND status IN ('COMPILING', 'AWAITING_OPINION', 'AWAITING_CONCLUSION')""")
        .params(cadreId, post).query(String.class).list().stream().findFirst();
  }

  Optional<Long> ofInstance(String pid) {
    return jdbc.sql("SELECT id FROM candidate_vetting WHERE process_instance_id = ?").param(pid).query(Long.class)
        .optional();
  }

  void compiled(long id, String record, Instant at) {
    jdbc.sql("UPDATE candidate_vetting SET status = 'AWAITING_OPINION', compiled_record = ?, compiled_at = ? WHERE id = ? "
        + "AND status = 'COMPILING'")
        .params(record, Timestamp.from(at), id).update();
  }

  void stop(long id, String record, String article, String reason, Instant at) {
    jdbc.sql("""
        UPDATE candidate_vetting SET status = 'STOPPED', compiled_record = ?, compiled_at = ?, stop_article = ?,
          stop_reason = ? WHERE id = ? AND status = 'COMPILING'""")
        .params(record, Timestamp.from(at), article, reason, id).update();
  }

  void concludeStopped(long id, String conclusion, String by, Instant at) {
    jdbc.sql("""
        UPDATE candidate_vetting SET status = 'CONCLUDED', passed = FALSE, conclusion = ?, concluded_by = ?,
          concluded_at = ? WHERE id = ? AND status = 'STOPPED'""")
        .params(conclusion, by, Timestamp.from(at), id).update();
  }

  void opinion(long id, VettingOpinion opinion, String reasons, String by, Instant at) {
    jdbc.sql("""
        UPDATE candidate_vetting SET status = 'AWAITING_CONCLUSION', opinion = ?, opinion_reasons = ?, opinion_by = ?,
          opinion_at = ? WHERE id = ? AND status = 'AWAITING_OPINION'""")
        .params(opinion.name(), reasons, by, Timestamp.from(at), id).update();
  }

  void conclude(long id, boolean passed, String conclusion, String by, Instant at) {
    jdbc.sql("""
        UPDATE candidate_vetting SET status = 'CONCLUDED', passed = ?, conclusion = ?, concluded_by = ?, concluded_at = ?
        WHERE id = ? AND status = 'AWAITING_CONCLUSION'""")
        .params(passed, conclusion, by, Timestamp.from(at), id).update();
  }

  Optional<CandidateVetting> find(long id) {
    return jdbc.sql("""
        SELECT v.*, k.name AS cadre_name FROM candidate_vetting v JOIN cadre k ON k.id = v.cadre_id WHERE v.id = ?""")
        .param(id).query((rs, n) -> row(rs)).optional();
  }

  private static CandidateVetting row(ResultSet rs) throws SQLException {
    String stopReason = rs.getString("stop_reason");
    String opinion = rs.getString("opinion");
    boolean passed = rs.getBoolean("passed");
    CandidateVetting.Conclusion conclusion = rs.wasNull() ? null : new CandidateVetting.Conclusion(passed,
        rs.getString("conclusion"), rs.getString("concluded_by"), instant(rs, "concluded_at"));
    return new CandidateVetting(rs.getLong("id"), rs.getString("vetting_number"), rs.getLong("cadre_id"),
        rs.getString("cadre_name"), rs.getString("proposed_post"),
        AppointmentKind.valueOf(rs.getString("appointment_kind")),
        VettingStatus.valueOf(rs.getString("status")), rs.getString("compiled_record"), instant(rs, "compiled_at"),
        stopReason == null ? null : new CandidateVetting.Stop(rs.getString("stop_article"), stopReason),
        opinion == null ? null : new CandidateVetting.Opinion(VettingOpinion.valueOf(opinion),
            rs.getString("opinion_reasons"), rs.getString("opinion_by"), instant(rs, "opinion_at")),
        conclusion, rs.getString("process_instance_id"), rs.getString("created_by"), instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
