package cn.gx.safeduty.kernel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A fresh embedded start (its own empty database) makes the demo year after start-up: every
 * department's queue has work, and some records have already finished. It runs in a JVM of its own
 * (the pom's surefire execution {@code first-start}): Camunda's engine registry is static, and a
 * second engine would take the place of the tests' shared one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"safeduty.demo-year=true", "spring.datasource.url=jdbc:h2:mem:safeduty-demo-year;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoYearTest {

  @Autowired
  DemoYear demoYear;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcClient jdbc;

  @Test
  void aFirstStartGivesEveryDepartmentWork() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (!demoYear.done() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(demoYear.done()).as("made in the background").isTrue();
    for (SafeDutyGroup department : SafeDutyGroup.departments()) {
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(department.id()).count())
          .as(department.chineseName() + "'s queue").isPositive();
    }
    for (String table : List.of("accountability_case", "accident", "inspection_tour", "assessment_cycle", "commendation",
        "candidate_vetting")) {
      assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isPositive();
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation WHERE status = 'STOPPED'").query(Long.class).single())
        .as("a nomination already finished").isPositive();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM accident_finding WHERE status = 'OPEN'").query(Long.class).single())
        .as("the late report to confirm").isPositive();

    long cases = jdbc.sql("SELECT COUNT(*) FROM accountability_case").query(Long.class).single();
    demoYear.make();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM accountability_case").query(Long.class).single())
        .as("a database with records is left as it is").isEqualTo(cases);
  }
}
