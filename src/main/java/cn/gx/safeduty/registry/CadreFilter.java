package cn.gx.safeduty.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the cadre list; null means "any". {@code jurisdictionCodes}: the cadre's jurisdiction is
 * one of them — now, or with {@code on} the jurisdiction of the posting held that day (and {@code
 * role} one of that posting's roles).
 */
public record CadreFilter(Set<String> jurisdictionCodes, CadreRole role, CadreStatus status, LocalDate on) {

  public CadreFilter(Set<String> jurisdictionCodes, CadreRole role, CadreStatus status) {
    this(jurisdictionCodes, role, status, null);
  }
}
