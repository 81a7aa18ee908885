package cn.gx.safeduty.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days and times as people in China write them: 2026年3月2日, 2026年3月2日 14:30 (China Standard Time, never ISO). */
public final class ChineseDates {

  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private ChineseDates() {
  }

  public static String of(LocalDate day) {
    return DAY.format(day);
  }

  /** The last day of a period whose end is exclusive, as people write it; 长期 for a period without end. */
  public static String lastDayBefore(LocalDate exclusiveEnd) {
    return exclusiveEnd == null ? "长期" : DAY.format(exclusiveEnd.minusDays(1));
  }
}
