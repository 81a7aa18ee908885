package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.ListQuery;
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
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The commendation and commendation_objection tables. */
@Repository
public class CommendationRepository {

  private static final String COLUMNS = """
      SELECT m.*, k.name AS cadre_name, k.jurisdiction_code FROM commendation m JOIN cadre k ON k.id = m.cadre_id
      """;

  private final JdbcClient jdbc;

  public CommendationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String number, int year, NewCommendation c, Long proposalId, String proposalRef, String by, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO commendation (nomination_number, nomination_year, cadre_id, basis, contribution_type, proposed_award,
          citation, nominating_unit, proposal_id, proposal_ref, status, created_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOMINATED', ?, ?)""")
        .params(number, year, c.cadreId(), c.basis().name(), c.contributionType(), c.proposedAward(), c.citation(),
            c.nominatingUnit(), proposalId, proposalRef, by, Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void setProcessInstance(long id, String pid) {
    jdbc.sql("UPDATE commendation SET process_instance_id = ? WHERE id = ?").params(pid, id).update();
  }

  void lock(long id) {
    jdbc.sql("SELECT id FROM commendation WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
        .orElseThrow(() -> new cn.gx.safeduty.kernel.NotFoundException("Nomination", id));
  }

  /** The number of an open nomination of this cadre for this award, if any. */
  Optional<String> openNomination(long cadreId, String award) {
    return jdbc.sql("""
        SELECT nomination_number FROM commendation WHERE cadre_id = ? AND proposed_award = ?
        AND status IN ('NOMINATED', 'UNDER_REVIEW', 'ON_NOTICE', 'AWAITING_DECISION')""")
        .params(cadreId, award).query(String.class).list().stream().findFirst();
  }

  Optional<Commendation> find(long id) {
    return jdbc.sql(COLUMNS + " WHERE m.id = ?").param(id).query((rs, n) -> row(rs, List.of())).optional()
        .map(c -> withObjections(c, objections(id)));
  }

  Optional<Long> ofInstance(String pid) {
    return jdbc.sql("SELECT id FROM commendation WHERE process_instance_id = ?").param(pid).query(Long.class).optional();
  }

  /** The status changes only from the one its owner read under the lock. */
  void setStatus(long id, CommendationStatus from, CommendationStatus status) {
    jdbc.sql("UPDATE commendation SET status = ? WHERE id = ? AND status = ?").params(status.name(), id, from.name())
        .update();
  }

  void stop(long id, CommendationStatus from, String article, String reason, Instant at) {
    jdbc.sql("""
        UPDATE commendation SET status = 'STOPPED', stop_article = ?, stop_reason = ?, closed_at = ?
        WHERE id = ? AND status = ?""")
        .params(article, reason, Timestamp.from(at), id, from.name()).update();
  }

  void review(long id, boolean passed, String note, String by, Instant at) {
    jdbc.sql("UPDATE commendation SET review_passed = ?, review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
        .params(passed, note, by, Timestamp.from(at), id).update();
  }

  void notice(long id, LocalDate from, LocalDate until) {
    jdbc.sql("""
        UPDATE commendation SET status = 'ON_NOTICE', notice_from = ?, notice_until = ?
        WHERE id = ? AND status = 'UNDER_REVIEW'""")
        .params(Date.valueOf(from), Date.valueOf(until), id).update();
  }

  void decide(long id, Commendation.Decision d) {
    jdbc.sql("""
        UPDATE commendation SET awarded = ?, award = ?, decision_ref = ?, decided_on = ?, decision_note = ?,
          decided_by = ?, decided_at = ? WHERE id = ?""")
        .params(d.awarded(), d.award(), d.ref(), d.decidedOn() == null ? null : Date.valueOf(d.decidedOn()), d.note(),
            d.by(), Timestamp.from(d.at()), id)
        .update();
  }

  void close(long id, CommendationStatus status, Instant at) {
    jdbc.sql("UPDATE commendation SET status = ?, closed_at = ? WHERE id = ? AND status = 'AWAITING_DECISION'")
        .params(status.name(), Timestamp.from(at), id).update();
  }

  long insertObjection(long commendationId, String raisedBy, String content, String by, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO commendation_objection (commendation_id, raised_by, content, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?)""")
        .params(commendationId, raisedBy, content, by, Timestamp.from(at)).update(key, "id");
    return key.getKey().longValue();
  }

  Optional<Long> commendationOfObjection(long objectionId) {
    return jdbc.sql("SELECT commendation_id FROM commendation_objection WHERE id = ?").param(objectionId)
        .query(Long.class).optional();
  }

  void verify(long objectionId, boolean substantiated, String note, String by, Instant at) {
    jdbc.sql("""
        UPDATE commendation_objection SET substantiated = ?, verification_note = ?, verified_by = ?, verified_at = ?
        WHERE id = ?""")
        .params(substantiated, note, by, Timestamp.from(at), objectionId).update();
  }

  List<Commendation> page(Integer year, CommendationStatus status, Collection<String> jurisdictions, int page, int size) {
    return filtered(year, status, jurisdictions).page(jdbc, "m.*, k.name AS cadre_name, k.jurisdiction_code",
        "m.id DESC", page, size, (rs, n) -> row(rs, null));
  }

  long count(Integer year, CommendationStatus status, Collection<String> jurisdictions) {
    return filtered(year, status, jurisdictions).count(jdbc);
  }

  /** A nomination as the export lists it. */
  record ExportRow(String number, int year, String cadreName, String jurisdictionName, String post, Basis basis,
      String proposedAward, String nominatingUnit, CommendationStatus status, String stopReason, String award,
      String decisionRef, java.time.LocalDate decidedOn) {
  }

  /** The nominations the filters select, newest first, each handed on as it is read. */
  void forEachExported(Integer year, CommendationStatus status, Collection<String> jurisdictions,
      java.util.function.Consumer<ExportRow> each) {
    ListQuery.from("FROM commendation m JOIN cadre k ON k.id = m.cadre_id JOIN jurisdiction j ON j.code = k.jurisdiction_code")
        .where("m.nomination_year = :year", "year", year)
        .where("m.status = :status", "status", status)
        .whereIn("k.jurisdiction_code", "jurisdictions", jurisdictions)
        .forEach(jdbc, """
            m.nomination_number, m.nomination_year, k.name AS cadre_name, j.name AS jurisdiction_name, k.post, m.basis,
              m.proposed_award, m.nominating_unit, m.status, m.stop_reason, m.award, m.decision_ref, m.decided_on""",
            "m.id DESC",
            (rs, n) -> new ExportRow(rs.getString("nomination_number"), rs.getInt("nomination_year"),
                rs.getString("cadre_name"), rs.getString("jurisdiction_name"), rs.getString("post"),
                Basis.valueOf(rs.getString("basis")), rs.getString("proposed_award"), rs.getString("nominating_unit"),
                CommendationStatus.valueOf(rs.getString("status")), rs.getString("stop_reason"), rs.getString("award"),
                rs.getString("decision_ref"),
                rs.getDate("decided_on") != null ? rs.getDate("decided_on").toLocalDate() : null), each);
  }

  private static ListQuery filtered(Integer year, CommendationStatus status, Collection<String> jurisdictions) {
    return ListQuery.from("FROM commendation m JOIN cadre k ON k.id = m.cadre_id")
        .where("m.nomination_year = :year", "year", year)
        .where("m.status = :status", "status", status)
        .whereIn("k.jurisdiction_code", "jurisdictions", jurisdictions);
  }

  private List<Commendation.Objection> objections(long commendationId) {
    return jdbc.sql("SELECT * FROM commendation_objection WHERE commendation_id = ? ORDER BY id").param(commendationId)
        .query((rs, n) -> {
          boolean substantiated = rs.getBoolean("substantiated");
          Boolean verdict = rs.wasNull() ? null : substantiated;
          return new Commendation.Objection(rs.getLong("id"), rs.getString("raised_by"), rs.getString("content"),
              rs.getString("recorded_by"), instant(rs, "recorded_at"), verdict, rs.getString("verification_note"),
              rs.getString("verified_by"), instant(rs, "verified_at"));
        })
        .list();
  }

  private static Commendation withObjections(Commendation c, List<Commendation.Objection> objections) {
    return new Commendation(c.id(), c.nominationNumber(), c.year(), c.cadreId(), c.cadreName(), c.jurisdictionCode(),
        c.basis(), c.contributionType(), c.proposedAward(), c.citation(), c.nominatingUnit(), c.proposalId(),
        c.proposalRef(), c.status(), c.stop(), c.review(), c.noticeFrom(), c.noticeUntil(), c.decision(),
        c.processInstanceId(), c.createdBy(), c.createdAt(), c.closedAt(), objections);
  }

  private static Commendation row(ResultSet rs, List<Commendation.Objection> objections) throws SQLException {
    long proposal = rs.getLong("proposal_id");
    Long proposalId = rs.wasNull() ? null : proposal;
    String stopReason = rs.getString("stop_reason");
    boolean passed = rs.getBoolean("review_passed");
    Commendation.Review review = rs.wasNull() ? null : new Commendation.Review(passed, rs.getString("review_note"),
        rs.getString("reviewed_by"), instant(rs, "reviewed_at"));
    boolean awarded = rs.getBoolean("awarded");
    Commendation.Decision decision = rs.wasNull() ? null : new Commendation.Decision(awarded, rs.getString("award"),
        rs.getString("decision_ref"), date(rs, "decided_on"), rs.getString("decision_note"), rs.getString("decided_by"),
        instant(rs, "decided_at"));
    return new Commendation(rs.getLong("id"), rs.getString("nomination_number"), rs.getInt("nomination_year"),
        rs.getLong("cadre_id"), rs.getString("cadre_name"), rs.getString("jurisdiction_code"),
        Basis.valueOf(rs.getString("basis")), rs.getString("contribution_type"), rs.getString("proposed_award"),
        rs.getString("citation"), rs.getString("nominating_unit"), proposalId, rs.getString("proposal_ref"),
        CommendationStatus.valueOf(rs.getString("status")),
        stopReason == null ? null : new Commendation.Stop(rs.getString("stop_article"), stopReason), review,
        date(rs, "notice_from"), date(rs, "notice_until"), decision, rs.getString("process_instance_id"),
        rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "closed_at"), objections);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
