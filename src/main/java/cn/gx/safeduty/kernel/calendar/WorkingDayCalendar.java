package cn.gx.safeduty.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's working days: Monday to Friday, except the public holidays, plus the weekend days made
 * working days (调休) — both as the State Council announces them each year. A date in a year the
 * calendar has no data for is never guessed: it is refused with {@link MissingCalendarYearException}.
 */
public final class WorkingDayCalendar {

  /** One year's announcement: holidays and adjusted working days, each with its occasion. */
  public record Year(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> workdays) {
  }

  private final Map<Integer, Year> years;

  public WorkingDayCalendar(Map<Integer, Year> years) {
    this.years = new TreeMap<>(years);
  }

  public SortedSet<Integer> years() {
    return new TreeSet<>(years.keySet());
  }

  public boolean isWorkingDay(LocalDate day) {
    Year year = years.get(day.getYear());
    if (year == null) {
      throw new MissingCalendarYearException(day.getYear(), years());
    }
    if (year.workdays().containsKey(day)) {
      return true;
    }
    if (year.holidays().containsKey(day)) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The {@code count}-th working day after {@code from} (from itself not counted); {@code from} when count is 0. */
  public LocalDate plusWorkingDays(LocalDate from, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    LocalDate day = from;
    for (int left = count; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** The {@code count}-th working day before {@code from} (from itself not counted); {@code from} when count is 0. */
  public LocalDate minusWorkingDays(LocalDate from, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    LocalDate day = from;
    for (int left = count; left > 0; ) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** Working days after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
