package cn.gx.safeduty.kernel.task;

import cn.gx.safeduty.kernel.calendar.ProvisionalDeadlines;
import cn.gx.safeduty.kernel.calendar.ProvisionalDueDates;
import cn.gx.safeduty.kernel.calendar.WorkingDayCalendar;
import cn.gx.safeduty.kernel.calendar.WorkingDays;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts again the due dates that were counted on a provisional year once that year's official file
 * is in the calendar: at start-up and after an administrator's reload ({@code POST /api/calendar/reload}). An open task or timer gets
 * its new due date (and its form's provisional note goes or changes); one no longer open is forgotten.
 */
@Component
public class DeadlineRecount {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecount.class);

  /** How many due dates were counted again, and how many of those moved. */
  public record Recounted(int recounted, int moved) {
  }

  private final ProvisionalDeadlines remembered;
  private final WorkingDays workingDays;
  private final ProvisionalDueDates notes;
  private final ProcessEngineConfigurationImpl engine;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public DeadlineRecount(ProvisionalDeadlines remembered, WorkingDays workingDays, ProvisionalDueDates notes,
      ProcessEngine engine, TransactionTemplate transaction, Clock clock) {
    this.remembered = remembered;
    this.workingDays = workingDays;
    this.notes = notes;
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.transaction = transaction;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void atStartUp() {
    Recounted result = recount();
    if (result.recounted() > 0) {
      LOG.info("Counted {} provisional due dates again on the published calendar; {} moved", result.recounted(),
          result.moved());
    }
  }

  public Recounted recount() {
    WorkingDayCalendar calendar = workingDays.calendar();
    int recounted = 0;
    int moved = 0;
    for (ProvisionalDeadlines.Remembered r : remembered.all()) {
      if (calendar.isProvisional(r.dueAt().atZone(clock.getZone()).getYear())) {
        continue;
      }
      ZonedDateTime due = workingDays.dueAt(r.startedAt().atZone(clock.getZone()), r.period());
      Boolean changed = transaction.execute(status -> apply(r, Date.from(due.toInstant())));
      recounted++;
      if (Boolean.TRUE.equals(changed)) {
        moved++;
      }
    }
    return new Recounted(recounted, moved);
  }

  /**
   * One engine command per due date, so the task's due date and its note change together, beside
   * the submission guard (which keeps task variables for completions) as the engine's own listeners do.
   */
  private boolean apply(ProvisionalDeadlines.Remembered r, Date due) {
    Date was = Date.from(r.dueAt());
    boolean changed = !due.equals(was);
    boolean updated = engine.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTasksByExecutionId(r.executionId()).stream()
          .filter(t -> r.activityId().equals(t.getTaskDefinitionKey()) && was.equals(t.getDueDate()))
          .findFirst().orElse(null);
      if (task != null) {
        String note = notes.note(due);
        if (note == null) {
          task.removeVariableLocal(DueDateNotes.NOTE);
        } else {
          task.setVariableLocal(DueDateNotes.NOTE, note);
        }
        if (changed) {
          task.setDueDate(due);
        }
        return changed;
      }
      boolean timerMoved = false;
      for (JobEntity timer : context.getJobManager().findJobsByExecutionId(r.executionId())) {
        if (changed && timer instanceof TimerEntity && was.equals(timer.getDuedate())) {
          timer.setDuedate(due);
          timerMoved = true;
        }
      }
      return timerMoved;
    });
    if (notes.isProvisional(due)) {
      remembered.moved(r.id(), due.toInstant());
    } else {
      remembered.forget(r.id());
    }
    return updated;
  }
}
