package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.dashboard.DashboardSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's nominations on the supervisors' dashboard; a nomination's detail. */
@Component
class CommendationDashboard implements DashboardSource {

  private final JdbcClient jdbc;
  private final CommendationService nominations;
  private final java.time.ZoneId zone;

  CommendationDashboard(JdbcClient jdbc, CommendationService nominations, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.nominations = nominations;
    this.zone = clock.getZone();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Section> sections(int year) {
    List<java.util.Map<String, Object>> rows = jdbc.sql("""
        SELECT m.nomination_number, k.name AS cadre_name, j.name AS jurisdiction_name, m.proposed_award, m.status,
          m.process_instance_id
        FROM commendation m JOIN cadre k ON k.id = m.cadre_id JOIN jurisdiction j ON j.code = k.jurisdiction_code
        WHERE m.nomination_year = ? ORDER BY m.id DESC LIMIT 200""")
        .param(year)
        .query((rs, n) -> DashboardSource.opens(DashboardSource.row("number", rs.getString("nomination_number"),
            "nominee", rs.getString("cadre_name"), "jurisdiction", rs.getString("jurisdiction_name"),
            "award", nominations.awardName(rs.getString("proposed_award")),
            "status", CommendationStatus.valueOf(rs.getString("status")).chineseName()),
            "nomination", rs.getString("nomination_number"), rs.getString("process_instance_id")))
        .list();
    return List.of(new Section("nominations", year + "年表彰奖励提名", Column.of("number", "提名编号", "nominee", "被提名人",
        "jurisdiction", "所在地区", "award", "拟授予", "status", "状态"), rows));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RecordDetail> record(String kind, String ref) {
    if (!kind.equals("nomination")) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id FROM commendation WHERE nomination_number = ?").param(ref).query(Long.class).optional()
        .map(nominations::view).map(n -> {
          List<Line> lines = new ArrayList<>();
          lines.add(new Line("提名编号", n.nominationNumber()));
          lines.add(new Line("被提名人", n.cadreName()));
          lines.add(new Line("提名依据", n.basis().chineseName()));
          lines.add(new Line("拟授予", nominations.awardName(n.proposedAward())));
          lines.add(new Line("事迹", n.citation()));
          lines.add(new Line("提名单位", n.nominatingUnit()));
          lines.add(new Line("状态", n.status().chineseName()));
          if (n.stop() != null) {
            lines.add(new Line("终止原因", n.stop().reason()));
          }
          if (n.closedAt() != null) {
            lines.add(new Line("办结时间", ChineseDates.MINUTE.format(n.closedAt().atZone(zone))));
          }
          return new RecordDetail("表彰奖励提名 " + n.nominationNumber(), lines, n.processInstanceId());
        });
  }
}
