package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.demo.DemoSeed;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo year's tour: Nanning's, of two of its districts, its plan awaiting approval. */
@Component
class DemoTour implements DemoSeed {

  private final InspectionTourService tours;
  private final JdbcClient jdbc;

  DemoTour(InspectionTourService tours, JdbcClient jdbc) {
    this.tours = tours;
    this.jdbc = jdbc;
  }

  @Override
  public boolean hasRecords() {
    return jdbc.sql("SELECT COUNT(*) FROM inspection_tour").query(Long.class).single() > 0;
  }

  @Override
  public void seed(int year) {
    tours.plan(new NewInspectionTour(year, "450100", List.of("450102", "450107"), List.of("5-2", "6-2", "6-3"),
        List.of(new NewInspectionTour.Member("李明", "南宁市应急管理局"), new NewInspectionTour.Member("王芳", "南宁市委组织部")),
        new NewInspectionTour.Arrangements(java.time.LocalDate.of(year + 1, 3, 9), java.time.LocalDate.of(year + 1, 3, 20),
            "采取听取汇报、查阅资料、个别谈话和实地抽查企业等方式进行。", "李明", "0771-2800000")),
        "em-staff");
  }
}
