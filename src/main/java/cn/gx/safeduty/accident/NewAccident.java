package cn.gx.safeduty.accident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An accident to record; {@code directLoss} in CNY; {@code industry} a code of
 * {@code safeduty.industries.codes} (the registry's catalogue) or free text, coded by the names listed there (OTHER when none
 * matches) and kept as the description.
 */
public record NewAccident(
    @NotBlank @Size(max = 12) String jurisdictionCode,
    @NotBlank @Size(max = 200) String place,
    @NotNull @PastOrPresent Instant occurredAt,
    @NotBlank @Size(max = 100) String industry,
    @NotNull @PositiveOrZero Integer deaths,
    @NotNull @PositiveOrZero Integer seriousInjuries,
    @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal directLoss,
    @NotBlank @Size(max = 4000) String description,
    @NotNull @Valid Reporting reporting) {
}
