package cn.gx.safeduty.kernel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On an embedded first start ({@code safeduty.demo-year}, on only in the embedded default), once the
 * application is ready and in the background — start-up is no slower — every procedure makes its part
 * of a demo year, so each department's queue, Cockpit and the dashboard show work. A database holding
 * any record is left as it is.
 */
@Component
@ConditionalOnProperty(name = "safeduty.demo-year", havingValue = "true")
public class DemoYear {

  private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);

  private final List<DemoSeed> seeds;
  private final Clock clock;
  private volatile boolean done;

  public DemoYear(List<DemoSeed> seeds, Clock clock) {
    this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onReady() {
    Thread maker = new Thread(this::make, "safeduty-demo-year");
    maker.setDaemon(true);
    maker.start();
  }

  /** Whether the demo year has been made (or found not wanted). */
  public boolean done() {
    return done;
  }

  void make() {
    try {
      if (seeds.stream().anyMatch(DemoSeed::hasRecords)) {
        LOG.info("Demo year not made: the database already holds records");
        return;
      }
      int year = LocalDate.now(clock).getYear();
      for (DemoSeed seed : seeds) {
        try {
          seed.seed(year);
        } catch (RuntimeException failed) {
          LOG.warn("Demo year: {} made nothing: {}", seed.getClass().getSimpleName(), failed.getMessage());
        }
      }
      LOG.info("Demo year {} made: cases, an accident, a tour, an assessment, a nomination and vettings", year);
    } finally {
      done = true;
    }
  }
}
