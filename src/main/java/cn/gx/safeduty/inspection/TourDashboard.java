package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.dashboard.DashboardSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's tours on the supervisors' dashboard, one row per jurisdiction inspected; a tour's detail. */
@Component
class TourDashboard implements DashboardSource {

  private final JdbcClient jdbc;
  private final InspectionTourService tours;

  TourDashboard(JdbcClient jdbc, InspectionTourService tours) {
    this.jdbc = jdbc;
    this.tours = tours;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Section> sections(int year) {
    List<java.util.Map<String, Object>> rows = jdbc.sql("""
        SELECT t.tour_number, t.process_instance_id, i.name AS inspecting_name, j.name AS target_name, g.status, g.rating,
          g.not_fulfilled, g.partly_fulfilled
        FROM inspection_target g JOIN inspection_tour t ON t.id = g.tour_id
          JOIN jurisdiction i ON i.code = t.inspecting_code JOIN jurisdiction j ON j.code = g.jurisdiction_code
        WHERE t.tour_year = ? ORDER BY t.id DESC, g.id""")
        .param(year)
        .query((rs, n) -> DashboardSource.opens(DashboardSource.row("tourNumber", rs.getString("tour_number"),
            "inspecting", rs.getString("inspecting_name"), "target", rs.getString("target_name"),
            "status", TargetStatus.valueOf(rs.getString("status")).chineseName(),
            "rating", rs.getString("rating") != null ? Rating.valueOf(rs.getString("rating")).chineseName() : "尚未评定",
            "notFulfilled", rs.getObject("not_fulfilled"), "partlyFulfilled", rs.getObject("partly_fulfilled")),
            "tour", rs.getString("tour_number"), rs.getString("process_instance_id")))
        .list();
    return List.of(new Section("tours", year + "年安全生产巡查结果", Column.of("tourNumber", "巡查编号", "inspecting",
        "组织单位", "target", "被巡查地区", "status", "进度", "rating", "巡查等次", "notFulfilled", "未履行职责项",
        "partlyFulfilled", "未充分履行项"), rows));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RecordDetail> record(String kind, String ref) {
    if (!kind.equals("tour")) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT id FROM inspection_tour WHERE tour_number = ?").param(ref).query(Long.class).optional()
        .map(tours::view).map(t -> {
          List<Line> lines = new ArrayList<>();
          lines.add(new Line("巡查编号", t.tourNumber()));
          lines.add(new Line("年度", String.valueOf(t.year())));
          for (InspectionTour.Target target : t.targets()) {
            lines.add(new Line(target.jurisdictionName(), target.status().chineseName()
                + (target.rating() != null ? "，巡查等次：" + target.rating().chineseName() : "")));
          }
          return new RecordDetail("安全生产巡查 " + t.tourNumber(), lines, t.processInstanceId());
        });
  }
}
