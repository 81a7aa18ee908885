package cn.gx.safeduty.kernel.task;

import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A comment is written by someone who may work on the task (or update the instance it is about).
 * The engine checks this when a comment is changed or deleted but not when one is added, so a
 * read-only supervisor could otherwise write on any task it can see.
 */
public class CommentGuard extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AddCommentCmd) {
      check(Context.getCommandContext(), read(command, "taskId"), read(command, "processInstanceId"));
    }
    return next.execute(command);
  }

  private static void check(CommandContext context, String taskId, String processInstanceId) {
    if (taskId != null) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        throw new NotFoundException("Cannot find task with id " + taskId);
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
    } else if (processInstanceId != null) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkUpdateProcessInstanceById(processInstanceId);
      }
    }
  }

  private static String read(Object command, String name) {
    return CommandFields.read(command, AddCommentCmd.class, name);
  }
}
