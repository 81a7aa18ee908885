package cn.gx.safeduty.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One change of a cadre's status or roles; {@code roles} is set where the roles changed (and at registration). */
public record StatusHistoryEntry(CadreStatus fromStatus, CadreStatus toStatus, LocalDate effectiveOn, String reason,
    String changedBy, Instant changedAt, List<CadreRole> roles) {
}
