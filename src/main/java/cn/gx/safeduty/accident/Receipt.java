package cn.gx.safeduty.accident;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** When one level received the report, and how. */
public record Receipt(@NotNull ReportingLevel level, @NotNull Instant receivedAt, @NotNull ReceiptVia via) {
}
