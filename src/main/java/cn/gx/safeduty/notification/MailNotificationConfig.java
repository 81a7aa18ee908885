package cn.gx.safeduty.notification;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Task mails, on only when an SMTP server is configured ({@code spring.mail.host}). */
@Configuration
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
@EnableConfigurationProperties(MailSettings.class)
@EnableScheduling
public class MailNotificationConfig {

  @Bean
  TaskMails taskMails(JavaMailSender sender, @Lazy IdentityService identity, MailSettings settings, Clock clock) {
    return new TaskMails(sender, identity, settings, clock);
  }

  @Bean
  TaskArrivalMailPlugin taskArrivalMailPlugin(TaskMails mails) {
    return new TaskArrivalMailPlugin(mails);
  }

  @Bean
  DueDateReminders dueDateReminders(ProcessEngine engine, TaskMails mails, MailSettings settings, JdbcClient jdbc,
      Clock clock) {
    return new DueDateReminders(engine, mails, settings, jdbc, clock);
  }
}
