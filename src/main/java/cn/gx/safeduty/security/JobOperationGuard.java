package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.task.CommandFields;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;

/**
 * Jobs (timers, mails, asynchronous continuations) are the engine's: only an administrator executes
 * one by hand or changes its retries, due date, priority or suspension. A refusal must change
 * nothing: the engine counts any exception while executing a job by hand as a failure of that job
 * (one retry less, then an incident), so a refused execution's failure is not reported to the job.
 */
public class JobOperationGuard extends CommandInterceptor {

  private static final List<Class<?>> ADMINISTRATORS_ONLY = List.of(ExecuteJobsCmd.class, SetJobRetriesCmd.class,
      AbstractSetJobsRetriesBatchCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
      SetJobPriorityCmd.class, SetJobDefinitionPriorityCmd.class, AbstractSetJobStateCmd.class,
      AbstractSetJobDefinitionStateCmd.class, DeleteJobCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof FailedJobListener listener && refusedByHand(listener)) {
      return null;
    }
    if (ADMINISTRATORS_ONLY.stream().anyMatch(type -> type.isInstance(command)) && Context.getJobExecutorContext() == null) {
      CommandContext context = Context.getCommandContext();
      Authentication authentication = context.getAuthentication();
      if (authentication != null && !context.getAuthorizationManager().isCamundaAdmin(authentication)) {
        throw new JobOperationRefusedException();
      }
    }
    return next.execute(command);
  }

  /** A job executed by hand that was refused before it ran: nothing of the job failed. */
  private static boolean refusedByHand(FailedJobListener listener) {
    JobFailureCollector collector = CommandFields.read(listener, FailedJobListener.class, "jobFailureCollector");
    return Context.getJobExecutorContext() == null && collector.getFailure() instanceof AuthorizationException;
  }

  /** 403 with the reason in Chinese. */
  static class JobOperationRefusedException extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    JobOperationRefusedException() {
      super("定时任务和后台作业只能由系统管理员执行或调整");
    }
  }
}
