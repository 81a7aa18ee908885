package cn.gx.safeduty.drill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The two-node drill (a script, not a test: {@code src/test/drills/two-node-drill.sh}): two
 * SafeDuty nodes on one PostgreSQL, the job executor running on both, as Camunda 7 clusters. Each
 * case is registered on one node and its tasks completed on the other; the appeal windows' timers
 * fire on whichever node acquires them. Once three quarters of the cases are closed, node A is killed with
 * SIGKILL and node B finishes everything, timers included (the jobs A held are taken up once their
 * lock expires). Then the crash drill's checks, among them that each appeal window ended exactly
 * once and no step was recorded twice. Exits 1 when any fails.
 *
 * <p>Arguments: {@code [cases]} (default 200).
 */
public final class TwoNodeDrill {

  private TwoNodeDrill() {
  }

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path work = Path.of("target", "drill", "two-nodes-" + Instant.now().getEpochSecond());
    Files.createDirectories(work);
    Instant started = Instant.now();
    try (DrillPostgres postgres = new DrillPostgres(work.resolve("pgdata"), CrashDrill.freePort())) {
      postgres.start();
      Path jar = DrillApp.packagedJar(work);
      DrillApp a = new DrillApp("node-a", jar, CrashDrill.freePort(), postgres.jdbcUrl(), work, CrashDrill.settings());
      DrillApp b = new DrillApp("node-b", jar, CrashDrill.freePort(), postgres.jdbcUrl(), work, CrashDrill.settings());
      a.start();
      b.start();
      java.util.concurrent.atomic.AtomicBoolean aAlive = new java.util.concurrent.atomic.AtomicBoolean(true);
      List<DrillApp> nodes = List.of(a, b);
      CaseDriver driver = new CaseDriver(count,
          n -> aAlive.get() ? nodes.get(n % 2).base() : b.base(),
          n -> aAlive.get() ? nodes.get((n + 1) % 2).base() : b.base());
      driver.setUp(a.base());
      Instant driving = Instant.now();
      CrashDrill.Breaker breaker = new CrashDrill.Breaker(List.of(
          // three quarters: the exempted half closes first, so by then both nodes have fired appeal windows
          () -> driver.cases().stream().filter(c -> c.closed).count() >= count * 3 / 4),
          () -> {
            a.kill();
            aAlive.set(false);
          });
      breaker.start();
      boolean finished = driver.drive(Duration.ofMinutes(20), 8);
      breaker.join();
      Duration drive = Duration.between(driving, Instant.now());
      List<String> broken = driver.check(b.base());
      var jobLog = driver.send(b.base(), "GET", "/engine-rest/history/job-log?successLog=true&maxResults=1000000",
          DrillApp.ADMIN, DrillApp.ADMIN_PASSWORD, null);
      java.util.Map<String, Long> jobsByNode = new java.util.TreeMap<>();
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(jobLog.body())
          .forEach(entry -> jobsByNode.merge(entry.path("hostname").asText(), 1L, Long::sum));
      System.out.println("jobs run, by node: " + jobsByNode);
      b.stop();
      CrashDrill.report("two-node drill", count, finished, drive, Duration.between(started, Instant.now()),
          breaker.breaks(), driver.failedRequests(), broken);
      System.exit(finished && broken.isEmpty() && breaker.breaks() == 1 ? 0 : 1);
    }
  }
}
