package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.ListQuery;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision items as stored, with their cadres, duties and events. */
@Repository
public class SupervisionItemRepository {

  private final JdbcClient jdbc;

  public SupervisionItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String number, NewSupervisionItem item, String inspectingCode, String createdBy, Instant at) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO supervision_item (item_number, source, source_ref, jurisdiction_code, inspecting_code, requirement,
          first_deadline, deadline, status, created_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
        .params(number, item.source().name(), item.sourceRef(), item.jurisdictionCode(), inspectingCode,
            item.requirement().trim(), Date.valueOf(item.deadline()), Date.valueOf(item.deadline()), createdBy,
            Timestamp.from(at))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (Long cadreId : item.cadreIds().stream().distinct().toList()) {
      jdbc.sql("INSERT INTO supervision_item_cadre (item_id, cadre_id) VALUES (?, ?)").params(id, cadreId).update();
    }
    for (String dutyId : item.dutyIds().stream().distinct().toList()) {
      jdbc.sql("INSERT INTO supervision_item_duty (item_id, duty_id) VALUES (?, ?)").params(id, dutyId).update();
    }
    return id;
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("UPDATE supervision_item SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
  }

  public void addEvent(long id, SupervisionItem.Kind kind, String note, LocalDate deadline, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO supervision_item_event (item_id, kind, note, deadline, happened_by, happened_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(id, kind.name(), note, deadline == null ? null : Date.valueOf(deadline), by, Timestamp.from(at))
        .update();
  }

  /** The status changes only from the one its owner read under the lock; false when it was not that. */
  boolean markOverdue(long id, SupervisionStatus from) {
    return jdbc.sql("UPDATE supervision_item SET status = 'OVERDUE', went_overdue = TRUE WHERE id = ? AND status = ?")
        .params(id, from.name()).update() == 1;
  }

  boolean verify(long id, SupervisionStatus from, SupervisionStatus result, String note, String by, Instant at) {
    return jdbc.sql("""
        UPDATE supervision_item SET status = ?, result_note = ?, verified_by = ?, verified_at = ?
        WHERE id = ? AND status = ?""")
        .params(result.name(), note, by, Timestamp.from(at), id, from.name())
        .update() == 1;
  }

  /** Whether an item of this source and reference was ordered before. */
  boolean exists(SupervisionSource source, String sourceRef) {
    return jdbc.sql("SELECT COUNT(*) FROM supervision_item WHERE source = ? AND source_ref = ?")
        .params(source.name(), sourceRef).query(Long.class).single() > 0;
  }

  boolean reorder(long id, LocalDate deadline) {
    return jdbc.sql("""
        UPDATE supervision_item SET status = 'OPEN', deadline = ?, rounds = rounds + 1, result_note = NULL,
          verified_by = NULL, verified_at = NULL
        WHERE id = ? AND status = 'NOT_DONE'""")
        .params(Date.valueOf(deadline), id)
        .update() == 1;
  }

  public List<Long> naming(long cadreId) {
    return jdbc.sql("SELECT item_id FROM supervision_item_cadre WHERE cadre_id = ? ORDER BY item_id DESC").param(cadreId)
        .query(Long.class).list();
  }

  public Optional<SupervisionItem> find(long id) {
    return jdbc.sql("SELECT * FROM supervision_item WHERE id = ?").param(id).query(SupervisionItemRepository::item)
        .optional()
        .map(item -> item.with(cadres(List.of(id)).getOrDefault(id, List.of()),
            duties(List.of(id)).getOrDefault(id, List.of()), events(id), marks(id)));
  }

  public Optional<Long> idOfProcessInstance(String processInstanceId) {
    return jdbc.sql("SELECT id FROM supervision_item WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).optional();
  }

  public Optional<SupervisionItem> lock(long id) {
    return jdbc.sql("SELECT * FROM supervision_item WHERE id = ? FOR UPDATE").param(id)
        .query(SupervisionItemRepository::item).optional();
  }

  /** Items matching the filter, newest first, with their cadres and duties: three queries. */
  public List<SupervisionItem> list(Collection<String> jurisdictions, SupervisionStatus status,
      SupervisionSource source, String sourceRef, int page, int size) {
    return withCadresAndDuties(filtered(jurisdictions, status, source, sourceRef)
        .page(jdbc, "*", "id DESC", page, size, SupervisionItemRepository::item));
  }

  /** Every item matching, newest first, for readers of a whole year or a whole tour. */
  public List<SupervisionItem> all(Collection<String> jurisdictions, SupervisionSource source, String sourceRef) {
    return withCadresAndDuties(filtered(jurisdictions, null, source, sourceRef)
        .all(jdbc, "*", "id DESC", SupervisionItemRepository::item));
  }

  private List<SupervisionItem> withCadresAndDuties(List<SupervisionItem> rows) {
    List<Long> ids = rows.stream().map(SupervisionItem::id).toList();
    Map<Long, List<Long>> cadres = cadres(ids);
    Map<Long, List<String>> duties = duties(ids);
    return rows.stream()
        .map(r -> r.with(cadres.getOrDefault(r.id(), List.of()), duties.getOrDefault(r.id(), List.of()), null, null))
        .toList();
  }

  public long count(Collection<String> jurisdictions, SupervisionStatus status, SupervisionSource source,
      String sourceRef) {
    return filtered(jurisdictions, status, source, sourceRef).count(jdbc);
  }

  private static ListQuery filtered(Collection<String> jurisdictions, SupervisionStatus status,
      SupervisionSource source, String sourceRef) {
    return ListQuery.from("FROM supervision_item")
        .whereIn("jurisdiction_code", "jurisdictions", jurisdictions)
        .where("status = :status", "status", status)
        .where("source = :source", "source", source)
        .where("source_ref = :sourceRef", "sourceRef", sourceRef);
  }

  private Map<Long, List<Long>> cadres(List<Long> ids) {
    Map<Long, List<Long>> byItem = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("SELECT item_id, cadre_id FROM supervision_item_cadre WHERE item_id IN (:ids) ORDER BY cadre_id")
          .param("ids", ids)
          .query(rs -> {
            byItem.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
          });
    }
    return byItem;
  }

  private Map<Long, List<String>> duties(List<Long> ids) {
    Map<Long, List<String>> byItem = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("SELECT item_id, duty_id FROM supervision_item_duty WHERE item_id IN (:ids) ORDER BY duty_id")
          .param("ids", ids)
          .query(rs -> {
            byItem.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
          });
    }
    return byItem;
  }

  private List<SupervisionItem.Event> events(long id) {
    return jdbc.sql("""
        SELECT kind, note, deadline, happened_by, happened_at FROM supervision_item_event
        WHERE item_id = ? ORDER BY happened_at, id""")
        .param(id)
        .query((rs, n) -> new SupervisionItem.Event(SupervisionItem.Kind.valueOf(rs.getString(1)), rs.getString(2),
            rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getString(4),
            rs.getTimestamp(5).toInstant()))
        .list();
  }

  private static SupervisionItem item(ResultSet rs, int n) throws SQLException {
    Timestamp verifiedAt = rs.getTimestamp("verified_at");
    return new SupervisionItem(rs.getLong("id"), rs.getString("item_number"),
        SupervisionSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
        rs.getString("jurisdiction_code"), rs.getString("inspecting_code"), rs.getString("requirement"),
        rs.getDate("first_deadline").toLocalDate(), rs.getDate("deadline").toLocalDate(), rs.getInt("rounds"),
        SupervisionStatus.valueOf(rs.getString("status")), rs.getBoolean("went_overdue"), rs.getString("result_note"),
        rs.getString("verified_by"), verifiedAt == null ? null : verifiedAt.toInstant(),
        rs.getString("process_instance_id"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
        List.of(), List.of(), null, null, false);
  }

  public void insertMark(long itemId, long cadreId, String reason, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO supervision_item_mark (item_id, cadre_id, reason, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)""")
        .params(itemId, cadreId, reason, by, Timestamp.from(at)).update();
  }

  public void setMarkCase(long itemId, long cadreId, long caseId, String caseNumber) {
    jdbc.sql("UPDATE supervision_item_mark SET case_id = ?, case_number = ? WHERE item_id = ? AND cadre_id = ?")
        .params(caseId, caseNumber, itemId, cadreId).update();
  }

  List<SupervisionItem.Mark> marks(long itemId) {
    return jdbc.sql("SELECT * FROM supervision_item_mark WHERE item_id = ? ORDER BY cadre_id").param(itemId)
        .query((rs, n) -> {
          long caseId = rs.getLong("case_id");
          Long caseRef = rs.wasNull() ? null : caseId;
          return new SupervisionItem.Mark(rs.getLong("cadre_id"), rs.getString("reason"), caseRef,
              rs.getString("case_number"), rs.getString("marked_by"), rs.getTimestamp("marked_at").toInstant());
        })
        .list();
  }
}
