package cn.gx.safeduty.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one mail as a job of the engine's job executor, so a mail server that is down costs no
 * one's task: the job is retried with back-off ({@link MailRetries}) and, when the retries are
 * spent, becomes an incident in Cockpit on the case it is about; retrying it there sends it.
 */
public class MailJobHandler implements JobHandler<MailJobHandler.Mail> {

  public static final String TYPE = "safeduty-mail";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One mail to one address, as kept in the job. */
  public record Mail(String from, String to, String subject, String text) implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      try {
        return JSON.writeValueAsString(this);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final JavaMailSender sender;

  public MailJobHandler(JavaMailSender sender) {
    this.sender = sender;
  }

  /** A job that sends the mail, anchored on an execution (the task's, or the instance's) when there is one. */
  static MessageEntity job(Mail mail, ExecutionEntity anchor, int retries) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(mail);
    job.setRetries(retries);
    if (anchor != null) {
      job.setExecution(anchor);
      job.setActivityId(anchor.getActivityId());
    }
    return job;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Mail mail, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(mail.from());
    message.setTo(mail.to());
    message.setSubject(mail.subject());
    message.setText(mail.text());
    sender.send(message);
  }

  @Override
  public Mail newConfiguration(String canonicalString) {
    try {
      return JSON.readValue(canonicalString, Mail.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A mail job holds no readable mail", e);
    }
  }

  @Override
  public void onDelete(Mail mail, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
