package cn.gx.safeduty.kernel.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's holidays as 《全国年节及纪念日放假办法》 (2024 revision) fixes them, for a year whose State
 * Council notice is not yet out: Art 2's holidays of all citizens on their solar and lunar dates, and
 * Art 6's weekday in lieu (补假) for each of them that falls on a Saturday or Sunday, taken on the
 * first weekdays after it. The notice's yearly swaps of weekends and weekdays (调休) cannot be
 * foreseen and are left out; such a year is provisional.
 */
public final class StatutoryHolidays {

  private StatutoryHolidays() {
  }

  public static WorkingDayCalendar.Year of(int year) {
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    List<Holiday> fixed = List.of(
        new Holiday("元旦", List.of(LocalDate.of(year, 1, 1))),
        new Holiday("春节", springFestival(year)),
        new Holiday("清明节", List.of(day(Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明")))),
        new Holiday("劳动节", List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2))),
        new Holiday("端午节", List.of(lunar(year, 5, 5))),
        new Holiday("中秋节", List.of(lunar(year, 8, 15))),
        new Holiday("国庆节", List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3))));
    fixed.forEach(holiday -> holiday.days().forEach(day -> holidays.put(day, holiday.name())));
    for (Holiday holiday : fixed) {
      long onWeekends = holiday.days().stream().filter(StatutoryHolidays::isWeekend).count();
      LocalDate day = holiday.days().get(holiday.days().size() - 1);
      for (long left = onWeekends; left > 0; ) {
        day = day.plusDays(1);
        if (!isWeekend(day) && !holidays.containsKey(day)) {
          holidays.put(day, holiday.name() + "（补假）");
          left--;
        }
      }
    }
    holidays.keySet().removeIf(day -> day.getYear() != year);
    return new WorkingDayCalendar.Year(year, holidays, Map.of());
  }

  /** 除夕 and the first three days of the first lunar month: the day before 正月初一 is always 除夕. */
  private static List<LocalDate> springFestival(int year) {
    LocalDate newYear = lunar(year, 1, 1);
    return List.of(newYear.minusDays(1), newYear, newYear.plusDays(1), newYear.plusDays(2));
  }

  /** The solar day of a lunar month and day in the lunar year that begins in {@code year}. */
  static LocalDate lunar(int year, int month, int day) {
    return day(Lunar.fromYmd(year, month, day).getSolar());
  }

  private static LocalDate day(Solar solar) {
    return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private record Holiday(String name, List<LocalDate> days) {
  }
}
