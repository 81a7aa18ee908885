package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Inspection tour policy from {@code safeduty.inspection.*} (policy defaults): whether the plan is
 * approved in the upper level's name before targets are notified, and the due periods of the tour's tasks ({@code due.inspect}).
 */
@ConfigurationProperties(prefix = "safeduty.inspection", ignoreUnknownFields = false)
@Validated
public record TourPolicy(
    boolean planApproval,
    @NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due) implements DuePeriods {

  @Override
  public String section() {
    return "inspection";
  }

  @Override
  public Map<String, String> periods() {
    return due;
  }
}
