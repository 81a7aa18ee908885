package cn.gx.safeduty.kernel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A holiday a region sets for itself under Art 4 of 《全国年节及纪念日放假办法》, on a lunar date, for a
 * number of days: Guangxi's 壮族三月三 is two days from 农历三月初三. It lies over every year, published
 * or provisional; a weekend day the State Council made a working day stays one.
 */
public record RegionalHoliday(String name, int lunarMonth, int lunarDay, int days) {

  public List<LocalDate> daysIn(int year) {
    LocalDate first = StatutoryHolidays.lunar(year, lunarMonth, lunarDay);
    List<LocalDate> all = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      all.add(first.plusDays(i));
    }
    return all;
  }
}
