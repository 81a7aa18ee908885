package cn.gx.safeduty.registry;

/** Filters of the cadre list; null means "any". */
public record CadreFilter(String jurisdictionCode, boolean includeSubdivisions, CadreRole role, CadreStatus status) {
}
