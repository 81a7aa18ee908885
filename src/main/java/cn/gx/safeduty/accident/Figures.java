package cn.gx.safeduty.accident;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** An accident's casualties and direct loss (CNY) as one report or correction states them. */
public record Figures(
    @NotNull @PositiveOrZero Integer deaths,
    @NotNull @PositiveOrZero Integer seriousInjuries,
    @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal directLoss) {
}
