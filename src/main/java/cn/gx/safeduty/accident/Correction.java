package cn.gx.safeduty.accident;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** New figures for an accident (补报), each optional (absent: unchanged), and why they changed. */
public record Correction(
    @PositiveOrZero Integer deaths,
    @PositiveOrZero Integer seriousInjuries,
    @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal directLoss,
    @NotBlank @Size(max = 2000) String reason) {
}
