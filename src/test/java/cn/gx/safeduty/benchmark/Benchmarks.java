package cn.gx.safeduty.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SafeDuty's benchmarks ({@code mvn -Pbenchmarks verify}, not part of the tests): prints each figure
 * and writes them, with the machine, database and date, to {@code docs/benchmarks.md}.
 */
public final class Benchmarks {

  private Benchmarks() {
  }

  public static void main(String[] args) throws Exception {
    int perRound = Integer.getInteger("bench.cases", 100);
    int large = Integer.getInteger("bench.lists.large", 100_000);
    // a comma-separated subset of engine,lists,startup, for working on one figure; all by default
    double yearScale = Double.parseDouble(System.getProperty("bench.year.scale", "1"));
    List<String> only = List.of(System.getProperty("bench.only", "engine,year,lists,startup").split(","));
    long started = System.nanoTime();
    StringBuilder report = new StringBuilder();
    java.util.SortedMap<Integer, String> sections = new java.util.TreeMap<>();
    String summaryEngine = "not measured in this run";
    String summaryLists = "not measured in this run";
    String summaryYear = "not measured in this run";
    String summaryStartup = "not measured in this run";
    try (BenchmarkApp app = new BenchmarkApp()) {
      String database = app.bean(JdbcClient.class).sql("SELECT version()").query(String.class).single();
      report.append(header(database));
      // run in the order that keeps the figures apart, reported in the figures' order
      if (only.contains("year")) {
        // first: the year's driver meets only the year's instances, its assessment only the year's leaders
        GuangxiYear.Result year = new GuangxiYear(app).run(yearScale);
        sections.put(3, YearSection.of(year, yearScale));
        summaryYear = String.format(Locale.ROOT, "%.1f", year.seconds() / 60);
      }
      if (only.contains("engine")) {
        EngineThroughput.Result engine = new EngineThroughput(app).measure(perRound / 2, perRound, 5, perRound / 2);
        sections.put(1, engineSection(engine, perRound));
        summaryEngine = String.format(Locale.ROOT, "%.2f", engine.ratio());
      }
      if (only.contains("lists")) {
        ListsAtScale.Result lists = new ListsAtScale(app).measure(large);
        sections.put(2, ListsSection.of(lists));
        summaryLists = String.format(Locale.ROOT, "%.2f", lists.worstRatio());
      }
      if (only.contains("startup")) {
        // timed with nothing else running on the machine but the database
        app.stopApp();
        StartupComparison.Result startup = new StartupComparison(app.jdbcUrl()).measure(5);
        sections.put(4, startupSection(startup));
        summaryStartup = String.format(Locale.ROOT, "%.2f", startup.ratio());
      }
    }
    sections.values().forEach(report::append);
    report.append("""

        ## Summary of the latest run

        | figure | measured | target |
        |---|---|---|
        | engine | %s | ≥ 0.90 |
        | lists | %s | ≤ 1.5 |
        | year | %s | < 5 |
        | startup | %s | ≤ 1.3 |

        This run took %d s.
        """.formatted(summaryEngine, summaryLists, summaryYear, summaryStartup, (System.nanoTime() - started) / 1_000_000_000L));
    System.out.println(report);
    Files.writeString(Path.of("docs", "benchmarks.md"), report.toString());
  }

