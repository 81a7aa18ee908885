package cn.gx.safeduty.kernel.task;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link TaskSubmissionGuard}, the {@link CommentGuard}, the {@link TaskHandoverGuard} and the
 * {@link TaskRecordViews} into every command the engine
 * runs, with or without a new transaction.
 */
@Component
public class TaskSubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  private final TaskSubmissionGuard required;
  private final TaskSubmissionGuard requiresNew;

  private final TaskRecordViews recordViews;

  public TaskSubmissionGuardPlugin(DeclaredSteps rules, Clock clock,
      org.springframework.beans.factory.ObjectProvider<TaskRecordView> recordViews) {
    this.required = new TaskSubmissionGuard(rules, clock);
    this.requiresNew = new TaskSubmissionGuard(rules, clock);
    this.recordViews = new TaskRecordViews(recordViews);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.interceptor.SessionFactory> sessions =
        configuration.getCustomSessionFactories() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new AcceptedSteps.Factory());
    configuration.setCustomSessionFactories(sessions);
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), required, new CommentGuard(), new TaskHandoverGuard(), recordViews));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), requiresNew, new CommentGuard(), new TaskHandoverGuard(), recordViews));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor... guards) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.addAll(List.of(guards));
    return interceptors;
  }
}
