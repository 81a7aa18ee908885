package cn.gx.safeduty.kernel.calendar;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The one way a model sets a due date: every user task's {@code camunda:dueDate} and every timer on a
 * configured period reads {@code ${deadlines.due(execution, 'section.key')}}. The period starts now;
 * one that ends in a year counted provisionally is remembered with its start, so it is counted again
 * when that year's official file arrives ({@link ProvisionalDeadlines}).
 */
@Component("deadlines")
public class Deadlines {

  private final Map<String, String> periods = new LinkedHashMap<>();
  private final Map<String, Deadline> parsed = new LinkedHashMap<>();
  private final WorkingDays workingDays;
  private final ProvisionalDeadlines provisional;
  private final Clock clock;

  public Deadlines(List<DuePeriods> sources, WorkingDays workingDays, ProvisionalDeadlines provisional, Clock clock) {
    for (DuePeriods source : sources) {
      source.periods().forEach((key, period) -> {
        String name = source.section() + "." + key;
        try {
          parsed.put(name, Deadline.parse(period));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("safeduty." + name + " is not a period (5WD, or ISO 8601 such as P1M): "
              + period, e);
        }
        if (periods.putIfAbsent(name, period) != null) {
          throw new IllegalStateException("Two settings declare the period " + name);
        }
      });
    }
    this.workingDays = workingDays;
    this.provisional = provisional;
    this.clock = clock;
  }

  /** When the named period, starting now, ends for this execution's task or timer. */
  public Date due(DelegateExecution execution, String name) {
    String period = period(name);
    Deadline deadline = parsed.get(name);
    ZonedDateTime start = ZonedDateTime.now(clock);
    ZonedDateTime due = workingDays.dueAt(start, deadline);
    if (deadline instanceof Deadline.WorkingDays && workingDays.calendar().isProvisional(due.getYear())) {
      provisional.remember(execution.getId(), execution.getCurrentActivityId(), name, period, start.toInstant(),
          due.toInstant());
    }
    return Date.from(due.toInstant());
  }

  /** The configured period of a name; an unknown name is a modelling error, refused loudly. */
  public String period(String name) {
    String period = periods.get(name);
    if (period == null) {
      throw new IllegalArgumentException("No period named " + name + " is configured; the names are " + periods.keySet());
    }
    return period;
  }

  /** Every configured name, for the check that each model's names exist. */
  public Set<String> names() {
    return periods.keySet();
  }
}
