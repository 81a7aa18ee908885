package cn.gx.safeduty.notification;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * When a mail job fails, tries again after each of {@code safeduty.mail.retry-intervals} in turn;
 * after the last, the job is left with no retries, which the engine records as an incident. The
 * engine's own retry cycles belong to BPMN activities, which a mail job has none of; every other
 * job keeps the engine's handling.
 */
public class MailRetries implements FailedJobCommandFactory {

  private final List<Duration> intervals;

  public MailRetries(List<Duration> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  /** Attempts a mail gets: the first and one after each interval. */
  int attempts() {
    return intervals.size() + 1;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return new DefaultJobRetryCmd(jobId, exception) {
      @Override
      public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job == null || !MailJobHandler.TYPE.equals(job.getJobHandlerType())) {
          return super.execute(commandContext);
        }
        int failuresBefore = attempts() - job.getRetries();
        job.unlock();
        logException(job);
        if (job.getRetries() > 1 && failuresBefore >= 0 && failuresBefore < intervals.size()) {
          job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + intervals.get(failuresBefore).toMillis()));
        }
        decrementRetries(job);
        notifyAcquisition(commandContext);
        return null;
      }
    };
  }
}
