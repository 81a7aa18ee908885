package cn.gx.safeduty.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cadre held on a given day: the jurisdiction of the posting in force, and the status and roles
 * replayed from the status history (the last entries effective on or before that day). Before the
 * first entry and the first posting (the registration), the registered ones are taken to have held
 * already: the registry records cadres in post.
 */
public record RoleHistory(long cadreId, List<Posting> postings, List<StatusHistoryEntry> entries) {

  /** Whether the cadre was in office in {@code jurisdictionCode} holding {@code role} on {@code day}. */
  public boolean held(String jurisdictionCode, CadreRole role, LocalDate day) {
    if (entries.isEmpty() || postings.isEmpty()) {
      return false;
    }
    Posting posting = postings.get(0);
    for (Posting p : postings) {
      if (!p.startsOn().isAfter(day)) {
        posting = p;
      }
    }
    if (!posting.jurisdictionCode().equals(jurisdictionCode)) {
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
