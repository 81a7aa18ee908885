package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the reporting rules judge an accident on: when it happened and the unit head learnt of it, the
 * receipts level by level, the grade in force, and — for a level the grade came to require only after
 * the first report (a 补报 raising the grade) — when the higher figures were received, from which that
 * level's limit runs (Decree 493 Art 13, BRIEF §3.5).
 */
public record ReportingRecord(Instant occurredAt, Instant unitHeadReceivedAt, List<Receipt> receipts,
    AccidentGrade grade, Map<ReportingLevel, Instant> requiredSince) {

  public ReportingRecord {
    receipts = List.copyOf(receipts);
    requiredSince = requiredSince.isEmpty() ? Map.of() : Map.copyOf(requiredSince);
  }

  /** A record whose grade has required the same levels since the first report. */
  public static ReportingRecord of(Instant occurredAt, Instant unitHeadReceivedAt, List<Receipt> receipts,
      AccidentGrade grade) {
    return new ReportingRecord(occurredAt, unitHeadReceivedAt, receipts, grade, Map.of());
  }

  /**
   * From the corrections in the order they were made: each level the first report's grade did not
   * require is required from the receipt of the first figures whose grade did.
   */
  public static Map<ReportingLevel, Instant> requiredSince(AccidentGrade current, List<AccidentCorrection> corrections) {
    if (corrections.isEmpty()) {
      return Map.of();
    }
    Map<ReportingLevel, Instant> since = new EnumMap<>(ReportingLevel.class);
    ReportingLevel reached = ReportingRules.reach(corrections.get(0).oldGrade());
    for (AccidentCorrection c : corrections) {
      ReportingLevel now = ReportingRules.reach(c.newGrade());
      for (ReportingLevel level : ReportingLevel.values()) {
        if (level.compareTo(reached) > 0 && level.compareTo(now) <= 0) {
          since.putIfAbsent(level, c.figuresReceivedAt());
        }
      }
      if (now.compareTo(reached) > 0) {
        reached = now;
      }
    }
    ReportingLevel required = ReportingRules.reach(current);
    since.keySet().removeIf(level -> level.compareTo(required) > 0);
    return since;
  }
}
