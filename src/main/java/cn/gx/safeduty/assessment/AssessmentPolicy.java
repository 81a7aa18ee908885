package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import cn.gx.safeduty.registry.CadreRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Assessment policy from {@code safeduty.assessment.*} (policy defaults): the roles whose holders are
 * assessed besides the team, the default indicators and weights, what the rules deduct, the assessments
 * a result always counts in (Art 14 ¶1 names the annual, target-responsibility and performance ones; the
 * annual by default), the due dates.
 */
@ConfigurationProperties("safeduty.assessment")
@Validated
public record AssessmentPolicy(
    @NotEmpty List<CadreRole> memberRoles,
    @NotEmpty @Valid List<Indicator> indicators,
    @NotNull @Valid Deductions deductions,
    @NotEmpty List<@NotNull CountsIn> alwaysCountsIn,
    @NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due) implements DuePeriods {

  @Override
  public String section() {
    return "assessment";
  }

  @Override
  public Map<String, String> periods() {
    return due;
  }

  /** Deducted from 100 by the rules, for each thing the records show. */
  public record Deductions(@NotNull @DecimalMin("0") BigDecimal meetingPeriod, @NotNull @DecimalMin("0") BigDecimal dutyList,
      @NotEmpty Map<AccidentGrade, BigDecimal> accident, @NotNull @DecimalMin("0") BigDecimal rectification,
      @NotNull @DecimalMin("0") BigDecimal accountabilityCase) {

    public BigDecimal accident(AccidentGrade grade) {
      return accident.getOrDefault(grade, BigDecimal.ZERO);
    }
  }

  /** A default indicator as configured. */
  public record Indicator(@NotBlank String code, @NotBlank String name, @NotNull IndicatorRule rule,
      @NotNull @DecimalMin("0") BigDecimal weight, List<String> duties) {

    cn.gx.safeduty.assessment.Indicator toIndicator(BigDecimal weightInCycle) {
      return new cn.gx.safeduty.assessment.Indicator(code, name, rule, weightInCycle,
          duties == null ? List.of() : duties);
    }
  }
}
