package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A change of portfolio within the posting in force: the sectors held from {@code effectiveOn} on, and why. */
public record PortfolioChange(
    @NotNull @Size(max = 40) List<@NotBlank @Size(max = 40) String> sectors,
    @NotNull LocalDate effectiveOn,
    @Size(max = 500) String reason) {
}
