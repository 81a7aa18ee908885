package cn.gx.safeduty.accountability;

import cn.gx.safeduty.accountability.AccidentGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case to register: the cadre, the ground, and the facts from the investigation conclusion or
 * the supervision finding. {@code accidentGrade} and {@code responsibility} are required for
 * ACCIDENT_RESPONSIBILITY (checked by the service, which names the field).
 */
public record NewAccountabilityCase(
    @NotNull Long cadreId,
    @NotNull Ground ground,
    AccidentGrade accidentGrade,
    Responsibility responsibility,
    @NotBlank @Size(max = 4000) String summary,
    @NotNull @Valid CaseFacts facts) {
}
