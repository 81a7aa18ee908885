package cn.gx.safeduty.registry;

import java.time.Instant;
import java.time.LocalDate;

public record StatusHistoryEntry(CadreStatus fromStatus, CadreStatus toStatus, LocalDate effectiveOn, String reason,
    String changedBy, Instant changedAt) {
}
