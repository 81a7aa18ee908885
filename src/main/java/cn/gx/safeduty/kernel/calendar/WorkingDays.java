package cn.gx.safeduty.kernel.calendar;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts a period given as {@code 5WD} or in calendar time (see {@link Deadline}) on the calendar, and
 * ends a recorded deadline day at the end of the working day; the models count through {@link Deadlines}.
 */
@Component
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

  public ZonedDateTime dueAt(ZonedDateTime start, String deadline) {
    return dueAt(start, Deadline.parse(deadline));
  }

  public ZonedDateTime dueAt(ZonedDateTime start, Deadline deadline) {
    return deadline.from(start, calendar, endOfWorkingDay);
  }

  /** When a deadline given as a day falls due: the end of that working day, in SafeDuty's time zone. */
  public ZonedDateTime endOf(java.time.LocalDate day) {
    return day.atTime(endOfWorkingDay).atZone(clock.getZone());
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }
}
