package cn.gx.safeduty.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * China's working days: Monday to Friday, except the public holidays, plus the weekend days made
 * working days (调休) — both as the State Council announces them each year. A year whose notice the
 * calendar does not hold is counted provisionally from the statutory holidays themselves
 * ({@link StatutoryHolidays}), never refused; the regional holidays lie over every year.
 */
public final class WorkingDayCalendar {

  /** One year's announcement: holidays and adjusted working days, each with its occasion. */
  public record Year(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> workdays) {
  }

  private volatile Map<Integer, Year> years;
  private final List<RegionalHoliday> regional;
  private final Map<Integer, Year> provisional = new ConcurrentHashMap<>();
  private final Map<Integer, Set<LocalDate>> regionalDays = new ConcurrentHashMap<>();

  public WorkingDayCalendar(Map<Integer, Year> years) {
    this(years, List.of());
  }

  public WorkingDayCalendar(Map<Integer, Year> years, List<RegionalHoliday> regional) {
    this.years = new TreeMap<>(years);
    this.regional = List.copyOf(regional);
  }

  /**
   * Takes the published years read again (an operator put a new notice's file in place); a year
   * counted provisionally until now is counted from its notice from here on.
   */
  public void publish(Map<Integer, Year> published) {
    this.years = new TreeMap<>(published);
  }

  /** The years of published notices. */
  public SortedSet<Integer> years() {
    return new TreeSet<>(years.keySet());
  }

  /** Whether a year is counted without its State Council notice, so its deadlines may still move. */
  public boolean isProvisional(int year) {
    return !years.containsKey(year);
  }

  public boolean isProvisional(LocalDate day) {
    return isProvisional(day.getYear());
  }

  public boolean isWorkingDay(LocalDate day) {
    Map<Integer, Year> published = years;
    Year year = published.containsKey(day.getYear()) ? published.get(day.getYear())
        : provisional.computeIfAbsent(day.getYear(), StatutoryHolidays::of);
    if (year.workdays().containsKey(day)) {
      return true;
    }
    if (year.holidays().containsKey(day) || isRegionalHoliday(day)) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private boolean isRegionalHoliday(LocalDate day) {
    return !regional.isEmpty() && regionalDays.computeIfAbsent(day.getYear(), y -> regional.stream()
        .flatMap(holiday -> holiday.daysIn(y).stream()).collect(Collectors.toUnmodifiableSet())).contains(day);
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
