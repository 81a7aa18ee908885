package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.calendar.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The times a supervision item runs on, on the working-day calendar: when its recorded deadline falls
 * due, when the reminder goes out, and a tour's rectification deadline.
 */
@Component
public class SupervisionDeadlines {

  private final SupervisionPolicy policy;
  private final WorkingDays workingDays;
  private final Clock clock;

  public SupervisionDeadlines(SupervisionPolicy policy, WorkingDays workingDays, Clock clock) {
    this.policy = policy;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  public Date dueAt(LocalDate deadline) {
    return Date.from(workingDays.endOf(deadline).toInstant());
  }

  /** The configured number of working days before the deadline falls due; now, if that has passed. */
  public Date reminderAt(LocalDate deadline) {
    LocalDate day = workingDays.calendar().minusWorkingDays(deadline, policy.reminderWorkingDays());
    ZonedDateTime at = workingDays.endOf(day);
    ZonedDateTime now = ZonedDateTime.now(clock);
    return Date.from((at.isBefore(now) ? now : at).toInstant());
  }

  /** The deadline of a rectification ordered today (policy default, in working days). */
  public LocalDate rectificationDeadline() {
    return workingDays.dueAt(ZonedDateTime.now(clock), policy.rectificationPeriod()).toLocalDate();
  }

  public boolean isWorkingDay(LocalDate day) {
    return workingDays.calendar().isWorkingDay(day);
  }

  public LocalDate nextWorkingDay(LocalDate day) {
    return workingDays.calendar().plusWorkingDays(day, 1);
  }

  public int reorders() {
    return policy.reorders();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Whether a deadline lies in a year counted without its holiday notice. */
  public boolean isProvisional(LocalDate deadline) {
    return workingDays.calendar().isProvisional(deadline);
  }
}
