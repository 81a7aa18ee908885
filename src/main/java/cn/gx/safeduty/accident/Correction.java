package cn.gx.safeduty.accident;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * New figures for an accident (补报), each optional (absent: unchanged), why they changed, and when
 * they were received (absent: now) — a level the new grade requires has its limit run from then.
 */
public record Correction(
    @PositiveOrZero Integer deaths,
    @PositiveOrZero Integer seriousInjuries,
    @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal directLoss,
    @NotBlank @Size(max = 2000) String reason,
    java.time.Instant receivedAt) {
}
