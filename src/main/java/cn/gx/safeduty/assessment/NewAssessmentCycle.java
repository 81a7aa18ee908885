package cn.gx.safeduty.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A year's assessment as emergency management starts it: the year assessed, the level assessing, its
 * direct subordinates assessed, and the weights of the indicators (the policy default when left out).
 */
public record NewAssessmentCycle(
    @NotNull @Min(2018) @Max(2100) Integer year,
    @NotBlank @Size(max = 12) String assessingJurisdiction,
    @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 12) String> targets,
    @Size(max = 30) List<@Valid Weight> indicators) {

  /** The weight of one indicator of the default set in this cycle; an indicator left out weighs 0. */
  public record Weight(@NotBlank @Size(max = 40) String code,
      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal weight) {
  }

  public NewAssessmentCycle {
    indicators = indicators == null ? List.of() : indicators;
  }
}
