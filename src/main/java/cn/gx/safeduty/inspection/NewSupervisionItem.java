package cn.gx.safeduty.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervision item to order (Art 11): the jurisdiction that must act, the cadres and duties it
 * concerns, what is required, and the day by which (it falls due at the end of that working day).
 */
public record NewSupervisionItem(
    @NotNull SupervisionSource source,
    @Size(max = 100) String sourceRef,
    @NotBlank @Size(max = 12) String jurisdictionCode,
    @NotNull @Size(max = 50) List<@NotNull Long> cadreIds,
    @NotEmpty @Size(max = 30) List<@NotBlank String> dutyIds,
    @NotBlank @Size(max = 4000) String requirement,
    @NotNull LocalDate deadline) {
}
