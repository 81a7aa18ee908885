package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.demo.DemoSeed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo year's accident: reported late by the unit, so emergency management has a finding to confirm. */
@Component
class DemoAccident implements DemoSeed {

  private final AccidentService accidents;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoAccident(AccidentService accidents, JdbcClient jdbc, Clock clock) {
    this.accidents = accidents;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean hasRecords() {
    return jdbc.sql("SELECT COUNT(*) FROM accident").query(Long.class).single() > 0;
  }

  @Override
  public void seed(int year) {
    Instant occurred = clock.instant().minus(Duration.ofDays(3));
    accidents.record(new NewAccident("450103", "南宁市青秀区某建筑工地", occurred, "建筑施工", 1, 2,
        new BigDecimal("1800000"), "塔吊作业中发生高处坠落，1人死亡、2人重伤",
        new Reporting(occurred.plus(Duration.ofMinutes(150)), null, null, null)), "em-staff");
  }
}
