package cn.gx.safeduty.kernel.casework;

import jakarta.validation.constraints.NotNull;

/**
 * The facts the rules weigh, from the investigation conclusion or the supervision finding:
 * Art 25 ({@code fullyPerformedDuties}), Art 23 ({@code enlargedLossByPoorWork},
 * {@code seriousSocialImpact}), Art 24 ({@code mitigation}), Art 26 ({@code egregiousAndSerious})
 * and Art 21's last clause ({@code suspectedDutyCrime}).
 */
public record CaseFacts(
    @NotNull Boolean fullyPerformedDuties,
    @NotNull Boolean enlargedLossByPoorWork,
    @NotNull Boolean seriousSocialImpact,
    @NotNull Mitigation mitigation,
    @NotNull Boolean egregiousAndSerious,
    @NotNull Boolean suspectedDutyCrime) {

  public boolean poorWorkAggravates() {
    return enlargedLossByPoorWork || seriousSocialImpact;
  }
}
