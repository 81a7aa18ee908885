package cn.gx.safeduty.kernel.task;

import java.util.Objects;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A process task stays with its departments: it is claimed by, assigned to, delegated to and owned
 * by a member of one of its candidate groups or an administrator, whoever hands it over and by
 * whichever way (claim, assign, delegate, owner, identity links, a saved task); a user claims only
 * for themselves; the candidate groups are the model's. The holder may always release a task, which
 * the engine would otherwise allow only to those who may assign it. Refusals are
 * {@link TaskRefusedException}s (403) with the reason in Chinese.
 */
public class TaskHandoverGuard extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof DeleteTaskCmd) {
      refuseDeletingProcessTasks(command);
    }
    Handover handover = Handover.of(command);
    if (handover == null) {
      return next.execute(command);
    }
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(handover.taskId());
    if (task == null || task.getProcessDefinitionId() == null) {
      return next.execute(command);
    }
    String caller = TaskActors.caller(context);
    switch (handover.kind()) {
      case CLAIM -> {
        if (handover.userId() == null) {
          return release(command, context, task, caller);
        }
        if (caller != null && !caller.equals(handover.userId()) && !TaskActors.callerIsAdmin(context)) {
          throw new TaskRefusedException("只能由本人认领任务；如需交给他人，请由系统管理员指派");
        }
        checkHolder(context, task, handover.userId());
      }
      case ASSIGN -> {
        if (handover.userId() == null) {
          return release(command, context, task, caller);
        }
        checkHolder(context, task, handover.userId());
      }
      case HAND_TO -> {
        if (handover.userId() != null) {
          checkHolder(context, task, handover.userId());
        }
      }
      case CANDIDATE_GROUP -> {
        if (caller != null && !TaskActors.callerIsAdmin(context)) {
          throw new TaskRefusedException("任务的办理部门由流程确定，不能增减");
        }
      }
      case SAVE -> {
        TaskEntity saved = (TaskEntity) handover.savedTask();
        TaskEntity stored = context.getDbSqlSession().selectById(TaskEntity.class, task.getId());
        if (stored != null) {
          if (saved.getAssignee() != null && !Objects.equals(saved.getAssignee(), stored.getAssignee())) {
            checkHolder(context, task, saved.getAssignee());
          }
          if (saved.getOwner() != null && !Objects.equals(saved.getOwner(), stored.getOwner())) {
            checkHolder(context, task, saved.getOwner());
          }
        }
      }
      default -> throw new IllegalStateException(handover.kind().name());
    }
    return next.execute(command);
  }

  /** A process's task ends only by being done; the engine would refuse deleting one with a server error. */
  private static void refuseDeletingProcessTasks(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    java.util.List<String> ids = new java.util.ArrayList<>();
    String taskId = CommandFields.read(command, DeleteTaskCmd.class, "taskId");
    java.util.Collection<String> taskIds = CommandFields.read(command, DeleteTaskCmd.class, "taskIds");
    if (taskId != null) {
      ids.add(taskId);
    }
    if (taskIds != null) {
      ids.addAll(taskIds);
    }
    for (String id : ids) {
      TaskEntity task = context.getTaskManager().findTaskById(id);
      if (task != null && task.getProcessInstanceId() != null) {
        throw new StepRefusedException("“" + task.getName() + "”是流程中的任务，只能办理，不能删除");
      }
    }
  }

  /** The holder gives a task back to the department's queue; anyone else needs the engine's TASK_ASSIGN. */
  private <T> T release(Command<T> command, CommandContext context, TaskEntity task, String caller) {
    if (caller != null && caller.equals(task.getAssignee())) {
      return context.runWithoutAuthorization(() -> next.execute(command));
    }
    if (caller != null && task.getAssignee() != null && !TaskActors.callerIsAdmin(context)) {
      throw new TaskRefusedException("只能由认领人本人或系统管理员取消认领");
    }
    return next.execute(command);
  }

  private static void checkHolder(CommandContext context, TaskEntity task, String userId) {
    if (!TaskActors.mayHold(context, task, userId)) {
      throw new TaskRefusedException("“" + task.getName() + "”只能由" + TaskActors.departments(context, task)
          + "的人员办理，不能交给用户“" + userId + "”");
    }
  }

  /** What a command does to who holds a task. */
  private record Handover(Kind kind, String taskId, String userId, Object savedTask) {

    enum Kind {
      CLAIM, ASSIGN, HAND_TO, CANDIDATE_GROUP, SAVE
    }

    static Handover of(Command<?> command) {
      if (command instanceof ClaimTaskCmd) {
        return new Handover(Kind.CLAIM, CommandFields.read(command, ClaimTaskCmd.class, "taskId"),
            CommandFields.read(command, ClaimTaskCmd.class, "userId"), null);
      }
      if (command instanceof DelegateTaskCmd) {
        return new Handover(Kind.HAND_TO, CommandFields.read(command, DelegateTaskCmd.class, "taskId"),
            CommandFields.read(command, DelegateTaskCmd.class, "userId"), null);
      }
      if (command instanceof AbstractAddIdentityLinkCmd) {
        String taskId = CommandFields.read(command, AbstractSetTaskPropertyCmd.class, "taskId");
        String userId = CommandFields.read(command, AbstractAddIdentityLinkCmd.class, "userId");
        String type = CommandFields.read(command, AbstractAddIdentityLinkCmd.class, "type");
        if (command instanceof AddGroupIdentityLinkCmd) {
          return new Handover(Kind.CANDIDATE_GROUP, taskId, null, null);
        }
        boolean assigns = command instanceof AssignTaskCmd || IdentityLinkType.ASSIGNEE.equals(type);
        return new Handover(assigns ? Kind.ASSIGN : Kind.HAND_TO, taskId, userId, null);
      }
      if (command instanceof DeleteIdentityLinkCmd) {
        String type = CommandFields.read(command, DeleteIdentityLinkCmd.class, "type");
        String taskId = CommandFields.read(command, DeleteIdentityLinkCmd.class, "taskId");
        if (IdentityLinkType.ASSIGNEE.equals(type)) {
          return new Handover(Kind.ASSIGN, taskId, null, null);
        }
        return IdentityLinkType.OWNER.equals(type) ? null : new Handover(Kind.CANDIDATE_GROUP, taskId, null, null);
      }
      if (command instanceof SaveTaskCmd) {
        TaskEntity task = CommandFields.read(command, SaveTaskCmd.class, "task");
        return task == null || task.getRevision() == 0 ? null
            : new Handover(Kind.SAVE, task.getId(), null, task);
      }
      return null;
    }
  }
}
