package cn.gx.safeduty.benchmark;

import java.util.Locale;
import java.util.stream.Collectors;

/** Figure 2 as a section of {@code docs/benchmarks.md}. */
final class ListsSection {

  private ListsSection() {
  }

  static String of(ListsAtScale.Result r) {
    String rows = r.calls().stream().map(c -> String.format(Locale.ROOT,
        "| %s | %.1f | %.1f | %d | %.1f | %.1f | %d | **%.2f** | %.2f |", c.what(), c.medians()[0], c.p95s()[0],
        c.calls()[0], c.medians()[1], c.p95s()[1], c.calls()[1], c.ratio(), c.p95Ratio()))
        .collect(Collectors.joining("\n"));
    String requests = r.calls().stream().map(c -> "- " + c.what() + ": `" + c.request() + "`")
        .collect(Collectors.joining("\n"));
    String perCase = r.rowsPerFinishedCase().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    String plans = r.calls().stream().map(c -> "### " + c.what() + "\n\n" + c.plans().stream()
        .map(p -> String.format(Locale.ROOT, "`%s`\n\n```\n%s```", abbreviate(p.sql()), p.text()))
        .collect(Collectors.joining("\n\n"))).collect(Collectors.joining("\n\n"));
    return String.format(Locale.ROOT, """

        ## 2. Lists as the data grows

        Each list is called over HTTP as a department calls it, %d times after a warm-up (a list that
        answers slowly for 40 s, and at least 20 times), with %,d finished
        accountability cases and %,d open ones, then with %,d finished and the same open ones:

        %s

        | list | %,d: median ms | p95 ms | calls | %,d: median ms | p95 ms | calls | ratio of medians | ratio of p95 |
        |---|---|---|---|---|---|---|---|---|
        %s

        Worst ratio of medians: **%.2f** (target ≤ 1.5).

        **The department queue.** Tasklist's 本部门待办 is the engine's task query. Every candidate group
        of a task gets a grant on that task, and the query joins the department's grants with
        `RESOURCE_ID_ IN (task, definition key, '*')`, checking permission bits bound as parameters.
        PostgreSQL cannot estimate that check and takes the department's thousands of grants for a
        few; it then held them in memory and compared every task with every grant (6.6–6.9 s a call,
        at either size, before SafeDuty's connections turned that way of joining off with
        `enable_material = off` in the `postgres` profile). Now it looks each task's grants up by index.

        **How the cases were made.** Ten real cases were registered through SafeDuty's service and run
        by the engine: four to their end, six left waiting at each step of the path (the three joint
        reviews, the decision, the appeal window, the notice). Each bulk case is a copy, made in PostgreSQL
        (`benchmark.BulkCases`), of every row one of them left: SafeDuty's case, recommendation, decision,
        steps, measures, sanction and restriction on the record; the engine's history, variables and byte
        arrays and, for open cases, its executions, tasks, candidate groups and timers. Each copy has its
        own ids, case number (finished ones spread over the 25 years before this one, open ones this year
        and last), business key, cadre and the cadre's label, and its times moved back by whole years.
        The cadres are spread over Guangxi's cities and county-level jurisdictions, five finished cases
        each and one open case each. A finished case leaves these engine rows: %s.
        The copies were made by two connections side by side, with PostgreSQL set for a bulk load while
        they ran (fsync, synchronous commit and full-page writes off, checkpoints far apart) and back to
        its own settings, with a checkpoint, before anything was measured.
        Loading took %.0f s; the database then held %,d MB (largest tables with their indexes, MB: %s).
        `VACUUM ANALYZE` ran after each load, as autovacuum would have by then. Case ids follow time as
        real ones do: the past years' finished cases come before the open ones.

        Plans at %,d finished cases (`EXPLAIN (ANALYZE, BUFFERS)` of the slowest two statements of one call,
        with the parameters the call bound):

        %s
        """, ListsAtScale.CALLS_TIMED, r.small(), ListsAtScale.OPEN, r.large(), requests, r.small(), r.large(), rows,
        r.worstRatio(), perCase, r.loadSeconds(), r.databaseBytes() / (1024 * 1024), r.largestTables().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), r.large(), plans);
  }

  private static String abbreviate(String sql) {
    return sql.length() > 300 ? sql.substring(0, 300) + " …" : sql;
  }
}
