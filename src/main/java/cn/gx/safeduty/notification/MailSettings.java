package cn.gx.safeduty.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeduty.mail.*}: the sender, the address staff reach Tasklist at (for links in mails),
 * how long before a due date the assignee is reminded, how often reminders are looked for, and
 * after how long a mail the server refused is tried again (one retry per interval, then an
 * incident). Mail is sent only when {@code spring.mail.host} is configured.
 */
@ConfigurationProperties("safeduty.mail")
public record MailSettings(String from, String tasklistUrl, Duration dueSoon, Duration reminderInterval,
    List<Duration> retryIntervals) {

  public MailSettings {
    retryIntervals = retryIntervals == null ? List.of() : List.copyOf(retryIntervals);
  }
}
