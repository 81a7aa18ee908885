package cn.gx.safeduty.kernel.task;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Fills a task form's record fields ({@link TaskRecordView}) when a member of the task's departments
 * opens it, as Tasklist does through the task's form variables; anyone else, and the engine's own
 * work, gets the form without them.
 */
public class TaskRecordViews extends CommandInterceptor {

  private final ObjectProvider<TaskRecordView> views;
  private volatile List<TaskRecordView> collected;

  public TaskRecordViews(ObjectProvider<TaskRecordView> views) {
    this.views = views;
  }

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (command instanceof GetTaskFormVariablesCmd && result instanceof VariableMap variables) {
      fill(command, variables);
    }
    return result;
  }

  private void fill(Command<?> command, VariableMap variables) {
    CommandContext context = Context.getCommandContext();
    String user = TaskActors.caller(context);
    AbstractGetFormVariablesCmd formVariables = (AbstractGetFormVariablesCmd) command;
    TaskEntity task = context.getTaskManager().findTaskById(formVariables.resourceId);
    if (user == null || task == null || task.getProcessDefinitionId() == null
        || TaskActors.candidateGroups(task).isEmpty() || !TaskActors.callerMayWork(context, task)) {
      return;
    }
    Collection<String> asked = formVariables.formVariableNames;
    String processKey = task.getProcessDefinition().getKey();
    List<TaskRecordView> all = collected;
    if (all == null) {
      // collected on first use, as the engine is built before the procedures' views; Tasklist asks on every form
      all = views.orderedStream().toList();
      collected = all;
    }
    List<TaskRecordView> shown = all.stream()
        .filter(view -> view.processKey().equals(processKey) && (asked == null || asked.contains(view.field())))
        .toList();
    for (TaskRecordView view : shown) {
      view.show(new TaskRecordView.OpenedTask(task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(),
          task.getName(), user)).ifPresent(text -> variables.putValue(view.field(), text));
    }
  }
}
