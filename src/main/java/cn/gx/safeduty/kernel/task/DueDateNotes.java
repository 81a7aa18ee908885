package cn.gx.safeduty.kernel.task;

import cn.gx.safeduty.kernel.calendar.ProvisionalDueDates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A task whose due date falls in a year counted provisionally says so on its form: the task variable
 * {@value #NOTE}, which every form shows when present.
 */
@Component
public class DueDateNotes extends AbstractProcessEnginePlugin {

  public static final String NOTE = "dueDateNote";

  private final ProvisionalDueDates provisional;

  public DueDateNotes(ProvisionalDueDates provisional) {
    this.provisional = provisional;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.onEvery(configuration, TaskListener.EVENTNAME_CREATE, this::noteIfProvisional);
  }

  private void noteIfProvisional(DelegateTask task) {
    String note = provisional.note(task.getDueDate());
    if (note != null) {
      task.setVariableLocal(NOTE, note);
    }
  }
}
