package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ListQuery;
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

  private static final String COLUMNS = """
      c.id, c.name, c.jurisdiction_code, j.name AS jurisdiction_name, c.role, c.post, c.status, c.created_at,
        c.safety_committee_vice_chair""";
  private static final String FROM = "FROM cadre c JOIN jurisdiction j ON j.code = c.jurisdiction_code";
  private static final String SELECT = "SELECT " + COLUMNS + " " + FROM + " ";
  /** A cadre as they held a posting: its jurisdiction, post, roles and Art 8 flag. */
  private static final String HELD_COLUMNS = """
      c.id, c.name, p.jurisdiction_code, j.name AS jurisdiction_name, p.roles, p.post, c.status, c.created_at,
        p.safety_committee_vice_chair""";
  private static final String HELD_FROM = """
      FROM cadre c JOIN cadre_posting p ON p.cadre_id = c.id JOIN jurisdiction j ON j.code = p.jurisdiction_code""";

  private final JdbcClient jdbc;

  public CadreRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewCadre cadre, Instant createdAt) {
    var keys = new GeneratedKeyHolder();
    List<CadreRole> roles = cadre.allRoles();
    jdbc.sql("""
        INSERT INTO cadre (name, jurisdiction_code, role, post, status, created_at, safety_committee_vice_chair)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(cadre.name().trim(), cadre.jurisdictionCode(), roles.get(0).name(), blankToNull(cadre.post()),
            cadre.statusOrDefault().name(), Timestamp.from(createdAt), cadre.viceChair())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    insertRoles(id, roles);
    return id;
  }

  /** A posting, in force from {@code startsOn}. */
  public long insertPosting(long cadreId, String jurisdictionCode, String post, List<CadreRole> roles, boolean viceChair,
      java.time.LocalDate startsOn, String reason, String by, Instant at) {
    org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO cadre_posting (cadre_id, jurisdiction_code, post, roles, safety_committee_vice_chair, starts_on,
          reason, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cadreId, jurisdictionCode, blankToNull(post), rolesText(roles), viceChair, startsOn, blankToNull(reason), by,
            Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /**
   * Ends the posting in force: {@code lastDay} is its last day, or — for a posting that began after it —
   * the day before it began (held for no day).
   */
  public void endPosting(long cadreId, java.time.LocalDate lastDay) {
    postings(cadreId).stream().filter(p -> p.endsOn() == null).forEach(p -> jdbc.sql(
        "UPDATE cadre_posting SET ends_on = ? WHERE id = ?")
        .params(lastDay.isBefore(p.startsOn()) ? p.startsOn().minusDays(1) : lastDay, p.id()).update());
  }

  /** The cadre's postings, earliest first. */
  public List<Posting> postings(long cadreId) {
    return postingsOf(List.of(cadreId)).getOrDefault(cadreId, List.of());
  }

  /** The postings of these cadres, each earliest first, in one query. */
  public java.util.Map<Long, List<Posting>> postingsOf(java.util.Collection<Long> cadreIds) {
    java.util.Map<Long, List<Posting>> byCadre = new java.util.HashMap<>();
    if (cadreIds.isEmpty()) {
      return byCadre;
    }
    jdbc.sql("""
        SELECT p.*, j.name AS jurisdiction_name FROM cadre_posting p JOIN jurisdiction j ON j.code = p.jurisdiction_code
        WHERE p.cadre_id IN (:ids) ORDER BY p.cadre_id, p.starts_on, p.id""").param("ids", cadreIds)
        .query(rs -> {
          byCadre.computeIfAbsent(rs.getLong("cadre_id"), k -> new java.util.ArrayList<>()).add(new Posting(
              rs.getLong("id"), rs.getString("jurisdiction_code"), rs.getString("jurisdiction_name"),
              rs.getString("post"),
              roles(rs.getString("roles")),
              rs.getBoolean("safety_committee_vice_chair"), rs.getDate("starts_on").toLocalDate(),
              rs.getDate("ends_on") != null ? rs.getDate("ends_on").toLocalDate() : null, List.of(), rs.getString("reason"),
              rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
        });
    return byCadre;
  }

  /**
   * The cadres who held a posting in the jurisdiction at some time in [from, to], departed since or not,
   * each as they held it there (jurisdiction, post, roles of their latest such posting), by id. A cadre's
   * first posting counts as held before it was recorded (the registry records cadres in post), unless it
   * was recorded already ended (a cadre registered after leaving, when they served unknown).
   */
  public List<Cadre> holders(String jurisdictionCode, java.time.LocalDate from, java.time.LocalDate to) {
    java.util.Map<Long, Cadre> byCadre = new java.util.LinkedHashMap<>();
    jdbc.sql("""
        SELECT c.id, c.name, c.status, c.created_at, p.jurisdiction_code, j.name AS jurisdiction_name, p.post, p.roles,
          p.safety_committee_vice_chair
        FROM cadre_posting p JOIN cadre c ON c.id = p.cadre_id JOIN jurisdiction j ON j.code = p.jurisdiction_code
        WHERE p.jurisdiction_code = ? AND (p.ends_on IS NULL OR p.ends_on >= ?)
          AND (p.starts_on <= ? OR (p.ends_on IS NULL OR p.ends_on >= p.starts_on) AND NOT EXISTS (
            SELECT 1 FROM cadre_posting e WHERE e.cadre_id = p.cadre_id
            AND (e.starts_on < p.starts_on OR e.starts_on = p.starts_on AND e.id < p.id)))
        ORDER BY c.id, p.starts_on, p.id""").params(jurisdictionCode, from, to)
        .query(rs -> {
          List<CadreRole> roles = roles(rs.getString("roles"));
          byCadre.put(rs.getLong("id"), new Cadre(rs.getLong("id"), rs.getString("name"),
              rs.getString("jurisdiction_code"), rs.getString("jurisdiction_name"), roles.get(0), rs.getString("post"),
              CadreStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(), roles,
              rs.getBoolean("safety_committee_vice_chair")));
        });
    return List.copyOf(byCadre.values());
  }

  /** The cadre row follows the posting in force: jurisdiction, post, roles, the Art 8 flag. */
  public void moveTo(long cadreId, String jurisdictionCode, String post, List<CadreRole> roles, boolean viceChair) {
    jdbc.sql("UPDATE cadre SET jurisdiction_code = ?, post = ? WHERE id = ?")
        .params(jurisdictionCode, blankToNull(post), cadreId).update();
    setRoles(cadreId, roles, viceChair);
  }

  /** The cadre's roles from now on; the first is the one lists show. */
  public void setRoles(long id, List<CadreRole> roles, boolean viceChair) {
    jdbc.sql("DELETE FROM cadre_role WHERE cadre_id = ?").param(id).update();
    insertRoles(id, roles);
    jdbc.sql("UPDATE cadre SET role = ?, safety_committee_vice_chair = ? WHERE id = ?")
        .params(roles.get(0).name(), viceChair, id).update();
    jdbc.sql("UPDATE cadre_posting SET roles = ?, safety_committee_vice_chair = ? WHERE cadre_id = ? AND ends_on IS NULL")
        .params(rolesText(roles), viceChair, id)
        .update();
  }

  private void insertRoles(long id, List<CadreRole> roles) {
    for (CadreRole role : roles) {
      jdbc.sql("INSERT INTO cadre_role (cadre_id, role) VALUES (?, ?)").params(id, role.name()).update();
    }
  }

  public Optional<Cadre> find(long id) {
    return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(CadreRepository::cadre).optional()
        .map(c -> withRoles(List.of(c)).get(0));
  }

  /** The cadres with all their roles, read in one query. */
  private List<Cadre> withRoles(List<Cadre> cadres) {
    if (cadres.isEmpty()) {
      return cadres;
    }
    Map<Long, List<CadreRole>> roles = new HashMap<>();
    jdbc.sql("SELECT cadre_id, role FROM cadre_role WHERE cadre_id IN (:ids)")
        .param("ids", cadres.stream().map(Cadre::id).toList())
        .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
            .add(CadreRole.valueOf(rs.getString(2))))
        .list();
    return cadres.stream().map(c -> {
      List<CadreRole> all = new java.util.ArrayList<>(List.of(c.role()));
      roles.getOrDefault(c.id(), List.of()).stream().filter(r -> !all.contains(r)).sorted().forEach(all::add);
      return new Cadre(c.id(), c.name(), c.jurisdictionCode(), c.jurisdictionName(), c.role(), c.post(), c.status(),
          c.createdAt(), List.copyOf(all), c.safetyCommitteeViceChair());
    }).toList();
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
    insertHistory(cadreId, from, change, null, changedBy, at);
  }

  /** A history entry; {@code roles} where the roles were set (at registration or by a change of roles). */
  public void insertHistory(long cadreId, CadreStatus from, StatusChange change, List<CadreRole> roles,
      String changedBy, Instant at) {
    jdbc.sql("""
        INSERT INTO cadre_status_change (cadre_id, from_status, to_status, effective_on, reason, changed_by, changed_at,
          roles)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(cadreId, from != null ? from.name() : null, change.status().name(), change.effectiveOn(),
            blankToNull(change.reason()), changedBy, Timestamp.from(at),
            roles != null ? rolesText(roles) : null)
        .update();
  }

  /** The status histories of these cadres, in one query. */
  public java.util.Map<Long, List<StatusHistoryEntry>> statusHistories(java.util.Collection<Long> cadreIds) {
    java.util.Map<Long, List<StatusHistoryEntry>> byCadre = new java.util.HashMap<>();
    if (cadreIds.isEmpty()) {
      return byCadre;
    }
    jdbc.sql("""
        SELECT cadre_id, from_status, to_status, effective_on, reason, changed_by, changed_at, roles
        FROM cadre_status_change WHERE cadre_id IN (:ids) ORDER BY changed_at, id""")
        .param("ids", cadreIds)
        .query(rs -> {
          byCadre.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new StatusHistoryEntry(
              rs.getString(2) != null ? CadreStatus.valueOf(rs.getString(2)) : null,
              CadreStatus.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6),
              rs.getTimestamp(7).toInstant(),
              rs.getString(8) != null ? roles(rs.getString(8)) : null));
        });
    return byCadre;
  }

  public List<StatusHistoryEntry> statusHistory(long cadreId) {
    return jdbc.sql("""
        SELECT from_status, to_status, effective_on, reason, changed_by, changed_at, roles
        FROM cadre_status_change WHERE cadre_id = ? ORDER BY changed_at, id""")
        .param(cadreId)
        .query((rs, n) -> new StatusHistoryEntry(
            rs.getString(1) != null ? CadreStatus.valueOf(rs.getString(1)) : null,
            CadreStatus.valueOf(rs.getString(2)),
            rs.getDate(3).toLocalDate(),
            rs.getString(4),
            rs.getString(5),
            rs.getTimestamp(6).toInstant(),
            rs.getString(7) != null ? roles(rs.getString(7)) : null))
        .list();
  }

  public long count(CadreFilter filter) {
    return filtered(filter).count(jdbc);
  }

  /** Every cadre the filter selects, with their roles: for an internal reader (a compliance check), never an API list. */
  public List<Cadre> all(CadreFilter filter) {
    if (filter.on() != null) {
      return filtered(filter).all(jdbc, HELD_COLUMNS, "c.id", CadreRepository::asHeld);
    }
    return withRoles(filtered(filter).all(jdbc, COLUMNS, "c.id", CadreRepository::cadre));
  }

  /** A page of the cadres the filter selects; with a day, each as they held their posting that day. */
  public List<Cadre> page(CadreFilter filter, int page, int size) {
    if (filter.on() != null) {
      return filtered(filter).page(jdbc, HELD_COLUMNS, "c.id", page, size, CadreRepository::asHeld);
    }
    return withRoles(filtered(filter).page(jdbc, COLUMNS, "c.id", page, size, CadreRepository::cadre));
  }

  private static ListQuery filtered(CadreFilter filter) {
    if (filter.on() != null) {
      return heldOn(filter).where("c.status = :status", "status", filter.status());
    }
    return ListQuery.from(FROM)
        .whereIn("c.jurisdiction_code", "jurisdictions", filter.jurisdictionCodes())
        .where("EXISTS (SELECT 1 FROM cadre_role r WHERE r.cadre_id = c.id AND r.role = :role)", "role", filter.role())
        .where("c.status = :status", "status", filter.status());
  }

  /**
   * The cadres who held a posting on the filter's day in its jurisdictions and role, one row each with the
   * posting (postings do not overlap); a first posting counts as held before it was recorded, as in
   * {@link #holders}.
   */
  private static ListQuery heldOn(CadreFilter filter) {
    StringBuilder held = new StringBuilder("""
        (p.ends_on IS NULL OR p.ends_on >= :on)
          AND (p.starts_on <= :on OR (p.ends_on IS NULL OR p.ends_on >= p.starts_on) AND NOT EXISTS (
            SELECT 1 FROM cadre_posting e WHERE e.cadre_id = p.cadre_id
            AND (e.starts_on < p.starts_on OR e.starts_on = p.starts_on AND e.id < p.id)))""");
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("on", filter.on());
    if (filter.jurisdictionCodes() != null) {
      if (filter.jurisdictionCodes().isEmpty()) {
        return ListQuery.from(HELD_FROM).where("1 = 0", Map.of());
      }
      held.append(" AND p.jurisdiction_code IN (:jurisdictions)");
      params.put("jurisdictions", List.copyOf(filter.jurisdictionCodes()));
    }
    if (filter.role() != null) {
      held.append(" AND (',' || p.roles || ',') LIKE :rolePattern");
      params.put("rolePattern", "%," + filter.role().name() + ",%");
    }
    return ListQuery.from(HELD_FROM).where(held.toString(), params);
  }

  private static Cadre asHeld(ResultSet rs, int rowNum) throws SQLException {
    List<CadreRole> roles = roles(rs.getString("roles"));
    return new Cadre(rs.getLong("id"), rs.getString("name"), rs.getString("jurisdiction_code"),
        rs.getString("jurisdiction_name"), roles.get(0), rs.getString("post"), CadreStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("created_at").toInstant(), roles, rs.getBoolean("safety_committee_vice_chair"));
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
        rs.getTimestamp("created_at").toInstant(),
        List.of(CadreRole.valueOf(rs.getString("role"))),
        rs.getBoolean("safety_committee_vice_chair"));
  }

  /** Roles as a column keeps them: codes separated by commas, the first the one lists show. */
  private static String rolesText(List<CadreRole> roles) {
    return roles.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
  }

  private static List<CadreRole> roles(String text) {
    return java.util.Arrays.stream(text.split(",")).map(CadreRole::valueOf).toList();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
