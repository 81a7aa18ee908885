package cn.gx.safeduty.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Days and times as people in China write them: 2026年3月2日, 2026年3月2日 14:30 (China Standard Time, never ISO). */
public final class ChineseDates {

  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
  public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  /** A day as people type it: year first, then month and day, separated by - / . or written 年月日. */
  private static final Pattern TYPED = Pattern.compile(
      "\\s*(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?\\s*");

  private ChineseDates() {
  }

  /**
   * The day a person typed — 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日, or an ISO date-time
   * whose day is taken — or empty when the text is no real day (2026-02-30, 11/30/2026): never a guess.
   */
  public static Optional<LocalDate> typed(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    Matcher m = TYPED.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException notADay) {
      return Optional.empty();
    }
  }

  public static String of(LocalDate day) {
    return DAY.format(day);
  }

  /** The last day of a period whose end is exclusive, as people write it; 长期 for a period without end. */
  public static String lastDayBefore(LocalDate exclusiveEnd) {
    return exclusiveEnd == null ? "长期" : DAY.format(exclusiveEnd.minusDays(1));
  }
}
