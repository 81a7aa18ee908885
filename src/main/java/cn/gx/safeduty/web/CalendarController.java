package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.calendar.CalendarReload;
import cn.gx.safeduty.kernel.task.DeadlineRecount;
import io.swagger.v3.oas.annotations.Operation;
import java.util.SortedSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar's published years, and its reload by an administrator once the State
 * Council's holiday notice for a new year is in {@code safeduty.calendar.directory}.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** The calendar now; after a reload, how many provisional due dates were counted again and how many moved. */
  public record CalendarState(SortedSet<Integer> publishedYears, int nextYear, boolean nextYearProvisional,
      Integer recounted, Integer moved) {
  }

  private final CalendarReload calendar;
  private final DeadlineRecount recount;

  public CalendarController(CalendarReload calendar, DeadlineRecount recount) {
    this.calendar = calendar;
    this.recount = recount;
  }

  @GetMapping
  @Operation(summary = "The years whose holiday notice the calendar holds; a year not held is counted provisionally")
  public CalendarState get() {
    CalendarReload.Years years = calendar.years();
    return new CalendarState(years.published(), years.nextYear(), years.nextYearProvisional(), null, null);
  }

  @PostMapping("/reload")
  @Operation(summary = "Reads the calendar's year files again and counts provisional due dates again (administrators)")
  public CalendarState reload() {
    CalendarReload.Years years = calendar.reload();
    DeadlineRecount.Recounted counted = recount.recount();
    return new CalendarState(years.published(), years.nextYear(), years.nextYearProvisional(), counted.recounted(),
        counted.moved());
  }
}
