package cn.gx.safeduty.kernel.calendar;

import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.task.UserTaskListeners;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A task whose due date falls in a year counted provisionally says so on its form: the variable
 * {@value #NOTE} (shown by every form when present) explains that the State Council's notice for that
 * year is not out and the date may move by its swaps.
 */
@Component
public class ProvisionalDueDates extends AbstractProcessEnginePlugin {

  public static final String NOTE = "dueDateNote";

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public ProvisionalDueDates(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.onEvery(configuration, TaskListener.EVENTNAME_CREATE, this::noteIfProvisional);
  }

  private void noteIfProvisional(DelegateTask task) {
    String note = note(task.getDueDate());
    if (note != null) {
      task.setVariableLocal(NOTE, note);
    }
  }

  /** What staff read about a due date counted on a provisional year, or null when it is not. */
  public String note(Date due) {
    if (due == null) {
      return null;
    }
    ZonedDateTime at = due.toInstant().atZone(clock.getZone());
    if (!calendar.isProvisional(at.getYear())) {
      return null;
    }
    return "到期时间" + ChineseDates.MINUTE.format(at) + "按《全国年节及纪念日放假办法》规定的节假日暂行计算："
        + at.getYear() + "年放假安排尚未公布，公布后可能调整。";
  }

  public boolean isProvisional(Date due) {
    return due != null && calendar.isProvisional(due.toInstant().atZone(clock.getZone()).getYear());
  }
}
