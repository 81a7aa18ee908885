package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.calendar.Deadline;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Inspection tour policy from {@code safeduty.inspection.*} (policy defaults): whether the plan is
 * approved in the upper level's name before targets are notified, and the due dates of the tour's tasks.
 */
@ConfigurationProperties("safeduty.inspection")
@Validated
public record TourPolicy(
    boolean planApproval,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String approveDue,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String inspectDue,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String findingsDue,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String markDue,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String copyDue,
    @NotNull @Pattern(regexp = Deadline.PATTERN) String fileDue) {
}
