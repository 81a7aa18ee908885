package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.casework.Ground;
import java.util.Set;

/** Filters of the case list; null means "any". {@code jurisdictionCodes}: the cadre's jurisdiction is one of them. */
public record CaseFilter(Long cadreId, CaseStatus status, Ground ground, Set<String> jurisdictionCodes) {
}
