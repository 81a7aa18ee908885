package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.demo.DemoSeed;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo year's assessment: the region's of Guilin, its team and members awaiting their duty reports. */
@Component
class DemoCycle implements DemoSeed {

  private final AssessmentCycleService cycles;
  private final JdbcClient jdbc;

  DemoCycle(AssessmentCycleService cycles, JdbcClient jdbc) {
    this.cycles = cycles;
    this.jdbc = jdbc;
  }

  @Override
  public boolean hasRecords() {
    return jdbc.sql("SELECT COUNT(*) FROM assessment_cycle").query(Long.class).single() > 0;
  }

  @Override
  public void seed(int year) {
    cycles.plan(new NewAssessmentCycle(year, "450000", List.of("450300"), null), "em-staff");
  }
}
