package cn.gx.safeduty.notification;

import cn.gx.safeduty.security.SafeDutyGroup;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes and sends SafeDuty's task mails in Chinese; a mail goes out only once the transaction that caused it commits. */
public class TaskMails {

  private static final Logger LOG = LoggerFactory.getLogger(TaskMails.class);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  /** What a mail is about. */
  public record TaskInfo(String id, String name, String process, String businessKey, Date due) {
  }

  private final JavaMailSender sender;
  private final IdentityService identity;
  private final MailSettings settings;
  private final Clock clock;

  public TaskMails(JavaMailSender sender, IdentityService identity, MailSettings settings, Clock clock) {
    this.sender = sender;
    this.identity = identity;
    this.settings = settings;
    this.clock = clock;
  }

  public void taskArrived(TaskInfo task, List<String> groups) {
    for (String group : groups) {
      List<String> to = identity.createUserQuery().memberOfGroup(group).list().stream()
          .map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList();
      if (!to.isEmpty()) {
        send(to, "待办：" + task.name() + suffix(task),
            groupName(group) + "：\n\n您部门有一项新任务：" + task.name() + "\n" + details(task));
      }
    }
  }

  /** A notice to a department's members that is not a new task (a reminder of a deadline, …). */
  public void groupNotice(String group, String subject, String text) {
    List<String> to = identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList();
    if (!to.isEmpty()) {
      send(to, subject, groupName(group) + "：\n\n" + text);
    }
  }

  public void dueSoon(TaskInfo task, String assigneeEmail) {
    send(List.of(assigneeEmail), "即将到期：" + task.name() + suffix(task),
        "您认领的任务即将到期：" + task.name() + "\n" + details(task));
  }

  public void overdue(TaskInfo task, String assigneeEmail) {
    send(List.of(assigneeEmail), "已逾期：" + task.name() + suffix(task),
        "您认领的任务已超过办理期限：" + task.name() + "\n" + details(task));
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

  private void send(List<String> to, String subject, String text) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(settings.from());
    message.setTo(to.toArray(String[]::new));
    message.setSubject("【安全生产责任制管理】" + subject);
    message.setText(text.replaceAll("\n+", "\n"));
    Runnable delivery = () -> {
      try {
        sender.send(message);
      } catch (MailException e) {
        LOG.warn("Mail '{}' to {} not sent: {}", subject, to, e.getMessage());
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          delivery.run();
        }
      });
    } else {
      delivery.run();
    }
  }
}
