package cn.gx.safeduty.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds assignees by mail before a task's due date ({@code safeduty.mail.due-soon}) and once it
 * has passed; each reminder goes out once per task (kept in {@code task_mail_sent}).
 */
public class DueDateReminders {

  static final String DUE_SOON = "DUE_SOON";
  static final String OVERDUE = "OVERDUE";

  private final ProcessEngine engine;
  private final TaskMails mails;
  private final MailSettings settings;
  private final JdbcClient jdbc;
  private final Clock clock;

  public DueDateReminders(ProcessEngine engine, TaskMails mails, MailSettings settings, JdbcClient jdbc, Clock clock) {
    this.engine = engine;
    this.mails = mails;
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${safeduty.mail.reminder-interval}", initialDelayString = "${safeduty.mail.reminder-interval}")
  @Transactional
  public void remind() {
    Instant now = clock.instant();
    IdentityService identity = engine.getIdentityService();
    for (Task task : engine.getTaskService().createTaskQuery().taskAssigned()
        .dueBefore(Date.from(now.plus(settings.dueSoon()))).list()) {
      String kind = task.getDueDate().toInstant().isBefore(now) ? OVERDUE : DUE_SOON;
      User assignee = identity.createUserQuery().userId(task.getAssignee()).singleResult();
      if (assignee == null || assignee.getEmail() == null || assignee.getEmail().isBlank() || alreadySent(task, kind)) {
        continue;
      }
      jdbc.sql("INSERT INTO task_mail_sent (task_id, kind, sent_at) VALUES (?, ?, ?)")
          .params(task.getId(), kind, Timestamp.from(now)).update();
      TaskMails.TaskInfo info = new TaskMails.TaskInfo(task.getId(), task.getName(), processName(task),
          businessKey(task), task.getDueDate(), task.getExecutionId());
      if (kind.equals(OVERDUE)) {
        mails.overdue(info, assignee.getEmail());
      } else {
        mails.dueSoon(info, assignee.getEmail());
      }
    }
  }

  private boolean alreadySent(Task task, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM task_mail_sent WHERE task_id = ? AND kind = ?").params(task.getId(), kind)
        .query(Long.class).single() > 0;
  }

  private String processName(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return null;
    }
    ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
    return definition.getName();
  }

  private String businessKey(Task task) {
    if (task.getProcessInstanceId() == null) {
      return null;
    }
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    return instance != null ? instance.getBusinessKey() : null;
  }
}
