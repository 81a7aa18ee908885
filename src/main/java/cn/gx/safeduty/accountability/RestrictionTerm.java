package cn.gx.safeduty.accountability;

import cn.gx.safeduty.registry.Barred;
import cn.gx.safeduty.registry.RestrictionKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One restriction a decided measure starts: what it bars ({@code bars}) from {@code startsOn} to
 * {@code endsOn}, exclusive; null means permanent.
 */
public record RestrictionTerm(RestrictionKind kind, String article, List<Barred> bars, LocalDate startsOn,
    LocalDate endsOn, String measure) {

  public RestrictionTerm {
    bars = bars.stream().distinct().sorted().toList();
  }

  RestrictionTerm barring(List<Barred> only) {
    return new RestrictionTerm(kind, article, only, startsOn, endsOn, measure);
  }

  boolean endsAfter(RestrictionTerm other) {
    return cn.gx.safeduty.registry.Eligibility.endsLater(endsOn, other.endsOn);
  }
}
