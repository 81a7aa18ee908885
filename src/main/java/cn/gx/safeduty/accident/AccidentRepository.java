package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.ListQuery;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccidentRepository {

  private final JdbcClient jdbc;
  private final java.time.ZoneId zone;

  public AccidentRepository(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.zone = clock.getZone();
  }

  public long insert(String number, NewAccident a, String industryCode, Figures first, AccidentGrade grade,
      String registeredBy, Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO accident (accident_number, jurisdiction_code, place, occurred_at, industry, industry_code, deaths,
          serious_injuries, direct_loss, description, grade, unit_head_received_at, first_deaths, first_serious_injuries,
          first_direct_loss, status, registered_by, registered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, a.jurisdictionCode(), a.place().trim(), ts(a.occurredAt()), a.industry().trim(), industryCode,
            a.deaths(),
            a.seriousInjuries(), a.directLoss(), a.description().trim(), grade.name(),
            ts(a.reporting().unitHeadReceivedAt()), first.deaths(), first.seriousInjuries(), first.directLoss(),
            AccidentStatus.INVESTIGATING.name(), registeredBy, ts(at))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** A level's receipt; the earlier columns follow it for the lists and labels that read them. */
  public void insertReceipt(long accidentId, Receipt r, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO accident_report_step (accident_id, level, received_at, via, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(accidentId, r.level().name(), ts(r.receivedAt()), r.via().name(), by, ts(at)).update();
    String column = switch (r.level()) {
      case COUNTY -> r.via() == ReceiptVia.SELF_DISCOVERED ? null : "unit_reported_at";
      case CITY -> "city_received_at";
      case REGION -> "region_received_at";
      case STATE_COUNCIL -> "state_received_at";
    };
    if (column != null) {
      jdbc.sql("UPDATE accident SET " + column + " = ? WHERE id = ?").params(ts(r.receivedAt()), accidentId).update();
    }
  }

  public List<Receipt> receipts(long accidentId) {
    return jdbc.sql("SELECT level, received_at, via FROM accident_report_step WHERE accident_id = ? ORDER BY received_at, id")
        .param(accidentId)
        .query((rs, n) -> new Receipt(ReportingLevel.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
            ReceiptVia.valueOf(rs.getString(3))))
        .list();
  }

  /** Stores the findings not made before (one per kind and subject); returns those it stored. */
  public List<ReportingFinding> insertNewFindings(long accidentId, List<ReportingFinding> findings, Instant at) {
    java.util.Set<String> known = new java.util.HashSet<>(jdbc.sql(
        "SELECT finding_key FROM accident_finding WHERE accident_id = ?").param(accidentId).query(String.class).list());
    List<ReportingFinding> stored = new java.util.ArrayList<>();
    for (ReportingFinding f : findings) {
      if (known.add(f.key())) {
        jdbc.sql("""
            INSERT INTO accident_finding (accident_id, finding_key, kind, level, article, detail, status, found_at)
            VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
            .params(accidentId, f.key(), f.kind().name(), f.level() == null ? null : f.level().name(), f.article(),
                f.detail(), ts(at))
            .update();
        stored.add(f);
      }
    }
    return stored;
  }

  public List<AccidentView.Finding> findings(long accidentId) {
    return jdbc.sql("SELECT * FROM accident_finding WHERE accident_id = ? ORDER BY found_at, id").param(accidentId)
        .query((rs, n) -> new AccidentView.Finding(rs.getLong("id"), ReportingFailureKind.valueOf(rs.getString("kind")),
            rs.getString("level") == null ? null : ReportingLevel.valueOf(rs.getString("level")), rs.getString("article"),
            rs.getString("detail"), rs.getString("status"), rs.getString("note"), rs.getString("decided_by"),
            instant(rs, "decided_at"), instant(rs, "found_at")))
        .list();
  }

  public void insertLateStep(long accidentId, LateStep step) {
    jdbc.sql("""
        INSERT INTO accident_late_step (accident_id, step, limit_minutes, taken_minutes, delay_minutes)
        VALUES (?, ?, ?, ?, ?)""")
        .params(accidentId, step.step().name(), step.limitMinutes(), step.takenMinutes(), step.delayMinutes())
        .update();
  }

  public List<LateStep> lateSteps(long accidentId) {
    return jdbc.sql("SELECT step, limit_minutes, taken_minutes, delay_minutes FROM accident_late_step WHERE accident_id = ? ORDER BY id")
        .param(accidentId)
        .query((rs, n) -> new LateStep(ReportingStep.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
        .list();
  }

  public Optional<Long> ofInstance(String processInstanceId) {
    return jdbc.sql("SELECT id FROM accident WHERE process_instance_id = ?").param(processInstanceId).query(Long.class)
        .optional();
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("UPDATE accident SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
  }

  void setInvestigationDue(long id, Instant due, boolean extended) {
    jdbc.sql("UPDATE accident SET investigation_due = ?, investigation_extended = ? WHERE id = ?")
        .params(ts(due), extended, id).update();
  }

  /** Takes the conclusion; false when the accident was no longer investigating. */
  boolean conclude(long id, String summary, String noLeaderReason, Instant at) {
    return jdbc.sql("""
        UPDATE accident SET conclusion_summary = ?, no_leader_reason = ?, concluded_at = ?, status = ?
        WHERE id = ? AND status = ?""")
        .params(summary, noLeaderReason, ts(at), AccidentStatus.CONCLUDED.name(), id,
            AccidentStatus.INVESTIGATING.name())
        .update() == 1;
  }

  /** Closes the follow-up as {@code status}; false when the accident was not concluded. */
  boolean close(long id, AccidentStatus status, Instant at) {
    return jdbc.sql("UPDATE accident SET status = ?, closed_at = ? WHERE id = ? AND status = ?")
        .params(status.name(), ts(at), id, AccidentStatus.CONCLUDED.name()).update() == 1;
  }

  /** New figures and the grade they give; the correction that changed them is kept beside. */
  public void setFigures(long id, int deaths, int seriousInjuries, BigDecimal directLoss, AccidentGrade grade) {
    jdbc.sql("UPDATE accident SET deaths = ?, serious_injuries = ?, direct_loss = ?, grade = ? WHERE id = ?")
        .params(deaths, seriousInjuries, directLoss, grade.name(), id).update();
  }

  public void insertCorrection(long accidentId, AccidentCorrection c) {
    jdbc.sql("""
        INSERT INTO accident_correction (accident_id, old_deaths, new_deaths, old_serious_injuries,
          new_serious_injuries, old_direct_loss, new_direct_loss, old_grade, new_grade, reason, late_casualty_report,
          corrected_by, corrected_at, received_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(accidentId, c.oldDeaths(), c.newDeaths(), c.oldSeriousInjuries(), c.newSeriousInjuries(),
            c.oldDirectLoss(), c.newDirectLoss(), c.oldGrade().name(), c.newGrade().name(), c.reason(),
            c.lateCasualtyReport(), c.correctedBy(), ts(c.correctedAt()), ts(c.receivedAt()))
        .update();
  }

  public List<AccidentCorrection> corrections(long accidentId) {
    return jdbc.sql("SELECT * FROM accident_correction WHERE accident_id = ? ORDER BY id").param(accidentId)
        .query((rs, n) -> new AccidentCorrection(rs.getInt("old_deaths"), rs.getInt("new_deaths"),
            rs.getInt("old_serious_injuries"), rs.getInt("new_serious_injuries"), rs.getBigDecimal("old_direct_loss"),
            rs.getBigDecimal("new_direct_loss"), AccidentGrade.valueOf(rs.getString("old_grade")),
            AccidentGrade.valueOf(rs.getString("new_grade")), rs.getString("reason"),
            rs.getBoolean("late_casualty_report"), rs.getString("corrected_by"), instant(rs, "corrected_at"),
            instant(rs, "received_at")))
        .list();
  }

  public Optional<Accident> find(long id) {
    return jdbc.sql("SELECT * FROM accident WHERE id = ?").param(id).query(AccidentRepository::toAccident).optional();
  }

  public Optional<Accident> lock(long id) {
    return jdbc.sql("SELECT * FROM accident WHERE id = ? FOR UPDATE").param(id).query(AccidentRepository::toAccident).optional();
  }

  public long count(Set<String> jurisdictions, AccidentGrade grade, Integer year) {
    return filtered(jurisdictions, grade, year).count(jdbc);
  }

  public List<AccidentSummary> summaries(Set<String> jurisdictions, AccidentGrade grade, Integer year, int page,
      int size) {
    return filtered(jurisdictions, grade, year).page(jdbc, SUMMARY_COLUMNS, "a.occurred_at DESC, a.id DESC", page,
        size, AccidentRepository::summary);
  }

  /** Every accident of the year in these jurisdictions, newest first. */
  public List<AccidentSummary> ofYear(Set<String> jurisdictions, int year) {
    return filtered(jurisdictions, null, year).all(jdbc, SUMMARY_COLUMNS, "a.occurred_at DESC, a.id DESC",
        AccidentRepository::summary);
  }

  /** An accident as its export lists it. */
  public record ExportRow(String accidentNumber, String jurisdictionName, String place, Instant occurredAt,
      String industry, AccidentGrade grade, int deaths, int seriousInjuries, java.math.BigDecimal directLoss,
      AccidentStatus status, Instant investigationDue, Instant concludedAt, int lateSteps, int cases) {
  }

  /** Every accident the filters select, newest first, each handed on as it is read. */
  public void forEachExported(Set<String> jurisdictions, AccidentGrade grade, Integer year,
      java.util.function.Consumer<ExportRow> each) {
    filtered(jurisdictions, grade, year).forEach(jdbc, """
            a.accident_number, (SELECT j.name FROM jurisdiction j WHERE j.code = a.jurisdiction_code) AS jurisdiction_name,
              a.place, a.occurred_at, a.industry, a.grade, a.deaths, a.serious_injuries, a.direct_loss, a.status,
              a.investigation_due, a.concluded_at,
              (SELECT COUNT(*) FROM accident_late_step l WHERE l.accident_id = a.id) AS late_steps,
              (SELECT COUNT(*) FROM accident_responsible r WHERE r.accident_id = a.id AND r.case_id IS NOT NULL) AS cases""",
        "a.occurred_at DESC, a.id DESC",
        (rs, n) -> new ExportRow(rs.getString("accident_number"), rs.getString("jurisdiction_name"), rs.getString("place"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("industry"),
            AccidentGrade.valueOf(rs.getString("grade")), rs.getInt("deaths"), rs.getInt("serious_injuries"),
            rs.getBigDecimal("direct_loss"), AccidentStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("investigation_due") != null ? rs.getTimestamp("investigation_due").toInstant() : null,
            rs.getTimestamp("concluded_at") != null ? rs.getTimestamp("concluded_at").toInstant() : null,
            rs.getInt("late_steps"), rs.getInt("cases")), each);
  }

  private static final String SUMMARY_COLUMNS = """
      a.id, a.accident_number, a.jurisdiction_code, a.place, a.occurred_at, a.industry, a.industry_code,
        a.grade, a.status, a.investigation_due, a.concluded_at,
        (SELECT COUNT(*) FROM accident_late_step l WHERE l.accident_id = a.id) AS late_steps,
        (SELECT COUNT(*) FROM accident_responsible r WHERE r.accident_id = a.id AND r.case_id IS NOT NULL) AS cases""";

  private static AccidentSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AccidentSummary(rs.getLong("id"), rs.getString("accident_number"),
        rs.getString("jurisdiction_code"), rs.getString("place"), instant(rs, "occurred_at"),
        rs.getString("industry"), rs.getString("industry_code"), AccidentGrade.valueOf(rs.getString("grade")),
        AccidentStatus.valueOf(rs.getString("status")), rs.getInt("late_steps"), rs.getInt("cases"),
        instant(rs, "investigation_due"), instant(rs, "concluded_at"));
  }

  /** The year is the year it occurred in China Standard Time, as its number gives it. */
  private ListQuery filtered(Set<String> jurisdictions, AccidentGrade grade, Integer year) {
    ListQuery query = ListQuery.from("FROM accident a")
        .whereIn("a.jurisdiction_code", "jurisdictions", jurisdictions)
        .where("a.grade = :grade", "grade", grade);
    if (year != null) {
      query.where("a.occurred_at >= :yearStarts AND a.occurred_at < :yearEnds", Map.of(
          "yearStarts", java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
          "yearEnds", java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
    }
    return query;
  }

  public long insertResponsible(long accidentId, long cadreId, Ground ground, Responsibility responsibility,
      ReportingFailureKind failure, CaseFacts f, String recordedBy) {
    return insertResponsible(accidentId, null, cadreId, ground, responsibility, failure, f, recordedBy);
  }

  /** A cadre held responsible, by the conclusion ({@code findingId} null) or by a confirmed reporting finding. */
  public long insertResponsible(long accidentId, Long findingId, long cadreId, Ground ground,
      Responsibility responsibility, ReportingFailureKind failure, CaseFacts f, String recordedBy) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO accident_responsible (accident_id, finding_id, cadre_id, ground, responsibility, reporting_failure,
          fully_performed_duties, enlarged_loss_by_poor_work, serious_social_impact, mitigation, egregious_and_serious,
          suspected_duty_crime, recorded_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(accidentId, findingId, cadreId, ground.name(), responsibility != null ? responsibility.name() : null,
            failure != null ? failure.name() : null, f.fullyPerformedDuties(), f.enlargedLossByPoorWork(),
            f.seriousSocialImpact(), f.mitigation().name(), f.egregiousAndSerious(), f.suspectedDutyCrime(), recordedBy)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** What emergency management established for one cadre's part in a reporting failure. */
  void assess(long responsibleId, Responsibility responsibility, CaseFacts f) {
    jdbc.sql("""
        UPDATE accident_responsible SET responsibility = ?, fully_performed_duties = ?, enlarged_loss_by_poor_work = ?,
          serious_social_impact = ?, mitigation = ?, egregious_and_serious = ?, suspected_duty_crime = ?
        WHERE id = ?""")
        .params(responsibility.name(), f.fullyPerformedDuties(), f.enlargedLossByPoorWork(), f.seriousSocialImpact(),
            f.mitigation().name(), f.egregiousAndSerious(), f.suspectedDutyCrime(), responsibleId)
        .update();
  }

  void setCase(long responsibleId, long caseId) {
    jdbc.sql("UPDATE accident_responsible SET case_id = ? WHERE id = ?").params(caseId, responsibleId).update();
  }

  /** The cadres the conclusion named whose case is not yet open: what a follow-up's multi-instance opens cases for. */
  public List<Long> unopened(long accidentId) {
    return jdbc.sql("""
        SELECT id FROM accident_responsible WHERE accident_id = ? AND finding_id IS NULL AND case_id IS NULL ORDER BY id""")
        .param(accidentId).query(Long.class).list();
  }

  /** The cadres a confirmed reporting finding named whose case is not yet open. */
  public List<Long> unopenedOfFinding(long findingId) {
    return jdbc.sql("SELECT id FROM accident_responsible WHERE finding_id = ? AND case_id IS NULL ORDER BY id")
        .param(findingId).query(Long.class).list();
  }

  /** A finding with the accident it is about. */
  public record StoredFinding(long id, long accidentId, ReportingFailureKind kind, ReportingLevel level, String article,
      String detail, String status) {

    /** Which finding, as a Tasklist card names it: the level and kind. */
    public String cardLabel() {
      return (level != null ? level.chineseName() + "：" : "") + kind.chineseName();
    }

    public String label() {
      return kind.chineseName() + (level != null ? "（" + level.chineseName() + "）" : "") + "：" + detail + "（" + article
          + "）";
    }
  }

  public Optional<StoredFinding> finding(long findingId) {
    return jdbc.sql("SELECT * FROM accident_finding WHERE id = ?").param(findingId)
        .query((rs, n) -> new StoredFinding(rs.getLong("id"), rs.getLong("accident_id"),
            ReportingFailureKind.valueOf(rs.getString("kind")),
            rs.getString("level") == null ? null : ReportingLevel.valueOf(rs.getString("level")), rs.getString("article"),
            rs.getString("detail"), rs.getString("status")))
        .optional();
  }

  public void decideFinding(long findingId, String status, String note, String by, Instant at) {
    jdbc.sql("UPDATE accident_finding SET status = ?, note = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(status, note, by, ts(at), findingId).update();
  }

  public List<Long> findingIds(long accidentId, java.util.Collection<String> keys) {
    return keys.isEmpty() ? List.of() : jdbc.sql("""
        SELECT id FROM accident_finding WHERE accident_id = :accident AND finding_key IN (:keys) ORDER BY id""")
        .param("accident", accidentId).param("keys", keys).query(Long.class).list();
  }

  public boolean hasFinding(long accidentId, String key) {
    return jdbc.sql("SELECT COUNT(*) FROM accident_finding WHERE accident_id = ? AND finding_key = ?")
        .params(accidentId, key).query(Long.class).single() > 0;
  }

  public Optional<ResponsibleCadre> responsible(long id) {
    return jdbc.sql("SELECT * FROM accident_responsible WHERE id = ?").param(id)
        .query(AccidentRepository::toResponsible).optional();
  }

  public List<ResponsibleCadre> responsibles(long accidentId) {
    return jdbc.sql("SELECT * FROM accident_responsible WHERE accident_id = ? ORDER BY id").param(accidentId)
        .query(AccidentRepository::toResponsible).list();
  }

  private static ResponsibleCadre toResponsible(ResultSet rs, int n) throws SQLException {
    Long caseId = rs.getObject("case_id", Long.class);
    return new ResponsibleCadre(rs.getLong("id"), rs.getLong("accident_id"), rs.getLong("cadre_id"),
        Ground.valueOf(rs.getString("ground")),
        rs.getString("responsibility") != null ? Responsibility.valueOf(rs.getString("responsibility")) : null,
        rs.getString("reporting_failure") != null ? ReportingFailureKind.valueOf(rs.getString("reporting_failure")) : null,
        new CaseFacts(rs.getBoolean("fully_performed_duties"), rs.getBoolean("enlarged_loss_by_poor_work"),
            rs.getBoolean("serious_social_impact"), Mitigation.valueOf(rs.getString("mitigation")),
            rs.getBoolean("egregious_and_serious"), rs.getBoolean("suspected_duty_crime")),
        rs.getString("recorded_by"), caseId);
  }

  private static Accident toAccident(ResultSet rs, int n) throws SQLException {
    return new Accident(rs.getLong("id"), rs.getString("accident_number"), rs.getString("jurisdiction_code"),
        rs.getString("place"), instant(rs, "occurred_at"), rs.getString("industry"), rs.getString("industry_code"),
        rs.getInt("deaths"),
        rs.getInt("serious_injuries"), rs.getBigDecimal("direct_loss"), rs.getString("description"),
        AccidentGrade.valueOf(rs.getString("grade")),
        new Reporting(instant(rs, "unit_reported_at"), instant(rs, "city_received_at"), instant(rs, "region_received_at"),
            instant(rs, "state_received_at"), instant(rs, "unit_head_received_at"), null,
            new Figures(rs.getInt("first_deaths"), rs.getInt("first_serious_injuries"), rs.getBigDecimal("first_direct_loss"))),
        AccidentStatus.valueOf(rs.getString("status")), instant(rs, "investigation_due"),
        rs.getBoolean("investigation_extended"), rs.getString("conclusion_summary"), rs.getString("no_leader_reason"),
        instant(rs, "concluded_at"),
        rs.getString("process_instance_id"), rs.getString("registered_by"), instant(rs, "registered_at"),
        instant(rs, "closed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t != null ? t.toInstant() : null;
  }

  private static Timestamp ts(Instant instant) {
    return instant != null ? Timestamp.from(instant) : null;
  }
}
