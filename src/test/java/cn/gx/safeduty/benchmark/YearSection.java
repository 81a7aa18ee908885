package cn.gx.safeduty.benchmark;

import java.util.Locale;
import java.util.stream.Collectors;

/** Figure 3 as a section of {@code docs/benchmarks.md}. */
final class YearSection {

  private YearSection() {
  }

  static String of(GuangxiYear.Result r, double scale) {
    String made = r.made().entrySet().stream().map(e -> String.format(Locale.ROOT, "| %s | %,d |", e.getKey(), e.getValue()))
        .collect(Collectors.joining("\n"));
    return String.format(Locale.ROOT, """

        ## 3. A Guangxi year

        A fictional year at scale %.2f (`benchmark.GuangxiYear`), every process driven to its end through
        SafeDuty's services and the engine's Java API, each task done as its department would
        (`benchmark.YearForms`), each timer fired as soon as its instance waits on nothing else. The
        region tours and assesses its cities and each city its county-level jurisdictions; accidents in
        the grades' usual mix are recorded, reported in time and concluded naming one or two leaders; the
        cases come from the accidents, the tours' marks, the assessment's failures and direct
        registration; the assessment's proposals reach the commendation procedure through its hourly
        intake; nominations and vettings run alongside.

        | made in the year | count |
        |---|---|
        %s

        Registering the leaders took %.0f s (not counted). Driving the year: **%.1f min** (%.0f s; target
        under 5 min), %,d tasks done by %d people at once (%,d completions met another's on a shared
        parent and were done again in the next round) and %,d timers fired, %.1f accountability cases
        per second of the whole; peak heap %,d MB; the database grew from %,d MB to %,d MB.

        Where the driving time went, by step (the entries read and the completion, or the timer's job;
        summed over both people):

        | step | done | seconds | ms each |
        |---|---|---|---|
        %s
        """, scale, made, r.setupSeconds(), r.seconds() / 60, r.seconds(), r.tasks(), GuangxiYear.STAFF, r.conflicts(), r.timers(), r.casesPerSecond(),
        r.peakHeapBytes() / (1024 * 1024), r.databaseBytesBefore() / (1024 * 1024), r.databaseBytesAfter() / (1024 * 1024), steps(r));
  }

  private static String steps(GuangxiYear.Result r) {
    return r.byStep().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1]))
        .map(e -> String.format(Locale.ROOT, "| %s | %,d | %.1f | %.0f |", e.getKey(), (long) e.getValue()[0],
            e.getValue()[1], 1000 * e.getValue()[1] / e.getValue()[0]))
        .collect(Collectors.joining("\n"));
  }
}