  private static String header(String database) throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    return """
        # Benchmarks

        Run with `mvn -Pbenchmarks verify` (not part of the tests; `-Dbench.cases=N` sets the cases per
        round of figure 1, 100 by default); this file is written by the run. Each run starts SafeDuty as production does (the `postgres` profile, history level FULL,
        the app's own configuration) on a real PostgreSQL started the way the tests start it; only the job
        executor is off, so that the driver fires timers itself, the same way for every run.

        - Date (Asia/Shanghai): %s
        - Machine: %d cores (%s), %d MiB heap available to the JVM, Java %s
        - Database: %s; shared_buffers %s (the embedded default is 128MB)

        """.formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")), Runtime.getRuntime().availableProcessors(), cpu,
        Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), database,
        BenchmarkApp.SHARED_BUFFERS);
  }

  private static String engineSection(EngineThroughput.Result r, int perRound) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < r.safeDuty().size(); i++) {
      rows.add(row(r.safeDuty().get(i), i + 1));
      rows.add(row(r.twin().get(i), i + 1));
    }
    return """
        ## 1. Our code against the engine

        Complete `accountability` cases — %s — driven through the engine's Java API
        by one driver, %d cases of each per round after a warm-up, a SafeDuty case and a twin case in turn,
        each timed on its own (the seconds are the sums of those times).
        The twin is the same BPMN (gateways, timers, forms, due dates, the listeners' places) in which every
        SafeDuty delegate and listener is replaced by one that sets, as constants, the variables the
        gateways need (`benchmark.AccountabilityTwin`); both runs pass the engine's completion guard.
        SafeDuty's runs include registration through its service, the rules, the record writes and the
        step rules. Statements are SQL statements the run sent to PostgreSQL, per case.

        | round | run | cases | seconds | cases/s | statements/case |
        |---|---|---|---|---|---|
        %s

        Median: SafeDuty %.1f cases/s, twin %.1f cases/s; median of the rounds' ratios **%.2f** (target ≥ 0.90).

        Where SafeDuty's extra statements go — one case of each, by statement and table, where the
        counts differ:

        | statement | SafeDuty | twin |
        |---|---|---|
        %s

        Where the time goes: the extra statements are SafeDuty's own record, which the engine's tables do
        not hold — the case, its recommendation, steps, decision, measure, and the sanction and
        restriction on the cadre's record — and the decision history of the baseline table; each
        completion reads the case and its recommendation once, in one query. A Java Flight Recorder
        profile of this figure (`-XX:StartFlightRecording=settings=profile`; recorded 2026-12-02) counted
        about 1.5 times the twin's CPU samples on the driver's thread for a SafeDuty case. About a third
        of the difference is the evaluation of the baseline table (DMN): the engine's FEEL interpreter
        sets up its built-in functions for every cell it evaluates. Parsing each cell once
        (`kernel.policy.ParsedOnceFeelEngine`) halved that share; the evaluation itself stays the
        engine's, and every evaluation stays in the decision history. About a fifth is the engine
        writing the variables the forms display, with their history (the rules set 14 where the twin
        sets 7), and the rest SafeDuty's record writes, the completion guard's reading of each step,
        and the transaction proxies around them; the database's own time, outside the JVM, follows the
        statements.

        Over HTTP (registration on `/api`, each completion and the timer on `/engine-rest`, as the
        departments and an operator would): %.1f cases/s, %.2f of the Java API's %.1f.
        """.formatted(String.join(" → ", r.path()), perRound, String.join("\n", rows), r.median(r.safeDuty()),
        r.median(r.twin()), r.ratio(), kinds(r.statementsByKind()), r.http().perSecond(), r.http().perSecond() / r.median(r.safeDuty()),
        r.median(r.safeDuty()));
  }

  private static String kinds(java.util.Map<String, long[]> byKind) {
    return byKind.entrySet().stream().filter(e -> e.getValue()[0] != e.getValue()[1])
        .sorted((a, b) -> Long.compare(b.getValue()[0] - b.getValue()[1], a.getValue()[0] - a.getValue()[1]))
        .map(e -> "| " + e.getKey() + " | " + e.getValue()[0] + " | " + e.getValue()[1] + " |")
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static String startupSection(StartupComparison.Result r) {
    return String.format(Locale.ROOT, """

        ## 4. Start-up

        SafeDuty (the `postgres` profile, on its own classpath without the test classes) against a bare
        Camunda Spring Boot application with the same webapp and REST starters
        (`benchmark.bare.BareCamundaApp`: none of SafeDuty's beans, settings or processes), on the same database, whose schemas exist by then; each in a JVM of its own, timed
        from the process's start until `/actuator/health` answers UP, alternately, five times, after
        the other figures, with nothing else running but the database.

        | | starts (s) | median (s) |
        |---|---|---|
        | SafeDuty | %s | %.1f |
        | bare Camunda | %s | %.1f |

        **Ratio %.2f** (target ≤ 1.3).

        Where SafeDuty's start goes: a Java Flight Recorder profile of one start (`java
        -XX:StartFlightRecording=settings=profile`; recorded 2026-11-30) put about a third of the main
        thread's CPU samples in the engine reading its own MyBatis mappings, which the bare application
        does too, and most of the rest in creating beans and loading classes, of which SafeDuty has
        more (its procedures, Spring Security, Flyway, validation, documents). SafeDuty's own start-up
        work — the identity and grants bootstrap, the Tasklist filters, Flyway's validation and the
        auto-deployment, which finds nothing changed — came to about 3 %% of the samples.
        """, seconds(r.safeDuty()), StartupComparison.Result.median(r.safeDuty()), seconds(r.bare()),
        StartupComparison.Result.median(r.bare()), r.ratio());
  }

  private static String seconds(List<Double> starts) {
    return starts.stream().map(s -> String.format(Locale.ROOT, "%.1f", s))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String row(EngineThroughput.Run run, int round) {
    return String.format(Locale.ROOT, "| %d | %s | %d | %.1f | %.1f | %.0f |", round, run.what(), run.cases(),
        run.seconds(), run.perSecond(), run.statementsPerCase());
  }
}
