package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.calendar.Deadline;
import cn.gx.safeduty.kernel.calendar.DuePeriods;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Candidate vetting policy from {@code safeduty.vetting.*} (policy defaults): the due periods of its steps. */
@ConfigurationProperties("safeduty.vetting")
@Validated
public record VettingPolicy(@NotEmpty Map<String, @NotBlank @Pattern(regexp = Deadline.PATTERN) String> due) implements DuePeriods {

  @Override
  public String section() {
    return "vetting";
  }

  @Override
  public Map<String, String> periods() {
    return due;
  }
}
