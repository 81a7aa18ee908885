package cn.gx.safeduty.registry;

import java.util.Set;

/** Filters of the cadre list; null means "any". {@code jurisdictionCodes}: the cadre's jurisdiction is one of them. */
public record CadreFilter(Set<String> jurisdictionCodes, CadreRole role, CadreStatus status) {
}
