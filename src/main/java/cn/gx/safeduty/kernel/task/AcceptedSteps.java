package cn.gx.safeduty.kernel.task;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The completions the guard accepted in this engine command, by task, for the task's complete
 * listener in the same command to record: an engine session, so nothing outlives the command.
 */
final class AcceptedSteps implements Session {

  private final Map<String, Step<?, ?>.Accepted> byTask = new HashMap<>();

  static AcceptedSteps of(CommandContext context) {
    return context.getSession(AcceptedSteps.class);
  }

  /** The accepted completion of this task in the command under way. */
  static Optional<Step<?, ?>.Accepted> take(String taskId) {
    CommandContext context = Context.getCommandContext();
    return context == null ? Optional.empty() : Optional.ofNullable(of(context).byTask.remove(taskId));
  }

  void put(String taskId, Step<?, ?>.Accepted accepted) {
    byTask.put(taskId, accepted);
  }

  void forget(String taskId) {
    byTask.remove(taskId);
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    byTask.clear();
  }

  /** Opens one per command that asks. */
  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AcceptedSteps.class;
    }

    @Override
    public Session openSession() {
      return new AcceptedSteps();
    }
  }
}
