package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Supervision policy from {@code safeduty.supervision.*} (policy defaults): a tour's rectification
 * deadline in working days from the order, the reminder that many working days before a deadline,
 * how often a not-done item may be re-ordered, and the due period of the escalation task ({@code due.urge}).
 */
@ConfigurationProperties(prefix = "safeduty.supervision", ignoreUnknownFields = false)
@Validated
public record SupervisionPolicy(
    @NotNull @Pattern(regexp = "\\d+WD") String rectificationPeriod,
    @Min(0) int reminderWorkingDays,
    @Min(0) int reorders,
    @NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due) implements DuePeriods {

  @Override
  public String section() {
    return "supervision";
  }

  @Override
  public Map<String, String> periods() {
    return due;
  }
}
