package cn.gx.safeduty.kernel.calendar;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The regional holidays laid over every year of the calendar ({@code safeduty.calendar.regional-holidays}). */
@ConfigurationProperties("safeduty.calendar")
public record CalendarSettings(List<RegionalHoliday> regionalHolidays) {

  public CalendarSettings {
    regionalHolidays = regionalHolidays == null ? List.of() : List.copyOf(regionalHolidays);
  }
}
