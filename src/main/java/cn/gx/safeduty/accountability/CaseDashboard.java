package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.dashboard.DashboardSource;
import cn.gx.safeduty.registry.Barred;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases on the supervisors' dashboard: open cases counted by ground, status, city and county;
 * the open cases themselves; the cases closed this year; a closed case's detail.
 */
@Component
class CaseDashboard implements DashboardSource {

  static final int ROWS = 200;

  private final JdbcClient jdbc;
  private final AccountabilityCaseService cases;
  private final JurisdictionService jurisdictions;
  private final ZoneId zone;

  CaseDashboard(JdbcClient jdbc, AccountabilityCaseService cases, JurisdictionService jurisdictions, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.jurisdictions = jurisdictions;
    this.zone = clock.getZone();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Section> sections(int year) {
    return List.of(counts(), open(), closed(year));
  }

  private Section counts() {
    Map<String, Jurisdiction> byCode = jurisdictions.all().stream()
        .collect(Collectors.toMap(Jurisdiction::code, j -> j, (a, b) -> a));
    List<Map<String, Object>> rows = new ArrayList<>();
    jdbc.sql("""
        SELECT c.ground, c.status, k.jurisdiction_code, COUNT(*) AS n FROM accountability_case c
        JOIN cadre k ON k.id = c.cadre_id WHERE c.status <> 'CLOSED'
        GROUP BY c.ground, c.status, k.jurisdiction_code ORDER BY k.jurisdiction_code, c.ground, c.status""")
        .query(rs -> {
          Jurisdiction j = byCode.get(rs.getString("jurisdiction_code"));
          Jurisdiction city = j == null ? null : cityOf(j, byCode);
          rows.add(DashboardSource.row("ground", Ground.valueOf(rs.getString("ground")).chineseName(),
              "status", CaseStatus.valueOf(rs.getString("status")).chineseName(),
              "city", city != null ? city.name() : j != null ? j.name() : "",
              "county", city != null && j != city ? j.name() : "",
              "count", rs.getLong("n")));
        });
    return new Section("openCaseCounts", "未结问责案件（按情形、状态和地区）",
        Column.of("ground", "问责情形", "status", "状态", "city", "市", "county", "县（区）", "count", "件数"), rows);
  }

  /** The city a jurisdiction is or lies in; null for the region. */
  private static Jurisdiction cityOf(Jurisdiction j, Map<String, Jurisdiction> byCode) {
    Jurisdiction at = j;
    while (at != null && at.level() != cn.gx.safeduty.registry.JurisdictionLevel.CITY) {
      at = at.parentCode() != null ? byCode.get(at.parentCode()) : null;
    }
    return at;
  }

  private Section open() {
    return new Section("openCases", "未结问责案件", columns(), list("c.status <> 'CLOSED'", Map.of()));
  }

  private Section closed(int year) {
    Instant from = java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    Instant to = java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    return new Section("closedCases", year + "年已结问责案件", columns(),
        list("c.status = 'CLOSED' AND c.closed_at >= :from AND c.closed_at < :to",
            Map.of("from", java.sql.Timestamp.from(from), "to", java.sql.Timestamp.from(to))));
  }

  private static List<Column> columns() {
    return Column.of("caseNumber", "案件编号", "cadre", "干部", "jurisdiction", "所在地区", "ground", "问责情形",
        "status", "状态", "registeredAt", "登记时间");
  }

  private List<Map<String, Object>> list(String where, Map<String, Object> params) {
    return jdbc.sql("""
        SELECT c.case_number, k.name AS cadre_name, j.name AS jurisdiction_name, c.ground, c.status, c.registered_at,
          c.process_instance_id
        FROM accountability_case c JOIN cadre k ON k.id = c.cadre_id JOIN jurisdiction j ON j.code = k.jurisdiction_code
        """ + " WHERE " + where + " ORDER BY c.id DESC LIMIT " + ROWS)
        .params(params)
        .query((rs, n) -> DashboardSource.opens(DashboardSource.row("caseNumber", rs.getString("case_number"),
            "cadre", rs.getString("cadre_name"), "jurisdiction", rs.getString("jurisdiction_name"),
            "ground", Ground.valueOf(rs.getString("ground")).chineseName(),
            "status", CaseStatus.valueOf(rs.getString("status")).chineseName(),
            "registeredAt", ChineseDates.MINUTE.format(rs.getTimestamp("registered_at").toInstant().atZone(zone))),
            "case", rs.getString("case_number"), rs.getString("process_instance_id")))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RecordDetail> record(String kind, String ref) {
    if (!kind.equals("case")) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id FROM accountability_case WHERE case_number = ?").param(ref).query(Long.class).optional()
        .map(cases::view).map(this::detail);
  }

  private RecordDetail detail(CaseView c) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("案件编号", c.caseNumber()));
    lines.add(new Line("问责情形", c.ground().chineseName()));
    if (c.accidentGrade() != null) {
      lines.add(new Line("事故等级", c.accidentGrade().chineseName()));
    }
    if (c.responsibility() != null) {
      lines.add(new Line("责任", c.responsibility().chineseName()));
    }
    lines.add(new Line("案情", c.summary()));
    lines.add(new Line("状态", c.status().chineseName()));
    lines.add(new Line("问责措施", c.measures().isEmpty() ? "无" : c.measures().stream()
        .map(m -> m.sanction().named(m.disciplinaryKind()) + "（" + switch (m.status()) {
          case DECIDED -> "已决定";
          case IN_FORCE -> "有效";
          case CHANGED -> "已变更";
          case REVOKED -> "已撤销";
        } + "）").collect(Collectors.joining("；"))));
    lines.add(new Line("影响期", c.restrictionHistory().isEmpty() ? "无" : c.restrictionHistory().stream()
        .map(r -> Articles.chinese(r.article()) + "：" + Barred.sentence(r.bars()) + "，至"
            + ChineseDates.lastDayBefore(r.endsOn()) + (r.liftedOn() != null ? "（已于" + ChineseDates.of(r.liftedOn())
            + "解除）" : ""))
        .collect(Collectors.joining("；"))));
    lines.add(new Line("登记时间", ChineseDates.MINUTE.format(c.registeredAt().atZone(zone))));
    if (c.closedAt() != null) {
      lines.add(new Line("结案时间", ChineseDates.MINUTE.format(c.closedAt().atZone(zone))));
    }
    return new RecordDetail("问责案件 " + c.caseNumber(), lines, c.processInstanceId());
  }
}
