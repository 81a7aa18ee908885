package cn.gx.safeduty.kernel.calendar;

import java.util.SortedSet;

/** A working-day question about a year whose holiday announcement the calendar does not hold. */
public class MissingCalendarYearException extends RuntimeException {

  public MissingCalendarYearException(int year, SortedSet<Integer> known) {
    super("The working-day calendar has no data for " + year + " (it has " + known.first() + "–" + known.last()
        + "): put " + year + ".json, from the State Council's holiday notice for " + year
        + ", into the directory named by safeduty.calendar.directory");
  }
}
