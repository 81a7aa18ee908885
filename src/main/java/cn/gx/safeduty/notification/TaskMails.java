package cn.gx.safeduty.notification;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Writes SafeDuty's task mails in Chinese and hands each to the job executor ({@link MailJobHandler}),
 * in the transaction that caused it: a rolled-back step sends nothing, a committed one is sent even
 * if the mail server is down for a while.
 */
public class TaskMails {

  static final DateTimeFormatter DATE = cn.gx.safeduty.kernel.ChineseDates.MINUTE;

  /** What a mail is about; the execution is the task's, on which a mail that cannot be sent shows in Cockpit. */
  public record TaskInfo(String id, String name, String process, String businessKey, Date due, String executionId) {
  }

  private final IdentityService identity;
  private final ProcessEngine engine;
  private final MailSettings settings;
  private final MailRetries retries;
  private final Clock clock;

  public TaskMails(IdentityService identity, ProcessEngine engine, MailSettings settings, MailRetries retries,
      Clock clock) {
    this.identity = identity;
    this.engine = engine;
    this.settings = settings;
    this.retries = retries;
    this.clock = clock;
  }

  public void taskArrived(TaskInfo task, List<String> groups) {
    for (String group : groups) {
      send(members(group), "待办：" + task.name() + suffix(task),
          groupName(group) + "：\n\n您部门有一项新任务：" + task.name() + "\n" + details(task), task.executionId());
    }
  }

  /** A notice to a department's members that is not a new task (a reminder of a deadline, …), about a process instance. */
  public void groupNotice(String group, String subject, String text, String processInstanceId) {
    send(members(group), subject, groupName(group) + "：\n\n" + text, processInstanceId);
  }

  public void dueSoon(TaskInfo task, String assigneeEmail) {
    send(List.of(assigneeEmail), "即将到期：" + task.name() + suffix(task),
        "您认领的任务即将到期：" + task.name() + "\n" + details(task), task.executionId());
  }

  public void overdue(TaskInfo task, String assigneeEmail) {
    send(List.of(assigneeEmail), "已逾期：" + task.name() + suffix(task),
        "您认领的任务已超过办理期限：" + task.name() + "\n" + details(task), task.executionId());
  }

  private List<String> members(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList();
  }

  private String details(TaskInfo task) {
    return String.join("\n",
        task.businessKey() != null ? "业务编号：" + task.businessKey() : "",
        task.process() != null ? "流程：" + task.process() : "",
        task.due() != null ? "办理期限：" + DATE.format(task.due().toInstant().atZone(clock.getZone())) : "",
        "请登录任务列表办理：" + settings.tasklistUrl() + "/camunda/app/tasklist/default/#/?task=" + task.id());
  }

  private static String suffix(TaskInfo task) {
    return task.businessKey() != null ? "（" + task.businessKey() + "）" : "";
  }

  private static String groupName(String group) {
    return Arrays.stream(SafeDutyGroup.values()).filter(g -> g.id().equals(group)).map(SafeDutyGroup::chineseName)
        .findFirst().orElse(group);
  }

  /** One job per address, so that one bad address neither holds up nor repeats the others' mail. */
  private void send(List<String> to, String subject, String text, String anchorExecutionId) {
    if (to.isEmpty()) {
      return;
    }
    String fullSubject = "【安全生产责任制管理】" + subject;
    String body = text.replaceAll("\n+", "\n");
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity anchor = anchorExecutionId == null ? null
          : context.getExecutionManager().findExecutionById(anchorExecutionId);
      for (String address : to) {
        context.getJobManager().send(MailJobHandler.job(
            new MailJobHandler.Mail(settings.from(), address, fullSubject, body), anchor, retries.attempts()));
      }
      return null;
    });
  }
}
