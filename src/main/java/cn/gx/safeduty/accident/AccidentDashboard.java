package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.dashboard.DashboardSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accidents on the supervisors' dashboard that want attention: reporting findings not yet
 * confirmed, or an investigation past its due date; an accident's detail.
 */
@Component
class AccidentDashboard implements DashboardSource {

  private final JdbcClient jdbc;
  private final AccidentService accidents;
  private final Clock clock;

  AccidentDashboard(JdbcClient jdbc, AccidentService accidents, Clock clock) {
    this.jdbc = jdbc;
    this.accidents = accidents;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Section> sections(int year) {
    List<java.util.Map<String, Object>> rows = jdbc.sql("""
        SELECT a.accident_number, j.name AS jurisdiction_name, a.grade, a.occurred_at, a.status, a.investigation_due,
          a.process_instance_id,
          (SELECT COUNT(*) FROM accident_finding f WHERE f.accident_id = a.id AND f.status = 'OPEN') AS open_findings
        FROM accident a JOIN jurisdiction j ON j.code = a.jurisdiction_code
        WHERE EXISTS (SELECT 1 FROM accident_finding f WHERE f.accident_id = a.id AND f.status = 'OPEN')
          OR (a.status = 'INVESTIGATING' AND a.investigation_due < :now)
        ORDER BY a.occurred_at DESC, a.id DESC LIMIT 200""")
        .param("now", Timestamp.from(clock.instant()))
        .query((rs, n) -> {
          Timestamp due = rs.getTimestamp("investigation_due");
          boolean overdue = "INVESTIGATING".equals(rs.getString("status")) && due != null
              && due.toInstant().isBefore(clock.instant());
          return DashboardSource.opens(DashboardSource.row("accidentNumber", rs.getString("accident_number"),
              "jurisdiction", rs.getString("jurisdiction_name"),
              "grade", AccidentGrade.valueOf(rs.getString("grade")).chineseName(),
              "occurredAt", ChineseDates.MINUTE.format(rs.getTimestamp("occurred_at").toInstant().atZone(clock.getZone())),
              "openFindings", rs.getLong("open_findings"),
              "investigationDue", due != null ? ChineseDates.MINUTE.format(due.toInstant().atZone(clock.getZone())) : "",
              "overdue", overdue ? "已逾期" : ""),
              "accident", rs.getString("accident_number"), rs.getString("process_instance_id"));
        })
        .list();
    return List.of(new Section("accidents", "待确认报告失职或调查逾期的事故", Column.of("accidentNumber", "事故编号",
        "jurisdiction", "发生地区", "grade", "等级", "occurredAt", "发生时间", "openFindings", "待确认报告失职",
        "investigationDue", "调查期限", "overdue", "调查是否逾期"), rows));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RecordDetail> record(String kind, String ref) {
    if (!kind.equals("accident")) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id FROM accident WHERE accident_number = ?").param(ref).query(Long.class).optional()
        .map(accidents::view).map(a -> {
          List<Line> lines = new ArrayList<>();
          lines.add(new Line("事故编号", a.accidentNumber()));
          lines.add(new Line("地点", a.place()));
          lines.add(new Line("发生时间", ChineseDates.MINUTE.format(a.occurredAt().atZone(clock.getZone()))));
          lines.add(new Line("行业", a.industry()));
          lines.add(new Line("等级", a.grade().chineseName() + "（死亡" + a.deaths() + "人，重伤" + a.seriousInjuries()
              + "人，直接经济损失" + a.directLoss().toPlainString() + "元）"));
          lines.add(new Line("状态", a.status().chineseName()));
          lines.add(new Line("报告失职", a.findings().isEmpty() ? "无" : String.join("；",
              a.findings().stream().map(f -> f.detail() + "（" + switch (f.status()) {
                case "OPEN" -> "待确认";
                case "CONFIRMED" -> "已确认";
                case "DISMISSED" -> "不予确认";
                default -> f.status();
              } + "）").toList())));
          lines.add(new Line("调查结论", a.conclusion() != null ? a.conclusion() : "尚未作出"));
          lines.add(new Line("负总责或分管的领导", a.answeringLeaders().isEmpty() ? "无" : String.join("；",
              a.answeringLeaders().stream().map(l -> l.name() + "（" + l.jurisdictionName() + "，" + l.basis() + "）")
                  .toList())));
          return new RecordDetail("生产安全事故 " + a.accidentNumber(), lines, a.processInstanceId());
        });
  }
}
