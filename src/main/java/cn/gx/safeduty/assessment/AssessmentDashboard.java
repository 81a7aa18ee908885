package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.dashboard.DashboardSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's assessments on the supervisors' dashboard, one row per jurisdiction with its team's grade; a cycle's detail. */
@Component
class AssessmentDashboard implements DashboardSource {

  private final JdbcClient jdbc;
  private final AssessmentCycleService cycles;

  AssessmentDashboard(JdbcClient jdbc, AssessmentCycleService cycles) {
    this.jdbc = jdbc;
    this.cycles = cycles;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Section> sections(int year) {
    List<java.util.Map<String, Object>> rows = jdbc.sql("""
        SELECT c.cycle_number, c.process_instance_id, i.name AS assessing_name, j.name AS target_name, a.status,
          a.total, a.grade
        FROM assessment_target g JOIN assessment_cycle c ON c.id = g.cycle_id
          JOIN jurisdiction i ON i.code = c.assessing_code JOIN jurisdiction j ON j.code = g.jurisdiction_code
          LEFT JOIN assessee a ON a.target_id = g.id AND a.cadre_id IS NULL
        WHERE c.assessment_year = ? ORDER BY c.id DESC, g.id""")
        .param(year)
        .query((rs, n) -> DashboardSource.opens(DashboardSource.row("cycleNumber", rs.getString("cycle_number"),
            "assessing", rs.getString("assessing_name"), "target", rs.getString("target_name"),
            "status", rs.getString("status") != null ? AssesseeStatus.valueOf(rs.getString("status")).chineseName() : "",
            "total", rs.getBigDecimal("total"),
            "grade", rs.getString("grade") != null ? Grade.valueOf(rs.getString("grade")).chineseName() : "尚未评定"),
            "cycle", rs.getString("cycle_number"), rs.getString("process_instance_id")))
        .list();
    return List.of(new Section("assessments", year + "年安全生产履职考核（领导班子）", Column.of("cycleNumber", "考核编号",
        "assessing", "组织单位", "target", "被考核地区", "status", "进度", "total", "总分", "grade", "考核等次"), rows));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RecordDetail> record(String kind, String ref) {
    if (!kind.equals("cycle")) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id FROM assessment_cycle WHERE cycle_number = ?").param(ref).query(Long.class).optional()
        .map(cycles::view).map(c -> {
          List<Line> lines = new ArrayList<>();
          lines.add(new Line("考核编号", c.cycleNumber()));
          lines.add(new Line("年度", String.valueOf(c.year())));
          for (AssessmentCycle.Target target : c.targets()) {
            for (AssessmentCycle.Assessee a : target.assessees()) {
              lines.add(new Line(target.jurisdictionName() + " " + (a.cadreId() == null ? "领导班子" : a.name()),
                  a.status().chineseName() + (a.grade() != null ? "，" + a.grade().chineseName() : "")
                      + (a.total() != null ? "（" + a.total().stripTrailingZeros().toPlainString() + "分）" : "")));
            }
          }
          return new RecordDetail("安全生产履职考核 " + c.cycleNumber(), lines, c.processInstanceId());
        });
  }
}
