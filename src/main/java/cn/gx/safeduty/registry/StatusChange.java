package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change of a cadre's status; {@code effectiveOn} defaults to today. */
public record StatusChange(@NotNull CadreStatus status, LocalDate effectiveOn, @Size(max = 500) String reason) {
}
