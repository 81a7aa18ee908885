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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Inspection tours as stored: the plan, its targets, findings and marks. */
@Repository
public class InspectionTourRepository {

  private final JdbcClient jdbc;

  public InspectionTourRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String number, NewInspectionTour tour, String createdBy, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO inspection_tour (tour_number, tour_year, inspecting_code, status, created_by, created_at,
          planned_from, planned_to, method, contact_name, contact_phone)
        VALUES (?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, tour.year(), tour.inspectingJurisdiction(), createdBy, Timestamp.from(at),
            arranged(tour, a -> a.plannedFrom() == null ? null : Date.valueOf(a.plannedFrom())),
            arranged(tour, a -> a.plannedTo() == null ? null : Date.valueOf(a.plannedTo())),
            arranged(tour, a -> blankToNull(a.method())), arranged(tour, a -> blankToNull(a.contactName())),
            arranged(tour, a -> blankToNull(a.contactPhone())))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (int i = 0; i < tour.focus().size(); i++) {
      jdbc.sql("INSERT INTO inspection_tour_focus (tour_id, duty_id, position) VALUES (?, ?, ?)")
          .params(id, tour.focus().get(i), i).update();
    }
    for (NewInspectionTour.Member m : tour.team()) {
      jdbc.sql("INSERT INTO inspection_tour_member (tour_id, name, unit) VALUES (?, ?, ?)")
          .params(id, m.name().trim(), m.unit().trim()).update();
    }
    for (String code : tour.targets()) {
      jdbc.sql("INSERT INTO inspection_target (tour_id, jurisdiction_code, active_year, status) VALUES (?, ?, ?, 'PLANNED')")
          .params(id, code, tour.year()).update();
    }
    return id;
  }

  private static Object arranged(NewInspectionTour tour, java.util.function.Function<NewInspectionTour.Arrangements, Object> part) {
    return tour.arrangements() == null ? null : part.apply(tour.arrangements());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** Of these jurisdictions, those a tour not cancelled already covers in the year. */
  public List<String> alreadyToured(int year, Collection<String> codes) {
    return jdbc.sql("SELECT jurisdiction_code FROM inspection_target WHERE active_year = :year AND jurisdiction_code IN (:codes)")
        .param("year", year).param("codes", codes).query(String.class).list();
  }

  public void setProcessInstance(long tourId, String processInstanceId) {
    jdbc.sql("UPDATE inspection_tour SET process_instance_id = ? WHERE id = ?").params(processInstanceId, tourId).update();
  }

  public void approve(long tourId, String ref, String note, String by, Instant at) {
    jdbc.sql("UPDATE inspection_tour SET approval_ref = ?, approval_note = ?, approved_by = ?, approved_at = ? WHERE id = ?")
        .params(ref, note, by, Timestamp.from(at), tourId).update();
  }

  /** The tour's status changes only from the one its owner read under the lock; false when it was not that. */
  boolean setStatus(long tourId, TourStatus from, TourStatus status, Instant completedAt) {
    return jdbc.sql("UPDATE inspection_tour SET status = ?, completed_at = ? WHERE id = ? AND status = ?")
        .params(status.name(), completedAt == null ? null : Timestamp.from(completedAt), tourId, from.name())
        .update() == 1;
  }

  public Optional<TourStatus> lockTour(long tourId) {
    return jdbc.sql("SELECT status FROM inspection_tour WHERE id = ? FOR UPDATE").param(tourId)
        .query((rs, n) -> TourStatus.valueOf(rs.getString(1))).optional();
  }

  /** A cancelled tour frees its targets (none yet notified) for another tour that year. */
  void cancelTargets(long tourId) {
    jdbc.sql("UPDATE inspection_target SET status = 'CANCELLED', active_year = NULL WHERE tour_id = ? AND status = ?")
        .params(tourId, TargetStatus.PLANNED.name()).update();
  }

  public Optional<InspectionTour> tour(long id) {
    return jdbc.sql("""
        SELECT t.*, j.name AS inspecting_name FROM inspection_tour t JOIN jurisdiction j ON j.code = t.inspecting_code
        WHERE t.id = ?""")
        .param(id).query(this::tourRow).optional();
  }

  public Optional<Long> tourOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT id FROM inspection_tour WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).optional();
  }

  public List<Long> targetIds(long tourId) {
    return jdbc.sql("SELECT id FROM inspection_target WHERE tour_id = ? ORDER BY jurisdiction_code").param(tourId)
        .query(Long.class).list();
  }

  public List<InspectionTour.Target> targets(long tourId) {
    return jdbc.sql("""
        SELECT g.*, j.name AS jurisdiction_name FROM inspection_target g JOIN jurisdiction j ON j.code = g.jurisdiction_code
        WHERE g.tour_id = ? ORDER BY g.jurisdiction_code""")
        .param(tourId).query(InspectionTourRepository::targetRow).list();
  }

  public List<TourResult> resultsOf(String jurisdictionCode, int year) {
    return jdbc.sql("""
        SELECT t.tour_number, g.status, g.rating, g.not_fulfilled, g.partly_fulfilled, g.overdue_items, g.missing_lists
        FROM inspection_target g JOIN inspection_tour t ON t.id = g.tour_id
        WHERE g.jurisdiction_code = ? AND t.tour_year = ? AND g.status <> 'CANCELLED' ORDER BY t.id""")
        .params(jurisdictionCode, year)
        .query((rs, n) -> {
          String rating = rs.getString("rating");
          return new TourResult(rs.getString("tour_number"), TargetStatus.valueOf(rs.getString("status")),
              rating == null ? null : Rating.valueOf(rating), rating == null ? null : new RatingCounts(
                  rs.getInt("not_fulfilled"), rs.getInt("partly_fulfilled"), rs.getInt("overdue_items"),
                  rs.getInt("missing_lists")));
        })
        .list();
  }

  public Optional<InspectionTour.Target> target(long targetId) {
    return jdbc.sql("""
        SELECT g.*, j.name AS jurisdiction_name FROM inspection_target g JOIN jurisdiction j ON j.code = g.jurisdiction_code
        WHERE g.id = ?""")
        .param(targetId).query(InspectionTourRepository::targetRow).optional();
  }

  public long tourOfTarget(long targetId) {
    return jdbc.sql("SELECT tour_id FROM inspection_target WHERE id = ?").param(targetId).query(Long.class).single();
  }

  /** Locks the target's row and reads where it stands. */
  public TargetStatus lockTarget(long targetId) {
    return jdbc.sql("SELECT status FROM inspection_target WHERE id = ? FOR UPDATE").param(targetId)
        .query((rs, n) -> TargetStatus.valueOf(rs.getString(1))).optional()
        .orElseThrow(() -> new cn.gx.safeduty.kernel.NotFoundException("Inspection target", targetId));
  }

  void notified(long targetId, String noticeNumber, Instant at) {
    jdbc.sql("""
        UPDATE inspection_target SET status = 'NOTIFIED', notice_number = ?, notified_at = ? WHERE id = ?
          AND status = 'PLANNED'""")
        .params(noticeNumber, Timestamp.from(at), targetId).update();
  }

  void inspected(long targetId, LocalDate from, LocalDate to, String note) {
    jdbc.sql("""
        UPDATE inspection_target SET status = 'INSPECTED', inspected_from = ?, inspected_to = ?, inspection_note = ?
        WHERE id = ? AND status = 'NOTIFIED'""")
        .params(Date.valueOf(from), Date.valueOf(to), note, targetId).update();
  }

  void setTargetStatus(long targetId, TargetStatus from, TargetStatus status) {
    jdbc.sql("UPDATE inspection_target SET status = ? WHERE id = ? AND status = ?")
        .params(status.name(), targetId, from.name()).update();
  }

  void rated(long targetId, RatingCounts counts, Rating rating, Instant at) {
    jdbc.sql("""
        UPDATE inspection_target SET status = 'RATED', not_fulfilled = ?, partly_fulfilled = ?, overdue_items = ?,
          missing_lists = ?, rating = ?, rated_at = ?
        WHERE id = ? AND status = 'FINDINGS_RECORDED'""")
        .params(counts.notFulfilled(), counts.partlyFulfilled(), counts.overdueRectifications(),
            counts.missingDutyLists(), rating.name(), Timestamp.from(at), targetId)
        .update();
  }

  public void markReason(long targetId, String reason) {
    jdbc.sql("UPDATE inspection_target SET mark_reason = ? WHERE id = ?").params(reason, targetId).update();
  }

  void filed(long targetId, String note, String by, Instant at) {
    jdbc.sql("""
        UPDATE inspection_target SET status = 'FILED', filing_note = ?, filed_by = ?, filed_at = ?
        WHERE id = ? AND status = 'RATED'""")
        .params(note, by, Timestamp.from(at), targetId).update();
  }

  public long insertFinding(long targetId, String dutyId, Verdict verdict, String evidence, String rectification,
      List<Long> cadreIds, String by, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO inspection_finding (target_id, duty_id, verdict, evidence, rectification, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(targetId, dutyId, verdict.name(), evidence, rectification, by, Timestamp.from(at))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (Long cadreId : cadreIds) {
      jdbc.sql("INSERT INTO inspection_finding_cadre (finding_id, cadre_id) VALUES (?, ?)").params(id, cadreId).update();
    }
    return id;
  }

  public void setFindingItem(long findingId, long itemId) {
    jdbc.sql("UPDATE inspection_finding SET item_id = ? WHERE id = ?").params(itemId, findingId).update();
  }

  /** The findings of these targets, by target, with the leaders each names: two queries. */
  public Map<Long, List<InspectionTour.Finding>> findings(Collection<Long> targetIds) {
    Map<Long, List<InspectionTour.Finding>> byTarget = new LinkedHashMap<>();
    if (targetIds.isEmpty()) {
      return byTarget;
    }
    Map<Long, List<Long>> cadres = new HashMap<>();
    jdbc.sql("""
        SELECT c.finding_id, c.cadre_id FROM inspection_finding_cadre c JOIN inspection_finding f ON f.id = c.finding_id
        WHERE f.target_id IN (:ids) ORDER BY c.cadre_id""")
        .param("ids", targetIds)
        .query(rs -> {
          cadres.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
    jdbc.sql("SELECT * FROM inspection_finding WHERE target_id IN (:ids) ORDER BY id").param("ids", targetIds)
        .query(rs -> {
          long id = rs.getLong("id");
          long itemId = rs.getLong("item_id");
          Long item = rs.wasNull() ? null : itemId;
          byTarget.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>()).add(new InspectionTour.Finding(id,
              rs.getString("duty_id"), Verdict.valueOf(rs.getString("verdict")), rs.getString("evidence"),
              cadres.getOrDefault(id, List.of()), rs.getString("rectification"), item, rs.getString("recorded_by"),
              rs.getTimestamp("recorded_at").toInstant()));
        });
    return byTarget;
  }

  public void insertMark(long targetId, long cadreId, List<String> dutyIds, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO inspection_mark (target_id, cadre_id, duty_ids, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)""")
        .params(targetId, cadreId, String.join(",", dutyIds), by, Timestamp.from(at)).update();
  }

  public void setMarkCase(long targetId, long cadreId, long caseId, String caseNumber) {
    jdbc.sql("UPDATE inspection_mark SET case_id = ?, case_number = ? WHERE target_id = ? AND cadre_id = ?")
        .params(caseId, caseNumber, targetId, cadreId).update();
  }

  public Map<Long, List<InspectionTour.Mark>> marks(Collection<Long> targetIds) {
    Map<Long, List<InspectionTour.Mark>> byTarget = new LinkedHashMap<>();
    if (targetIds.isEmpty()) {
      return byTarget;
    }
    jdbc.sql("SELECT * FROM inspection_mark WHERE target_id IN (:ids) ORDER BY id").param("ids", targetIds)
        .query(rs -> {
          long caseId = rs.getLong("case_id");
          Long caseRef = rs.wasNull() ? null : caseId;
          byTarget.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>()).add(new InspectionTour.Mark(
              rs.getLong("cadre_id"), List.of(rs.getString("duty_ids").split(",")), caseRef,
              rs.getString("case_number"), rs.getString("marked_by"), rs.getTimestamp("marked_at").toInstant()));
        });
    return byTarget;
  }

  /** One page of tours, newest first, with their target counts, in one query. */
  public List<TourSummary> summaries(Integer year, Collection<String> inspecting, TourStatus status, int page,
      int size) {
    return filtered(year, inspecting, status).page(jdbc, """
        t.id, t.tour_number, t.tour_year, t.inspecting_code, t.status, t.process_instance_id, t.created_at,
          (SELECT COUNT(*) FROM inspection_target g WHERE g.tour_id = t.id) AS targets,
          (SELECT COUNT(*) FROM inspection_target g WHERE g.tour_id = t.id AND g.status = 'FILED') AS filed""",
        "t.id DESC", page, size,
        (rs, n) -> new TourSummary(rs.getLong("id"), rs.getString("tour_number"), rs.getInt("tour_year"),
            rs.getString("inspecting_code"), TourStatus.valueOf(rs.getString("status")), rs.getInt("targets"),
            rs.getInt("filed"), rs.getString("process_instance_id"), rs.getTimestamp("created_at").toInstant()));
  }

  public long count(Integer year, Collection<String> inspecting, TourStatus status) {
    return filtered(year, inspecting, status).count(jdbc);
  }

  /** One target's result as the tours' export lists it. */
  public record ResultRow(String tourNumber, int year, String inspectingName, String targetName, TargetStatus status,
      java.time.LocalDate inspectedFrom, java.time.LocalDate inspectedTo, Rating rating, Integer notFulfilled,
      Integer partlyFulfilled, Integer overdueItems, Integer missingLists, java.time.Instant filedAt) {
  }

  /** The targets of the tours the filters select, each handed on as it is read. */
  void forEachResult(Integer year, Collection<String> inspecting, TourStatus status,
      java.util.function.Consumer<ResultRow> each) {
    ListQuery.from("""
        FROM inspection_target g JOIN inspection_tour t ON t.id = g.tour_id
          JOIN jurisdiction i ON i.code = t.inspecting_code JOIN jurisdiction j ON j.code = g.jurisdiction_code""")
        .where("t.tour_year = :year", "year", year)
        .whereIn("t.inspecting_code", "inspecting", inspecting)
        .where("t.status = :status", "status", status)
        .forEach(jdbc, """
            t.tour_number, t.tour_year, i.name AS inspecting_name, j.name AS target_name, g.status, g.inspected_from,
              g.inspected_to, g.rating, g.not_fulfilled, g.partly_fulfilled, g.overdue_items, g.missing_lists, g.filed_at""",
            "t.tour_year DESC, t.id DESC, g.id",
            (rs, n) -> new ResultRow(rs.getString("tour_number"), rs.getInt("tour_year"), rs.getString("inspecting_name"),
                rs.getString("target_name"), TargetStatus.valueOf(rs.getString("status")),
                rs.getDate("inspected_from") != null ? rs.getDate("inspected_from").toLocalDate() : null,
                rs.getDate("inspected_to") != null ? rs.getDate("inspected_to").toLocalDate() : null,
                rs.getString("rating") != null ? Rating.valueOf(rs.getString("rating")) : null,
                rs.getObject("not_fulfilled", Integer.class), rs.getObject("partly_fulfilled", Integer.class),
                rs.getObject("overdue_items", Integer.class), rs.getObject("missing_lists", Integer.class),
                rs.getTimestamp("filed_at") != null ? rs.getTimestamp("filed_at").toInstant() : null), each);
  }

  private static ListQuery filtered(Integer year, Collection<String> inspecting, TourStatus status) {
    return ListQuery.from("FROM inspection_tour t")
        .where("t.tour_year = :year", "year", year)
        .whereIn("t.inspecting_code", "inspecting", inspecting)
        .where("t.status = :status", "status", status);
  }

  private InspectionTour tourRow(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    Timestamp approvedAt = rs.getTimestamp("approved_at");
    Timestamp completedAt = rs.getTimestamp("completed_at");
    List<String> focus = jdbc.sql("SELECT duty_id FROM inspection_tour_focus WHERE tour_id = ? ORDER BY position")
        .param(id).query(String.class).list();
    List<NewInspectionTour.Member> team = jdbc.sql("SELECT name, unit FROM inspection_tour_member WHERE tour_id = ? ORDER BY id")
        .param(id).query((r, i) -> new NewInspectionTour.Member(r.getString(1), r.getString(2))).list();
    Date plannedFrom = rs.getDate("planned_from");
    Date plannedTo = rs.getDate("planned_to");
    var arrangements = new NewInspectionTour.Arrangements(plannedFrom == null ? null : plannedFrom.toLocalDate(),
        plannedTo == null ? null : plannedTo.toLocalDate(), rs.getString("method"), rs.getString("contact_name"),
        rs.getString("contact_phone"));
    return new InspectionTour(id, rs.getString("tour_number"), rs.getInt("tour_year"), rs.getString("inspecting_code"),
        rs.getString("inspecting_name"), TourStatus.valueOf(rs.getString("status")), focus, team, arrangements,
        rs.getString("approval_ref"), rs.getString("approval_note"), rs.getString("approved_by"),
        approvedAt == null ? null : approvedAt.toInstant(), rs.getString("process_instance_id"),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
        completedAt == null ? null : completedAt.toInstant(), List.of());
  }

  private static InspectionTour.Target targetRow(ResultSet rs, int n) throws SQLException {
    Timestamp notifiedAt = rs.getTimestamp("notified_at");
    Timestamp ratedAt = rs.getTimestamp("rated_at");
    Timestamp filedAt = rs.getTimestamp("filed_at");
    Date from = rs.getDate("inspected_from");
    Date to = rs.getDate("inspected_to");
    String rating = rs.getString("rating");
    RatingCounts counts = rating == null ? null : new RatingCounts(rs.getInt("not_fulfilled"),
        rs.getInt("partly_fulfilled"), rs.getInt("overdue_items"), rs.getInt("missing_lists"));
    return new InspectionTour.Target(rs.getLong("id"), rs.getString("jurisdiction_code"),
        rs.getString("jurisdiction_name"), TargetStatus.valueOf(rs.getString("status")), rs.getString("notice_number"),
        notifiedAt == null ? null : notifiedAt.toInstant(), from == null ? null : from.toLocalDate(),
        to == null ? null : to.toLocalDate(), rs.getString("inspection_note"), counts,
        rating == null ? null : Rating.valueOf(rating), ratedAt == null ? null : ratedAt.toInstant(),
        rs.getString("mark_reason"), rs.getString("filing_note"), rs.getString("filed_by"),
        filedAt == null ? null : filedAt.toInstant(), List.of(), List.of(), List.of());
  }

  List<String> organisedBy(String jurisdictionCode, int year) {
    return jdbc.sql("""
        SELECT tour_number FROM inspection_tour WHERE inspecting_code = ? AND tour_year = ? AND status <> 'CANCELLED'
        ORDER BY tour_number""").params(jurisdictionCode, year).query(String.class).list();
  }
}
