package cn.gx.safeduty.kernel.calendar;

import cn.gx.safeduty.kernel.ChineseDates;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Whether a due date lies in a year counted provisionally (its State Council notice not out), and
 * what staff read about it: the date may still move by that year's swaps.
 */
@Component
public class ProvisionalDueDates {

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public ProvisionalDueDates(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What staff read about a due date counted on a provisional year, or null when it is not. */
  public String note(Date due) {
    if (!isProvisional(due)) {
      return null;
    }
    ZonedDateTime at = due.toInstant().atZone(clock.getZone());
    return "到期时间" + ChineseDates.MINUTE.format(at) + "按《全国年节及纪念日放假办法》规定的节假日暂行计算："
        + at.getYear() + "年放假安排尚未公布，公布后可能调整。";
  }

  public boolean isProvisional(Date due) {
    return due != null && calendar.isProvisional(due.toInstant().atZone(clock.getZone()).getYear());
  }
}
