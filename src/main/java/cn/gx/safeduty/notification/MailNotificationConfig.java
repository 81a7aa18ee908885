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
  TaskMails taskMails(@Lazy IdentityService identity, @Lazy ProcessEngine engine, MailSettings settings,
      MailRetries retries, Clock clock) {
    return new TaskMails(identity, engine, settings, retries, clock);
  }

  @Bean
  MailRetries mailRetries(MailSettings settings) {
    return new MailRetries(settings.retryIntervals());
  }

  @Bean
  MailJobHandler mailJobHandler(JavaMailSender sender) {
    return new MailJobHandler(sender);
  }

  @Bean
  TaskArrivalMailPlugin taskArrivalMailPlugin(TaskMails mails, MailJobHandler mailJobs, MailRetries retries) {
    return new TaskArrivalMailPlugin(mails, mailJobs, retries);
  }

  @Bean
  DueDateReminders dueDateReminders(ProcessEngine engine, TaskMails mails, MailSettings settings, JdbcClient jdbc,
      Clock clock) {
    return new DueDateReminders(engine, mails, settings, jdbc, clock);
  }
}
