package cn.gx.safeduty.kernel.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy deadline as configuration states it: {@code 5WD} (five working days, due at the end of
 * the fifth working day) or an ISO 8601 period or duration in calendar time ({@code P1M}, {@code PT2H}).
 */
public sealed interface Deadline {

  /** What configuration may hold; policy classes validate their deadline fields with it. */
  String PATTERN = "\\d+WD|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?";

  ZonedDateTime from(ZonedDateTime start, WorkingDayCalendar calendar, LocalTime endOfWorkingDay);

  static Deadline parse(String text) {
    String spec = text == null ? "" : text.trim();
    Matcher working = Pattern.compile("(\\d+)WD").matcher(spec);
    if (working.matches()) {
      return new WorkingDays(Integer.parseInt(working.group(1)));
    }
    if (!spec.matches(PATTERN)) {
      throw new IllegalArgumentException("Not a deadline (5WD, or an ISO 8601 period or duration): " + text);
    }
    int time = spec.indexOf('T');
    Period period = time == 1 ? Period.ZERO : Period.parse(time < 0 ? spec : spec.substring(0, time));
    Duration duration = time < 0 ? Duration.ZERO : Duration.parse("P" + spec.substring(time));
    return new CalendarTime(period, duration);
  }

  record WorkingDays(int count) implements Deadline {
    @Override
    public ZonedDateTime from(ZonedDateTime start, WorkingDayCalendar calendar, LocalTime endOfWorkingDay) {
      LocalDate day = calendar.plusWorkingDays(start.toLocalDate(), count);
      return day.atTime(endOfWorkingDay).atZone(start.getZone());
    }
  }

  record CalendarTime(Period period, Duration duration) implements Deadline {
    @Override
    public ZonedDateTime from(ZonedDateTime start, WorkingDayCalendar calendar, LocalTime endOfWorkingDay) {
      return start.plus(period).plus(duration);
    }
  }
}
