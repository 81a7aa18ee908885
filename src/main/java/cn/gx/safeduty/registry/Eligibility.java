package cn.gx.safeduty.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Art 15 question before an appointment or an award: eligible unless a restriction is active
 * on {@code asOf}; each blocking restriction says what it bars (excellence, awards, promotion in
 * post or rank, important appointment — or only a higher post), until when, and why.
 */
public record Eligibility(boolean eligible, LocalDate asOf, List<Blocking> restrictions) {

  /** {@code measure}: the measure the restriction comes from, in words (null on older records). */
  public record Blocking(RestrictionKind kind, String article, RestrictionScope scope,
      List<RestrictionScope.Barred> bars, String barsText, LocalDate endsOn, String caseId, String measure) {
  }

  static Eligibility of(LocalDate asOf, List<SafetyRecord.Restriction> restrictions) {
    List<Blocking> active = restrictions.stream()
        .filter(r -> r.activeOn(asOf))
        .map(r -> new Blocking(r.kind(), r.article(), r.scope(), r.scope().bars(),
            r.scope().bars().stream().map(RestrictionScope.Barred::chineseName).collect(Collectors.joining("、")),
            r.endsOn(), r.caseId(), r.measure()))
        .toList();
    return new Eligibility(active.isEmpty(), asOf, active);
  }
}
