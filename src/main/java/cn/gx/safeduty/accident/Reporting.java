package cn.gx.safeduty.accident;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The reporting timeline: when the unit reported to the county-level authority, and when the
 * city, the autonomous region and the State Council received the report (each optional, in order).
 */
public record Reporting(@NotNull Instant unitReportedAt, Instant cityReceivedAt, Instant regionReceivedAt,
    Instant stateCouncilReceivedAt) {
}
