package cn.gx.safeduty.kernel.calendar;

import java.util.Map;

/**
 * A procedure's named periods from its settings, for the models' one due-date expression
 * {@code ${deadlines.due(execution, 'accountability.review')}}: the name is the procedure's settings
 * section and the period's key. A period is {@code 5WD} (working days on the calendar) or an ISO 8601
 * period or duration counted in calendar time ({@code P60D}, {@code P1M}); see {@link Deadline}.
 */
public interface DuePeriods {

  /** The procedure's settings section, the first part of each name: {@code accountability}. */
  String section();

  /** Each period by its key, as configured. */
  Map<String, String> periods();
}
