package cn.gx.safeduty.kernel.calendar;

import cn.gx.safeduty.kernel.ConflictException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Reads the calendar's year files again without a restart, when an operator has put the State
 * Council's new notice into {@code safeduty.calendar.directory}; the caller then has the deadlines
 * counted provisionally counted again.
 */
@Service
public class CalendarReload {

  /** What the calendar holds now: the published years, and whether next year is still provisional. */
  public record Years(SortedSet<Integer> published, int nextYear, boolean nextYearProvisional) {
  }

  private final WorkingDayCalendar calendar;
  private final String directory;
  private final Clock clock;

  public CalendarReload(WorkingDayCalendar calendar, @Value("${safeduty.calendar.directory:}") String directory,
      Clock clock) {
    this.calendar = calendar;
    this.directory = directory;
    this.clock = clock;
  }

  /** Reads the files; a file that does not parse leaves the calendar as it was. */
  public synchronized Years reload() {
    Map<Integer, WorkingDayCalendar.Year> years;
    try {
      years = CalendarFiles.publishedYears(directory);
    } catch (IOException | RuntimeException e) {
      throw new ConflictException("The calendar files could not be read, so the calendar is unchanged: "
          + e.getMessage());
    }
    calendar.publish(years);
    CalendarFiles.warnIfNextYearMissing(years, clock);
    return years();
  }

  public Years years() {
    int next = LocalDate.now(clock).getYear() + 1;
    return new Years(calendar.years(), next, calendar.isProvisional(next));
  }
}
