package cn.gx.safeduty.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cadre held on a given day, replayed from the status history: the status and the roles of
 * the last entries effective on or before that day. Before the first entry (the registration), the
 * registered status and roles are taken to have held already: the registry records cadres in post.
 */
public record RoleHistory(long cadreId, String jurisdictionCode, List<StatusHistoryEntry> entries) {

  /** Whether the cadre was in office in their jurisdiction holding {@code role} on {@code day}. */
  public boolean held(CadreRole role, LocalDate day) {
    if (entries.isEmpty()) {
      return false;
    }
    CadreStatus status = entries.get(0).toStatus();
    List<CadreRole> roles = entries.get(0).roles() != null ? entries.get(0).roles() : List.of();
    for (StatusHistoryEntry e : entries) {
      if (e.effectiveOn().isAfter(day)) {
        continue;
      }
      status = e.toStatus();
      if (e.roles() != null) {
        roles = e.roles();
      }
    }
    return status == CadreStatus.IN_OFFICE && roles.contains(role);
  }
}
