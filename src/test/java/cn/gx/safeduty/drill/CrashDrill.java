package cn.gx.safeduty.drill;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The crash drill (a script, not a test: {@code src/test/drills/crash-drill.sh}). On PostgreSQL,
 * drives accountability cases through their tasks from this process while SafeDuty runs in
 * another; breaks it twice — once while cases are being registered, once while their steps are
 * being completed — either by killing the app with SIGKILL and starting it again ({@code app}) or
 * by restarting PostgreSQL under it ({@code database}); finishes every case; then checks that each
 * case exists once, is closed, every completion answered 204 stayed completed with its step in the
 * record, the cadres' records hold exactly the sanctions their cases decided and each appeal window
 * ended once. Exits 1 when any of that fails.
 *
 * <p>Arguments: {@code app|database [cases]} (default {@code app 1000}).
 */
public final class CrashDrill {

  private CrashDrill() {
  }

  public static void main(String[] args) throws Exception {
    String breaking = args.length > 0 ? args[0] : "app";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Path work = Path.of("target", "drill", "crash-" + breaking + "-" + Instant.now().getEpochSecond());
    Files.createDirectories(work);
    Instant started = Instant.now();
    try (DrillPostgres postgres = new DrillPostgres(work.resolve("pgdata"), freePort())) {
      postgres.start();
      DrillApp app = new DrillApp("node", DrillApp.packagedJar(work), freePort(), postgres.jdbcUrl(), work, settings());
      app.start();
      CaseDriver driver = new CaseDriver(count, n -> app.base(), n -> app.base());
      driver.setUp(app.base());
      Instant driving = Instant.now();
      Breaker breaker = new Breaker(List.of(
          () -> driver.registered() >= count / 2,
          () -> driver.cases().stream().filter(c -> c.closed).count() >= count / 2),
          () -> {
            if (breaking.equals("database")) {
              postgres.restart();
            } else {
              app.kill();
              app.start();
            }
          });
      breaker.start();
      boolean finished = driver.drive(Duration.ofMinutes(25), 8);
      breaker.join();
      Duration drive = Duration.between(driving, Instant.now());
      List<String> broken = driver.check(app.base());
      app.stop();
      report("crash drill (" + breaking + ")", count, finished, drive, Duration.between(started, Instant.now()),
          breaker.breaks(), driver.failedRequests(), broken);
      System.exit(finished && broken.isEmpty() && breaker.breaks() == 2 ? 0 : 1);
    }
  }

  static List<String> settings() {
    return List.of(
        // the appeal window passes while the drill runs, so every decided case closes by its timer
        "safeduty.accountability.appeal-window=PT20S",
        // a job locked by a node that died is taken up again after this long
        "camunda.bpm.job-execution.lock-time-in-millis=20000",
        // an idle job executor looks for due jobs at least this often (Camunda's default backs off to a
        // minute), so that in a drill of minutes every node takes its share of the timers
        "camunda.bpm.job-execution.max-wait=2000");
  }

  static void report(String drill, int count, boolean finished, Duration drive, Duration total, int breaks,
      int failedRequests, List<String> broken) {
    System.out.println();
    System.out.println("== " + drill + " ==");
    System.out.printf("cases %d, all closed: %s, breaks: %d%n", count, finished, breaks);
    System.out.printf("driving %d s (%.1f cases/s), whole drill %d s%n", drive.toSeconds(),
        count / Math.max(1.0, drive.toMillis() / 1000.0), total.toSeconds());
    System.out.printf("requests that failed (no answer or a 5xx) and were sent again: %d%n", failedRequests);
    System.out.println(broken.isEmpty() ? "every check holds" : broken.size() + " checks broken:");
    broken.stream().limit(50).forEach(line -> System.out.println("  " + line));
  }

  static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Breaks something each time one of its conditions first holds, in order, on a thread of its own. */
  static final class Breaker extends Thread {

    interface Action {
      void run() throws Exception;
    }

    private final List<BooleanSupplier> when;
    private final Action action;
    private volatile int breaks;

    Breaker(List<BooleanSupplier> when, Action action) {
      this.when = when;
      this.action = action;
      setDaemon(true);
    }

    int breaks() {
      return breaks;
    }

    @Override
    public void run() {
      try {
        for (BooleanSupplier condition : when) {
          Instant giveUp = Instant.now().plus(Duration.ofMinutes(20));
          while (!condition.getAsBoolean() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
          }
          System.out.println("breaking at " + Instant.now());
          action.run();
          breaks++;
          System.out.println("back at " + Instant.now());
        }
      } catch (Exception e) {
        e.printStackTrace();
      }
    }
  }
}
