package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.ListQuery;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.CaseSource;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountabilityCaseRepository {

  private static final String CASE_COLUMNS = """
      c.id, c.case_number, c.cadre_id, c.ground, c.accident_grade, c.responsibility, c.summary,
      c.fully_performed_duties, c.enlarged_loss_by_poor_work, c.serious_social_impact, c.mitigation,
      c.egregious_and_serious, c.suspected_duty_crime, c.status, c.outcome, c.process_instance_id,
      c.registered_by, c.registered_at, c.closed_at, c.source_kind, c.source_ref, c.source_duty_ids,
      c.concerns_posting_id""";

  private final JdbcClient jdbc;

  public AccountabilityCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String caseNumber, NewAccountabilityCase request, Long concernsPostingId, String registeredBy,
      Instant at) {
    CaseFacts f = request.facts();
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO accountability_case (case_number, cadre_id, ground, accident_grade, responsibility, summary,
          fully_performed_duties, enlarged_loss_by_poor_work, serious_social_impact, mitigation,
          egregious_and_serious, suspected_duty_crime, status, registered_by, registered_at, source_kind, source_ref,
          source_duty_ids, concerns_posting_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseNumber, request.cadreId(), request.ground().name(), name(request.accidentGrade()),
            name(request.responsibility()), request.summary().trim(), f.fullyPerformedDuties(),
            f.enlargedLossByPoorWork(), f.seriousSocialImpact(), f.mitigation().name(), f.egregiousAndSerious(),
            f.suspectedDutyCrime(), CaseStatus.UNDER_REVIEW.name(), registeredBy, Timestamp.from(at),
            request.source() != null ? request.source().kind().name() : null,
            request.source() != null ? request.source().ref().trim() : null,
            request.source() != null ? String.join(",", request.source().dutyIds()) : null, concernsPostingId)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("UPDATE accountability_case SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
  }

  public void updateFacts(long id, CaseFacts f) {
    jdbc.sql("""
        UPDATE accountability_case SET fully_performed_duties = ?, enlarged_loss_by_poor_work = ?,
          serious_social_impact = ?, mitigation = ?, egregious_and_serious = ?, suspected_duty_crime = ?
        WHERE id = ?""")
        .params(f.fullyPerformedDuties(), f.enlargedLossByPoorWork(), f.seriousSocialImpact(), f.mitigation().name(),
            f.egregiousAndSerious(), f.suspectedDutyCrime(), id)
        .update();
  }

  public void updateStatus(long id, CaseStatus from, CaseStatus status) {
    jdbc.sql("UPDATE accountability_case SET status = ? WHERE id = ? AND status = ?")
        .params(status.name(), id, from.name()).update();
  }

  /** The case is decided (its decision issued, or its appeal answered), with its outcome where that changed. */
  public void decided(long id, CaseStatus from, String outcome) {
    jdbc.sql("UPDATE accountability_case SET status = ?, outcome = COALESCE(?, outcome) WHERE id = ? AND status = ?")
        .params(CaseStatus.DECIDED.name(), outcome, id, from.name()).update();
  }

  public void setOutcome(long id, String outcome) {
    jdbc.sql("UPDATE accountability_case SET outcome = ? WHERE id = ?").params(outcome, id).update();
  }

  /** The case is closed, with its outcome where that changed. */
  public void close(long id, CaseStatus from, String outcome, Instant at) {
    jdbc.sql("UPDATE accountability_case SET status = ?, outcome = COALESCE(?, outcome), closed_at = ? WHERE id = ? AND status = ?")
        .params(CaseStatus.CLOSED.name(), outcome, Timestamp.from(at), id, from.name()).update();
  }

  public List<ProcedureFacts.CaseMeasures> withMeasuresDecided(java.util.Collection<Long> cadreIds, Instant from,
      Instant to) {
    record Row(long caseId, String caseNumber, long cadreId, Ground ground, Sanction sanction) {
    }
    List<Row> rows = jdbc.sql("""
        SELECT c.id, c.case_number, c.cadre_id, c.ground, m.sanction FROM accountability_case c
        JOIN accountability_measure m ON m.case_id = c.id
        WHERE c.cadre_id IN (:cadres) AND m.status = 'IN_FORCE' AND m.decided_at >= :from AND m.decided_at < :to
        ORDER BY c.id, m.id""")
        .param("cadres", cadreIds).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), Ground.valueOf(rs.getString(4)),
            Sanction.valueOf(rs.getString(5))))
        .list();
    Map<Long, List<Row>> byCase = rows.stream()
        .collect(java.util.stream.Collectors.groupingBy(Row::caseId, java.util.LinkedHashMap::new,
            java.util.stream.Collectors.toList()));
    return byCase.values().stream().map(measures -> {
      Row first = measures.get(0);
      return new ProcedureFacts.CaseMeasures(first.caseNumber(), first.cadreId(),
          first.ground() == Ground.ACCIDENT_RESPONSIBILITY,
          measures.stream().map(m -> m.sanction().chineseName()).toList());
    }).toList();
  }

  /** The cadre's cases, newest first, as a safety record lists them. */
  public List<ProcedureFacts.CaseEntry> entriesOf(long cadreId) {
    return jdbc.sql("SELECT case_number, ground, status FROM accountability_case WHERE cadre_id = ? ORDER BY id DESC")
        .param(cadreId)
        .query((rs, n) -> {
          CaseStatus status = CaseStatus.valueOf(rs.getString(3));
          return new ProcedureFacts.CaseEntry(rs.getString(1), Ground.valueOf(rs.getString(2)).chineseName(),
              status.chineseName(), status != CaseStatus.CLOSED);
        })
        .list();
  }

  public Optional<AccountabilityCase> find(long id) {
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM accountability_case c WHERE c.id = ?")
        .param(id).query(AccountabilityCaseRepository::toCase).optional();
  }

  public java.util.Map<Long, AccountabilityCase> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM accountability_case c WHERE c.id IN (:ids)")
        .param("ids", ids).query(AccountabilityCaseRepository::toCase).stream()
        .collect(java.util.stream.Collectors.toMap(AccountabilityCase::id, c -> c));
  }

  public long insertMeasure(long caseId, Measure m, Long replacesId) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO accountability_measure (case_id, sanction, disciplinary_kind, deciding_group, decided_by, reasons,
          decided_at, status, replaces_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, m.sanction().name(), name(m.disciplinaryKind()), m.decidingGroup(), m.decidedBy(), m.reasons(),
            Timestamp.from(m.decidedAt()), m.status().name(), replacesId)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public List<Measure> measures(long caseId) {
    return jdbc.sql("SELECT * FROM accountability_measure WHERE case_id = ? ORDER BY id").param(caseId)
        .query((rs, n) -> new Measure(rs.getLong("id"), Sanction.valueOf(rs.getString("sanction")),
            rs.getString("disciplinary_kind") != null ? DisciplinaryKind.valueOf(rs.getString("disciplinary_kind")) : null,
            rs.getString("deciding_group"), rs.getString("decided_by"), rs.getString("reasons"),
            rs.getTimestamp("decided_at").toInstant(), Measure.Status.valueOf(rs.getString("status")),
            rs.getObject("replaces_id") != null ? rs.getLong("replaces_id") : null, rs.getBoolean("contested"),
            rs.getTimestamp("ended_at") != null ? rs.getTimestamp("ended_at").toInstant() : null,
            rs.getString("end_reason")))
        .list();
  }

  /** Measures decided but not yet issued are dropped when new facts restart the review (their decisions stay on file). */
  public void dropUnissuedMeasures(long caseId) {
    jdbc.sql("DELETE FROM accountability_measure WHERE case_id = ? AND status = 'DECIDED'").param(caseId).update();
  }

  /** The decided measures of a case take effect. */
  public void putMeasuresInForce(long caseId) {
    jdbc.sql("UPDATE accountability_measure SET status = 'IN_FORCE' WHERE case_id = ? AND status = 'DECIDED'")
        .param(caseId).update();
  }

  public void setContested(long caseId, java.util.Collection<Long> measureIds) {
    jdbc.sql("UPDATE accountability_measure SET contested = (id IN (:ids)) WHERE case_id = :case")
        .param("ids", measureIds).param("case", caseId).update();
  }

  public void endMeasure(long measureId, Measure.Status status, Instant at, String reason) {
    jdbc.sql("UPDATE accountability_measure SET status = ?, contested = FALSE, ended_at = ?, end_reason = ? WHERE id = ?")
        .params(status.name(), Timestamp.from(at), reason, measureId).update();
  }

  public void uncontest(long measureId) {
    jdbc.sql("UPDATE accountability_measure SET contested = FALSE WHERE id = ?").param(measureId).update();
  }

  public Optional<AccountabilityCase> lock(long id) {
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM accountability_case c WHERE c.id = ? FOR UPDATE")
        .param(id).query(AccountabilityCaseRepository::toCase).optional();
  }

  public long count(CaseFilter filter) {
    return filtered(filter).count(jdbc);
  }

  /** A page of case summaries in one query: the case, its outcome, its cadre's name and the latest recommendation. */
  public List<CaseSummary.Row> summaries(CaseFilter filter, int page, int size) {
    return filtered(filter).page(jdbc, """
            c.id, c.case_number, c.cadre_id, k.name AS cadre_name, c.ground, c.accident_grade, c.status,
              c.outcome, c.process_instance_id, c.registered_at, c.closed_at,
              (SELECT r.sanction FROM accountability_recommendation r WHERE r.case_id = c.id
                ORDER BY r.id DESC LIMIT 1) AS recommended_sanction""", "c.id DESC", page, size,
        (rs, n) -> new CaseSummary.Row(rs.getLong("id"), rs.getString("case_number"), rs.getLong("cadre_id"),
            rs.getString("cadre_name"), Ground.valueOf(rs.getString("ground")),
            rs.getString("accident_grade") != null ? AccidentGrade.valueOf(rs.getString("accident_grade")) : null,
            CaseStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
            rs.getString("recommended_sanction") != null ? Sanction.valueOf(rs.getString("recommended_sanction")) : null,
            rs.getString("process_instance_id"), rs.getTimestamp("registered_at").toInstant(),
            rs.getTimestamp("closed_at") != null ? rs.getTimestamp("closed_at").toInstant() : null));
  }

  /** A case as its export lists it. */
  public record ExportRow(String caseNumber, String cadreName, String jurisdictionName, Ground ground,
      AccidentGrade accidentGrade, CaseStatus status, String outcome, Instant registeredAt, Instant closedAt) {
  }

  /** Every case the filter selects, newest first, each handed on as it is read. */
  public void forEachExported(CaseFilter filter, java.util.function.Consumer<ExportRow> each) {
    ListQuery.from("FROM accountability_case c JOIN cadre k ON k.id = c.cadre_id JOIN jurisdiction j ON j.code = k.jurisdiction_code")
        .where("c.cadre_id = :cadre", "cadre", filter.cadreId())
        .where("c.status = :status", "status", filter.status())
        .where("c.ground = :ground", "ground", filter.ground())
        .whereIn("k.jurisdiction_code", "jurisdictions", filter.jurisdictionCodes())
        .forEach(jdbc, """
            c.case_number, k.name AS cadre_name, j.name AS jurisdiction_name, c.ground, c.accident_grade, c.status,
              c.outcome, c.registered_at, c.closed_at""", "c.id DESC",
            (rs, n) -> new ExportRow(rs.getString("case_number"), rs.getString("cadre_name"),
                rs.getString("jurisdiction_name"), Ground.valueOf(rs.getString("ground")),
                rs.getString("accident_grade") != null ? AccidentGrade.valueOf(rs.getString("accident_grade")) : null,
                CaseStatus.valueOf(rs.getString("status")), rs.getString("outcome"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getTimestamp("closed_at") != null ? rs.getTimestamp("closed_at").toInstant() : null), each);
  }

  private static ListQuery filtered(CaseFilter filter) {
    return ListQuery.from("FROM accountability_case c JOIN cadre k ON k.id = c.cadre_id")
        .where("c.cadre_id = :cadre", "cadre", filter.cadreId())
        .where("c.status = :status", "status", filter.status())
        .where("c.ground = :ground", "ground", filter.ground())
        .whereIn("k.jurisdiction_code", "jurisdictions", filter.jurisdictionCodes());
  }

  public void insertRecommendation(long caseId, Recommendation r, String factsUsed, Instant at) {
    jdbc.sql("""
        INSERT INTO accountability_recommendation (case_id, exempted, band_low, band_high, level, sanction,
          deciding_group, aggravated, mitigation, needs_reviewer_weighing, departure_needs_decision, articles,
          facts_used, made_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, r.exempted(), r.bandLow(), r.bandHigh(), r.level(), name(r.sanction()), r.decidingGroup(),
            r.aggravated(), r.mitigation().name(), r.needsReviewerWeighing(), r.departureNeedsDecision(),
            String.join(",", r.articles()), factsUsed, Timestamp.from(at))
        .update();
  }

  /** Named apart from the case's columns, so that one row can carry both. */
  private static final String RECOMMENDATION_COLUMNS = """
      r.id AS r_id, r.exempted AS r_exempted, r.band_low AS r_band_low, r.band_high AS r_band_high,
        r.level AS r_level, r.sanction AS r_sanction, r.deciding_group AS r_deciding_group,
        r.aggravated AS r_aggravated, r.mitigation AS r_mitigation, r.needs_reviewer_weighing AS r_weighing,
        r.departure_needs_decision AS r_departure, r.articles AS r_articles""";

  public Optional<Recommendation> latestRecommendation(long caseId) {
    return jdbc.sql("SELECT " + RECOMMENDATION_COLUMNS
            + " FROM accountability_recommendation r WHERE r.case_id = ? ORDER BY r.id DESC LIMIT 1")
        .param(caseId)
        .query((rs, n) -> toRecommendation(rs))
        .optional();
  }

  /**
   * The case a process instance belongs to, with the rules' latest recommendation for it (none before
   * the rules first ran), in one query.
   */
  public Optional<CaseAtStep> atStep(String processInstanceId) {
    return jdbc.sql("SELECT " + CASE_COLUMNS + ", " + RECOMMENDATION_COLUMNS + """
             FROM accountability_case c
            LEFT JOIN accountability_recommendation r
              ON r.id = (SELECT MAX(l.id) FROM accountability_recommendation l WHERE l.case_id = c.id)
            WHERE c.process_instance_id = ?""")
        .param(processInstanceId)
        .query((rs, n) -> new CaseAtStep(toCase(rs, n), rs.getObject("r_id") != null ? toRecommendation(rs) : null))
        .optional();
  }

  /** A case and the rules' latest recommendation for it (null before the rules first ran). */
  public record CaseAtStep(AccountabilityCase c, Recommendation recommendation) {
  }

  private static Recommendation toRecommendation(ResultSet rs) throws SQLException {
    return new Recommendation(
        rs.getBoolean("r_exempted"),
        (Integer) rs.getObject("r_band_low", Integer.class),
        (Integer) rs.getObject("r_band_high", Integer.class),
        (Integer) rs.getObject("r_level", Integer.class),
        rs.getString("r_sanction") != null ? Sanction.valueOf(rs.getString("r_sanction")) : null,
        rs.getString("r_deciding_group"),
        rs.getBoolean("r_aggravated"),
        Mitigation.valueOf(rs.getString("r_mitigation")),
        rs.getBoolean("r_weighing"),
        rs.getBoolean("r_departure"),
        Arrays.asList(rs.getString("r_articles").split(",")));
  }

  public int recommendationCount(long caseId) {
    return jdbc.sql("SELECT COUNT(*) FROM accountability_recommendation WHERE case_id = ?").param(caseId)
        .query(Integer.class).single();
  }

  public void insertDecision(long caseId, Decision d) {
    jdbc.sql("""
        INSERT INTO accountability_decision (case_id, kind, sanction, disciplinary_kind, recommended, deciding_group,
          decided_by, post_duties, duty_performance, duty_conditions, reasons, decided_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, d.kind().name(), name(d.sanction()), name(d.disciplinaryKind()), name(d.recommended()),
            d.decidingGroup(), d.decidedBy(), d.postDuties(), d.dutyPerformance(), d.dutyConditions(), d.reasons(),
            Timestamp.from(d.decidedAt()))
        .update();
  }

  public List<Decision> decisions(long caseId) {
    return jdbc.sql("""
        SELECT kind, sanction, disciplinary_kind, recommended, deciding_group, decided_by, post_duties,
          duty_performance, duty_conditions, reasons, decided_at
        FROM accountability_decision WHERE case_id = ? ORDER BY id""")
        .param(caseId)
        .query((rs, n) -> new Decision(
            DecisionKind.valueOf(rs.getString(1)),
            rs.getString(2) != null ? Sanction.valueOf(rs.getString(2)) : null,
            rs.getString(3) != null ? DisciplinaryKind.valueOf(rs.getString(3)) : null,
            rs.getString(4) != null ? Sanction.valueOf(rs.getString(4)) : null,
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getTimestamp(11).toInstant()))
        .list();
  }

  public void insertStep(long caseId, CaseStep step) {
    jdbc.sql("""
        INSERT INTO accountability_case_step (case_id, step, step_name, group_id, done_by, outcome, proposed, remarks,
          done_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(caseId, step.step(), step.stepName(), step.groupId(), step.doneBy(), step.outcome(), step.proposed(),
            step.remarks(), Timestamp.from(step.doneAt()))
        .update();
  }

  public List<CaseStep> steps(long caseId) {
    return jdbc.sql("""
        SELECT step, step_name, group_id, done_by, outcome, proposed, remarks, done_at
        FROM accountability_case_step WHERE case_id = ? ORDER BY id""")
        .param(caseId)
        .query((rs, n) -> new CaseStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
        .list();
  }

  private static AccountabilityCase toCase(ResultSet rs, int rowNum) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new AccountabilityCase(
        rs.getLong("id"),
        rs.getString("case_number"),
        rs.getLong("cadre_id"),
        Ground.valueOf(rs.getString("ground")),
        rs.getString("accident_grade") != null ? AccidentGrade.valueOf(rs.getString("accident_grade")) : null,
        rs.getString("responsibility") != null ? Responsibility.valueOf(rs.getString("responsibility")) : null,
        rs.getString("summary"),
        new CaseFacts(rs.getBoolean("fully_performed_duties"), rs.getBoolean("enlarged_loss_by_poor_work"),
            rs.getBoolean("serious_social_impact"), Mitigation.valueOf(rs.getString("mitigation")),
            rs.getBoolean("egregious_and_serious"), rs.getBoolean("suspected_duty_crime")),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("outcome"),
        rs.getString("process_instance_id"),
        rs.getString("registered_by"),
        rs.getTimestamp("registered_at").toInstant(),
        closed != null ? closed.toInstant() : null,
        rs.getString("source_kind") == null ? null : new CaseSource(CaseSource.Kind.valueOf(rs.getString("source_kind")),
            rs.getString("source_ref"), java.util.List.of(rs.getString("source_duty_ids").split(","))),
        rs.getObject("concerns_posting_id") != null ? rs.getLong("concerns_posting_id") : null);
  }

  private static String name(Enum<?> value) {
    return value != null ? value.name() : null;
  }
}
