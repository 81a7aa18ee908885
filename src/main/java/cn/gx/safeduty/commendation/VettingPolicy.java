package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.calendar.Deadline;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Candidate vetting policy from {@code safeduty.vetting.*} (policy defaults): the due dates of its steps. */
@ConfigurationProperties("safeduty.vetting")
@Validated
public record VettingPolicy(@NotNull @Valid Due due) {

  public record Due(@NotNull @Pattern(regexp = Deadline.PATTERN) String opinion,
      @NotNull @Pattern(regexp = Deadline.PATTERN) String conclusion) {
  }
}
