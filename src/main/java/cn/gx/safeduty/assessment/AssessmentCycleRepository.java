package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.ListQuery;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The assessment tables: cycles, indicators, targets, assessees, scores, proposals and review cases. */
@Repository
public class AssessmentCycleRepository {

  private final JdbcClient jdbc;

  public AssessmentCycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertCycle(String number, int year, String assessingCode, String by, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO assessment_cycle (cycle_number, assessment_year, assessing_code, status, created_by, created_at)
        VALUES (?, ?, ?, 'UNDERWAY', ?, ?)""")
        .params(number, year, assessingCode, by, Timestamp.from(at)).update(key, "id");
    return key.getKey().longValue();
  }

  void insertIndicators(long cycleId, List<Indicator> indicators) {
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      jdbc.sql("""
          INSERT INTO assessment_indicator (cycle_id, code, name, rule, weight, duty_ids, position)
          VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(cycleId, ind.code(), ind.name(), ind.rule().name(), ind.weight(), String.join(",", ind.duties()), i)
          .update();
    }
  }

  long insertTarget(long cycleId, String code, int year) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO assessment_target (cycle_id, jurisdiction_code, active_year, status) VALUES (?, ?, ?, 'ASSESSING')""")
        .params(cycleId, code, year).update(key, "id");
    return key.getKey().longValue();
  }

  void insertAssessee(long targetId, Long cadreId, List<String> roles) {
    jdbc.sql("INSERT INTO assessee (target_id, cadre_id, roles, status) VALUES (?, ?, ?, 'AWAITING_REPORT')")
        .params(targetId, cadreId, String.join(",", roles)).update();
  }

  List<String> alreadyAssessed(int year, Collection<String> codes) {
    return jdbc.sql("SELECT jurisdiction_code FROM assessment_target WHERE active_year = :year AND jurisdiction_code IN (:codes)")
        .param("year", year).param("codes", codes).query(String.class).list();
  }

  void setProcessInstance(long cycleId, String pid) {
    jdbc.sql("UPDATE assessment_cycle SET process_instance_id = ? WHERE id = ?").params(pid, cycleId).update();
  }

  Optional<Long> cycleOfInstance(String pid) {
    return jdbc.sql("SELECT id FROM assessment_cycle WHERE process_instance_id = ?").param(pid).query(Long.class)
        .optional();
  }

  Optional<AssessmentCycle> cycle(long id) {
    return jdbc.sql("""
        SELECT c.*, j.name AS assessing_name FROM assessment_cycle c JOIN jurisdiction j ON j.code = c.assessing_code
        WHERE c.id = ?""").param(id).query((rs, n) -> cycleRow(rs)).optional();
  }

  void lockCycle(long id) {
    jdbc.sql("SELECT id FROM assessment_cycle WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
        .orElseThrow(() -> new cn.gx.safeduty.kernel.NotFoundException("Assessment cycle", id));
  }

  void publish(long id, AssessmentCycle.Publication p) {
    jdbc.sql("""
        UPDATE assessment_cycle SET status = 'PUBLISHED', publication_mode = ?, published_on = ?, publication_ref = ?,
          publication_note = ?, published_by = ?, published_at = ? WHERE id = ? AND status = 'UNDERWAY'""")
        .params(p.mode().name(), Date.valueOf(p.publishedOn()), p.ref(), p.note(), p.by(), Timestamp.from(p.at()), id)
        .update();
  }

  List<Indicator> indicators(long cycleId) {
    return jdbc.sql("SELECT * FROM assessment_indicator WHERE cycle_id = ? ORDER BY position").param(cycleId)
        .query((rs, n) -> new Indicator(rs.getString("code"), rs.getString("name"),
            IndicatorRule.valueOf(rs.getString("rule")), rs.getBigDecimal("weight"), split(rs.getString("duty_ids"))))
        .list();
  }

  List<Long> targetIds(long cycleId) {
    return jdbc.sql("SELECT id FROM assessment_target WHERE cycle_id = ? ORDER BY jurisdiction_code").param(cycleId)
        .query(Long.class).list();
  }

  List<AssessmentCycle.Target> targets(long cycleId) {
    return jdbc.sql("""
        SELECT t.*, j.name AS jurisdiction_name FROM assessment_target t JOIN jurisdiction j ON j.code = t.jurisdiction_code
        WHERE t.cycle_id = ? ORDER BY t.jurisdiction_code""").param(cycleId).query((rs, n) -> targetRow(rs)).list();
  }

  /** The grade the cycle gave the cadre, if it graded them. */
  Optional<Grade> gradeOf(long cycleId, long cadreId) {
    return jdbc.sql("""
        SELECT a.grade FROM assessee a JOIN assessment_target t ON t.id = a.target_id
        WHERE t.cycle_id = ? AND a.cadre_id = ? AND a.grade IS NOT NULL""").params(cycleId, cadreId)
        .query(String.class).optional().map(Grade::valueOf);
  }

  Optional<AssessmentCycle.Target> target(long targetId) {
    return jdbc.sql("""
        SELECT t.*, j.name AS jurisdiction_name FROM assessment_target t JOIN jurisdiction j ON j.code = t.jurisdiction_code
        WHERE t.id = ?""").param(targetId).query((rs, n) -> targetRow(rs)).optional();
  }

  long cycleOfTarget(long targetId) {
    return jdbc.sql("SELECT cycle_id FROM assessment_target WHERE id = ?").param(targetId).query(Long.class).single();
  }

  void link(long targetId, List<CountsIn> countsIn, String remark, String by, Instant at) {
    int linked = jdbc.sql("""
        UPDATE assessment_target SET status = 'LINKED', counts_in = ?, link_remark = ?, linked_by = ?, linked_at = ?
        WHERE id = ? AND status = 'ASSESSING'""")
        .params(String.join(",", countsIn.stream().map(Enum::name).toList()), remark, by, Timestamp.from(at), targetId)
        .update();
    if (linked != 1) {
      throw new cn.gx.safeduty.kernel.ConflictException("The assessment of target " + targetId + " is already linked");
    }
    jdbc.sql("UPDATE assessee SET status = 'LINKED' WHERE target_id = ? AND status = 'GRADED'").param(targetId).update();
  }

  List<Long> assesseeIds(long targetId) {
    return jdbc.sql("SELECT id FROM assessee WHERE target_id = ? ORDER BY cadre_id NULLS FIRST, id").param(targetId)
        .query(Long.class).list();
  }

  /** The assessees of these targets, each with its scores, proposal and review cases: five queries. */
  Map<Long, List<AssessmentCycle.Assessee>> assessees(Collection<Long> targetIds, Map<String, Indicator> indicators) {
    Map<Long, List<AssessmentCycle.Assessee>> byTarget = new LinkedHashMap<>();
    if (targetIds.isEmpty()) {
      return byTarget;
    }
    List<AssessmentCycle.Assessee> rows = jdbc.sql("""
        SELECT a.*, k.name AS cadre_name, j.name AS jurisdiction_name, f.file_name, f.size_bytes FROM assessee a
        JOIN assessment_target t ON t.id = a.target_id JOIN jurisdiction j ON j.code = t.jurisdiction_code
        LEFT JOIN cadre k ON k.id = a.cadre_id LEFT JOIN assessee_report_file f ON f.assessee_id = a.id
        WHERE a.target_id IN (:targets) ORDER BY a.target_id, a.cadre_id NULLS FIRST, a.id""")
        .param("targets", targetIds).query((rs, n) -> assesseeRow(rs)).list();
    List<Long> ids = rows.stream().map(AssessmentCycle.Assessee::id).toList();
    Map<Long, List<AssessmentCycle.Score>> scores = scores(ids, indicators);
    Map<Long, AssessmentCycle.Proposal> proposals = proposals(ids);
    Map<Long, List<AssessmentCycle.ReviewCase>> cases = reviewCases(ids);
    for (AssessmentCycle.Assessee a : rows) {
      AssessmentCycle.Review review = a.review() == null ? null : new AssessmentCycle.Review(a.review().dutyIds(),
          a.review().note(), a.review().by(), a.review().at(), cases.getOrDefault(a.id(), List.of()));
      byTarget.computeIfAbsent(a.targetId(), k -> new ArrayList<>()).add(new AssessmentCycle.Assessee(a.id(),
          a.targetId(), a.cadreId(), a.name(), a.roles(), a.status(), a.report(), a.evidence(),
          scores.getOrDefault(a.id(), List.of()), a.total(), a.gradeFromTotal(), a.grade(), a.caps(), a.gradedAt(),
          proposals.get(a.id()), a.proposalNote(), review));
    }
    return byTarget;
  }

  Optional<Long> targetOfAssessee(long assesseeId) {
    return jdbc.sql("SELECT target_id FROM assessee WHERE id = ?").param(assesseeId).query(Long.class).optional();
  }

  /** Locks the assessee's row; false when there is no such assessee. */
  boolean lockAssessee(long id) {
    return jdbc.sql("SELECT id FROM assessee WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional().isPresent();
  }

  void report(long id, AssessmentCycle.DutyReport r) {
    moved(jdbc.sql("""
        UPDATE assessee SET status = 'REPORTED', report_summary = ?, safety_section = ?, reported_on = ?, report_ref = ?,
          reported_by = ?, reported_at = ? WHERE id = ? AND status = 'AWAITING_REPORT'""")
        .params(r.summary(), r.safetySection(), Date.valueOf(r.reportedOn()), r.ref(), r.by(), Timestamp.from(r.at()),
            id)
        .update(), id, AssesseeStatus.REPORTED);
  }

  /** A report file replaces the one uploaded before it. */
  void saveReportFile(long assesseeId, String fileName, byte[] content, String by, Instant at) {
    jdbc.sql("DELETE FROM assessee_report_file WHERE assessee_id = ?").param(assesseeId).update();
    jdbc.sql("""
        INSERT INTO assessee_report_file (assessee_id, file_name, size_bytes, content, uploaded_by, uploaded_at)
        VALUES (?, ?, ?, ?, ?, ?)""")
        .params(assesseeId, fileName, content.length, content, by, Timestamp.from(at)).update();
  }

  Optional<ReportFile> reportFile(long assesseeId) {
    return jdbc.sql("SELECT file_name, content FROM assessee_report_file WHERE assessee_id = ?").param(assesseeId)
        .query((rs, n) -> new ReportFile(rs.getString(1), rs.getBytes(2))).optional();
  }

  /** A duty report file and its name. */
  record ReportFile(String fileName, byte[] content) {
  }

  void evidence(long id, String evidence, List<AssessmentCycle.Score> derived) {
    moved(jdbc.sql("UPDATE assessee SET status = 'EVIDENCE_GATHERED', evidence = ? WHERE id = ? AND status = 'REPORTED'")
        .params(evidence, id).update(), id, AssesseeStatus.EVIDENCE_GATHERED);
    jdbc.sql("DELETE FROM assessment_score WHERE assessee_id = ?").param(id).update();
    for (AssessmentCycle.Score s : derived) {
      jdbc.sql("INSERT INTO assessment_score (assessee_id, indicator_code, derived, source) VALUES (?, ?, ?, ?)")
          .params(id, s.indicatorCode(), s.derived(), s.source()).update();
    }
  }

  void score(long id, List<AssessmentCycle.Score> scores, BigDecimal total, String by, Instant at) {
    for (AssessmentCycle.Score s : scores) {
      jdbc.sql("""
          UPDATE assessment_score SET score = ?, reason = ?, scored_by = ?, scored_at = ?
          WHERE assessee_id = ? AND indicator_code = ?""")
          .params(s.score(), s.reason(), by, Timestamp.from(at), id, s.indicatorCode()).update();
    }
    moved(jdbc.sql("UPDATE assessee SET status = 'SCORED', total = ? WHERE id = ? AND status = 'EVIDENCE_GATHERED'")
        .params(total, id).update(), id, AssesseeStatus.SCORED);
  }

  void grade(long id, GradeCaps.Capped capped, Instant at) {
    moved(jdbc.sql("""
        UPDATE assessee SET status = 'GRADED', grade_from_total = ?, grade = ?, caps = ?, graded_at = ?
        WHERE id = ? AND status = 'SCORED'""")
        .params(capped.fromTotal().name(), capped.grade().name(), caps(capped.caps()), Timestamp.from(at), id)
        .update(), id, AssesseeStatus.GRADED);
  }

  void proposalDecided(long id, String note, String by, Instant at) {
    jdbc.sql("UPDATE assessee SET proposal_note = ?, proposal_by = ?, proposal_at = ? WHERE id = ?")
        .params(note, by, Timestamp.from(at), id).update();
  }

  void insertProposal(long assesseeId, long cadreId, Award award, String facts, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO assessment_proposal (assessee_id, cadre_id, award, facts, status, proposed_by, proposed_at)
        VALUES (?, ?, ?, ?, 'PENDING', ?, ?)""")
        .params(assesseeId, cadreId, award.name(), facts, by, Timestamp.from(at)).update();
  }

  void review(long id, List<String> dutyIds, String note, String by, Instant at) {
    jdbc.sql("UPDATE assessee SET review_duties = ?, review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")
        .params(String.join(",", dutyIds), note, by, Timestamp.from(at), id).update();
  }

  void insertReviewCase(long assesseeId, long cadreId) {
    jdbc.sql("INSERT INTO assessment_review_case (assessee_id, cadre_id) VALUES (?, ?)").params(assesseeId, cadreId)
        .update();
  }

  void setReviewCase(long assesseeId, long cadreId, long caseId, String caseNumber) {
    jdbc.sql("UPDATE assessment_review_case SET case_id = ?, case_number = ? WHERE assessee_id = ? AND cadre_id = ?")
        .params(caseId, caseNumber, assesseeId, cadreId).update();
  }

  List<AssessmentCycle.Proposal> proposalsOfCycle(long cycleId) {
    return jdbc.sql(PROPOSALS + """
        JOIN assessee a ON a.id = p.assessee_id JOIN assessment_target t ON t.id = a.target_id
        JOIN assessment_cycle c ON c.id = t.cycle_id
        WHERE t.cycle_id = ? ORDER BY p.id""").param(cycleId).query((rs, n) -> proposalRow(rs)).list();
  }

  List<AssessmentCycle.Proposal> pendingProposals() {
    return jdbc.sql(PROPOSALS + """
        JOIN assessee a ON a.id = p.assessee_id JOIN assessment_target t ON t.id = a.target_id
        JOIN assessment_cycle c ON c.id = t.cycle_id
        WHERE p.status = 'PENDING' ORDER BY p.id""").query((rs, n) -> proposalRow(rs)).list();
  }

  /** Marks a pending proposal taken up; false when another took it up first. */
  boolean takeUp(long proposalId) {
    return jdbc.sql("UPDATE assessment_proposal SET status = 'TAKEN_UP' WHERE id = ? AND status = 'PENDING'")
        .param(proposalId).update() == 1;
  }

  List<CycleSummary> summaries(Integer year, Collection<String> assessing, CycleStatus status, int page, int size) {
    return filtered(year, assessing, status).page(jdbc, """
        c.id, c.cycle_number, c.assessment_year, c.assessing_code, j.name AS assessing_name, c.status,
          c.publication_mode, c.published_on, c.process_instance_id, c.created_at,
          (SELECT COUNT(*) FROM assessment_target t WHERE t.cycle_id = c.id) AS targets,
          (SELECT COUNT(*) FROM assessee a JOIN assessment_target t ON t.id = a.target_id WHERE t.cycle_id = c.id) AS assessees,
          (SELECT COUNT(*) FROM assessee a JOIN assessment_target t ON t.id = a.target_id
            WHERE t.cycle_id = c.id AND a.grade IS NOT NULL) AS graded""", "c.id DESC", page, size,
        (rs, n) -> new CycleSummary(rs.getLong("id"), rs.getString("cycle_number"), rs.getInt("assessment_year"),
            rs.getString("assessing_code"), rs.getString("assessing_name"), CycleStatus.valueOf(rs.getString("status")),
            rs.getInt("targets"), rs.getInt("assessees"), rs.getInt("graded"),
            rs.getString("publication_mode") == null ? null : PublicationMode.valueOf(rs.getString("publication_mode")),
            localDate(rs, "published_on"), rs.getString("process_instance_id"), rs.getTimestamp("created_at").toInstant()));
  }

  long count(Integer year, Collection<String> assessing, CycleStatus status) {
    return filtered(year, assessing, status).count(jdbc);
  }

  private static ListQuery filtered(Integer year, Collection<String> assessing, CycleStatus status) {
    return ListQuery.from("FROM assessment_cycle c JOIN jurisdiction j ON j.code = c.assessing_code")
        .where("c.assessment_year = :year", "year", year)
        .whereIn("c.assessing_code", "assessing", assessing)
        .where("c.status = :status", "status", status);
  }

  private static final String PROPOSALS = """
      SELECT p.*, t.cycle_id, c.cycle_number, k.name AS cadre_name FROM assessment_proposal p
      JOIN cadre k ON k.id = p.cadre_id
      """;

  private Map<Long, AssessmentCycle.Proposal> proposals(List<Long> assesseeIds) {
    Map<Long, AssessmentCycle.Proposal> byAssessee = new HashMap<>();
    jdbc.sql(PROPOSALS + """
        JOIN assessee a ON a.id = p.assessee_id JOIN assessment_target t ON t.id = a.target_id
        JOIN assessment_cycle c ON c.id = t.cycle_id
        WHERE p.assessee_id IN (:ids)""").param("ids", assesseeIds)
        .query((rs, n) -> proposalRow(rs)).list().forEach(p -> byAssessee.put(p.assesseeId(), p));
    return byAssessee;
  }

  private Map<Long, List<AssessmentCycle.Score>> scores(List<Long> assesseeIds, Map<String, Indicator> indicators) {
    Map<Long, List<AssessmentCycle.Score>> byAssessee = new HashMap<>();
    jdbc.sql("SELECT * FROM assessment_score WHERE assessee_id IN (:ids)").param("ids", assesseeIds).query(rs -> {
      Indicator ind = indicators.get(rs.getString("indicator_code"));
      Timestamp at = rs.getTimestamp("scored_at");
      byAssessee.computeIfAbsent(rs.getLong("assessee_id"), k -> new ArrayList<>()).add(new AssessmentCycle.Score(
          rs.getString("indicator_code"), ind == null ? null : ind.name(), ind == null ? null : ind.weight(),
          rs.getBigDecimal("derived"), rs.getString("source"), rs.getBigDecimal("score"), rs.getString("reason"),
          rs.getString("scored_by"), at == null ? null : at.toInstant()));
    });
    List<String> order = new ArrayList<>(indicators.keySet());
    byAssessee.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(s -> order.indexOf(s.indicatorCode()))));
    return byAssessee;
  }

  private Map<Long, List<AssessmentCycle.ReviewCase>> reviewCases(List<Long> assesseeIds) {
    Map<Long, List<AssessmentCycle.ReviewCase>> byAssessee = new HashMap<>();
    jdbc.sql("SELECT * FROM assessment_review_case WHERE assessee_id IN (:ids) ORDER BY cadre_id")
        .param("ids", assesseeIds).query(rs -> {
          long caseId = rs.getLong("case_id");
          Long opened = rs.wasNull() ? null : caseId;
          byAssessee.computeIfAbsent(rs.getLong("assessee_id"), k -> new ArrayList<>()).add(
              new AssessmentCycle.ReviewCase(rs.getLong("cadre_id"), opened, rs.getString("case_number")));
        });
    return byAssessee;
  }

  private static AssessmentCycle.Proposal proposalRow(ResultSet rs) throws SQLException {
    return new AssessmentCycle.Proposal(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("cycle_number"),
        rs.getLong("assessee_id"),
        rs.getLong("cadre_id"), rs.getString("cadre_name"), Award.valueOf(rs.getString("award")), rs.getString("facts"),
        rs.getString("status"), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant());
  }

  private static AssessmentCycle cycleRow(ResultSet rs) throws SQLException {
    String mode = rs.getString("publication_mode");
    AssessmentCycle.Publication publication = mode == null ? null : new AssessmentCycle.Publication(
        PublicationMode.valueOf(mode), localDate(rs, "published_on"), rs.getString("publication_ref"),
        rs.getString("publication_note"), rs.getString("published_by"), instant(rs, "published_at"));
    return new AssessmentCycle(rs.getLong("id"), rs.getString("cycle_number"), rs.getInt("assessment_year"),
        rs.getString("assessing_code"), rs.getString("assessing_name"), CycleStatus.valueOf(rs.getString("status")),
        List.of(), publication, rs.getString("process_instance_id"), rs.getString("created_by"),
        instant(rs, "created_at"), List.of());
  }

  private static AssessmentCycle.Target targetRow(ResultSet rs) throws SQLException {
    return new AssessmentCycle.Target(rs.getLong("id"), rs.getString("jurisdiction_code"),
        rs.getString("jurisdiction_name"), rs.getString("status"),
        split(rs.getString("counts_in")).stream().map(CountsIn::valueOf).toList(), rs.getString("link_remark"),
        rs.getString("linked_by"), instant(rs, "linked_at"), List.of());
  }

  private static AssessmentCycle.Assessee assesseeRow(ResultSet rs) throws SQLException {
    long cadre = rs.getLong("cadre_id");
    Long cadreId = rs.wasNull() ? null : cadre;
    String name = cadreId == null ? rs.getString("jurisdiction_name") + "党委和政府领导班子" : rs.getString("cadre_name");
    String fileName = rs.getString("file_name");
    AssessmentCycle.ReportFile file = fileName == null ? null
        : new AssessmentCycle.ReportFile(fileName, rs.getLong("size_bytes"));
    AssessmentCycle.DutyReport report = rs.getDate("reported_on") == null && file == null ? null
        : new AssessmentCycle.DutyReport(rs.getString("report_summary"), rs.getString("safety_section"),
            localDate(rs, "reported_on"), rs.getString("report_ref"), file, rs.getString("reported_by"),
            instant(rs, "reported_at"));
    AssessmentCycle.Review review = rs.getTimestamp("reviewed_at") == null ? null : new AssessmentCycle.Review(
        split(rs.getString("review_duties")), rs.getString("review_note"), rs.getString("reviewed_by"),
        instant(rs, "reviewed_at"), List.of());
    return new AssessmentCycle.Assessee(rs.getLong("id"), rs.getLong("target_id"), cadreId, name,
        split(rs.getString("roles")), AssesseeStatus.valueOf(rs.getString("status")), report, rs.getString("evidence"),
        List.of(), rs.getBigDecimal("total"), grade(rs.getString("grade_from_total")), grade(rs.getString("grade")),
        caps(rs.getString("caps")), instant(rs, "graded_at"), null, rs.getString("proposal_note"), review);
  }

  private static String caps(List<GradeCaps.Cap> caps) {
    return caps.isEmpty() ? null
        : String.join("\n", caps.stream().map(c -> c.article() + "\t" + c.reason()).toList());
  }

  private static List<GradeCaps.Cap> caps(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\n")).map(l -> l.split("\t", 2)).map(p -> new GradeCaps.Cap(p[0], p[1])).toList();
  }

  private static Grade grade(String name) {
    return name == null ? null : Grade.valueOf(name);
  }

  static List<String> split(String csv) {
    return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /** A status write from the status the owner read: none written means another got there first (409). */
  private static void moved(int rows, long assesseeId, AssesseeStatus to) {
    if (rows != 1) {
      throw new cn.gx.safeduty.kernel.ConflictException("Assessee " + assesseeId + " has moved on; it cannot become " + to);
    }
  }

  List<String> organisedBy(String jurisdictionCode, int year) {
    return jdbc.sql("SELECT cycle_number FROM assessment_cycle WHERE assessing_code = ? AND assessment_year = ? ORDER BY cycle_number")
        .params(jurisdictionCode, year).query(String.class).list();
  }

  /** One assessee's result as the cycles' export lists it; {@code cadreName} null for the team. */
  record ResultRow(String cycleNumber, int year, String assessingName, String targetName, String cadreName,
      AssesseeStatus status, BigDecimal total, Grade grade, Instant gradedAt) {
  }

  /** The assessees of the cycles the filters select, each handed on as it is read. */
  void forEachResult(Integer year, java.util.Collection<String> assessing, CycleStatus status,
      java.util.function.Consumer<ResultRow> each) {
    ListQuery.from("""
        FROM assessee a JOIN assessment_target g ON g.id = a.target_id JOIN assessment_cycle c ON c.id = g.cycle_id
          JOIN jurisdiction i ON i.code = c.assessing_code JOIN jurisdiction j ON j.code = g.jurisdiction_code
          LEFT JOIN cadre k ON k.id = a.cadre_id""")
        .where("c.assessment_year = :year", "year", year)
        .whereIn("c.assessing_code", "assessing", assessing)
        .where("c.status = :status", "status", status)
        .forEach(jdbc, """
            c.cycle_number, c.assessment_year, i.name AS assessing_name, j.name AS target_name, k.name AS cadre_name,
              a.status, a.total, a.grade, a.graded_at""", "c.assessment_year DESC, c.id DESC, g.id, a.cadre_id NULLS FIRST, a.id",
            (rs, n) -> new ResultRow(rs.getString("cycle_number"), rs.getInt("assessment_year"),
                rs.getString("assessing_name"), rs.getString("target_name"), rs.getString("cadre_name"),
                AssesseeStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total"),
                rs.getString("grade") != null ? Grade.valueOf(rs.getString("grade")) : null,
                rs.getTimestamp("graded_at") != null ? rs.getTimestamp("graded_at").toInstant() : null), each);
  }
}
