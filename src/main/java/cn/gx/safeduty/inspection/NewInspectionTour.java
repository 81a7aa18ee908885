package cn.gx.safeduty.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A tour to plan: the year, the inspecting jurisdiction, its direct subordinates to inspect, the
 * duties it focuses on (ids of the duty catalogue), the team that carries it out and the arrangements
 * its notice tells the inspected.
 */
public record NewInspectionTour(
    @NotNull @Min(2018) @Max(2100) Integer year,
    @NotBlank @Size(max = 12) String inspectingJurisdiction,
    @NotEmpty @Size(max = 200) List<@NotBlank String> targets,
    @NotEmpty @Size(max = 30) List<@NotBlank String> focus,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid Member> team,
    @Valid Arrangements arrangements) {

  public NewInspectionTour(Integer year, String inspectingJurisdiction, List<String> targets, List<String> focus,
      List<Member> team) {
    this(year, inspectingJurisdiction, targets, focus, team, null);
  }

  /**
   * When the team comes (from, to), how it inspects and whom the inspected contact; each may be left for a
   * later notice, except that a period has both its days.
   */
  public record Arrangements(LocalDate plannedFrom, LocalDate plannedTo, @Size(max = 500) String method,
      @Size(max = 50) String contactName, @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]*",
          message = "may hold digits, spaces, +, - and brackets only") String contactPhone) {

    @AssertTrue(message = "needs both days of the period, the first not after the last")
    public boolean isPeriodWhole() {
      return plannedFrom == null ? plannedTo == null : plannedTo != null && !plannedTo.isBefore(plannedFrom);
    }
  }

  /** A member of the inspection team and the unit they come from. */
  public record Member(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 100) String unit) {
  }
}
