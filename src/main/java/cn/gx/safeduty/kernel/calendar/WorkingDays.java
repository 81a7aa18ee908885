package cn.gx.safeduty.kernel.calendar;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines for the process models: {@code camunda:dueDate="${workingDays.due(policy.due.review)}"}
 * or a timer's {@code timeDate}, given as {@code 5WD} or in calendar time (see {@link Deadline}).
 */
@Component("workingDays")
public class WorkingDays {

  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final LocalTime endOfWorkingDay;

  public WorkingDays(WorkingDayCalendar calendar, Clock clock,
      @Value("${safeduty.calendar.end-of-working-day}") LocalTime endOfWorkingDay) {
    this.calendar = calendar;
    this.clock = clock;
    this.endOfWorkingDay = endOfWorkingDay;
  }

  /** When a deadline stated now falls due. */
  public Date due(String deadline) {
    return Date.from(dueAt(ZonedDateTime.now(clock), deadline).toInstant());
  }

  public ZonedDateTime dueAt(ZonedDateTime start, String deadline) {
    return Deadline.parse(deadline).from(start, calendar, endOfWorkingDay);
  }

  /** When a deadline given as a day falls due: the end of that working day, in SafeDuty's time zone. */
  public ZonedDateTime endOf(java.time.LocalDate day) {
    return day.atTime(endOfWorkingDay).atZone(clock.getZone());
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }
}
