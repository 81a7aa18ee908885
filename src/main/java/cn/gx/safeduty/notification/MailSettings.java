package cn.gx.safeduty.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code safeduty.mail.*}: the sender, the address staff reach Tasklist at (for links in mails),
 * how long before a due date the assignee is reminded, and how often reminders are looked for.
 * Mail is sent only when {@code spring.mail.host} is configured.
 */
@ConfigurationProperties("safeduty.mail")
public record MailSettings(String from, String tasklistUrl, Duration dueSoon, Duration reminderInterval) {
}
