package cn.gx.safeduty.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A tour to plan: the year, the inspecting jurisdiction, its direct subordinates to inspect, the
 * duties it focuses on (ids of the duty catalogue) and the team that carries it out.
 */
public record NewInspectionTour(
    @NotNull @Min(2018) @Max(2100) Integer year,
    @NotBlank @Size(max = 12) String inspectingJurisdiction,
    @NotEmpty @Size(max = 200) List<@NotBlank String> targets,
    @NotEmpty @Size(max = 30) List<@NotBlank String> focus,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid Member> team) {

  /** A member of the inspection team and the unit they come from. */
  public record Member(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 100) String unit) {
  }
}
