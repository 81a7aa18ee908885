package cn.gx.safeduty.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * The Art 15 question before a promotion, an important appointment or an award: eligible unless
 * a restriction is active on {@code asOf}; each blocking restriction says why and until when.
 */
public record Eligibility(boolean eligible, LocalDate asOf, List<Blocking> restrictions) {

  public record Blocking(RestrictionKind kind, String article, RestrictionScope scope, LocalDate endsOn, String caseId) {
  }

  static Eligibility of(LocalDate asOf, List<SafetyRecord.Restriction> restrictions) {
    List<Blocking> active = restrictions.stream()
        .filter(r -> r.activeOn(asOf))
        .map(r -> new Blocking(r.kind(), r.article(), r.scope(), r.endsOn(), r.caseId()))
        .toList();
    return new Eligibility(active.isEmpty(), asOf, active);
  }
}
