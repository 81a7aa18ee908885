package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.calendar.Deadline;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Supervision policy from {@code safeduty.supervision.*} (policy defaults): a tour's rectification
 * deadline in working days from the order, the reminder that many working days before a deadline,
 * how often a not-done item may be re-ordered, and the due date of the escalation task.
 */
@ConfigurationProperties("safeduty.supervision")
@Validated
public record SupervisionPolicy(
    @NotNull @Pattern(regexp = "\\d+WD") String rectificationPeriod,
    @Min(0) int reminderWorkingDays,
    @Min(0) int reorders,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String urgeDue) {
}
