package cn.gx.safeduty.notification;

import cn.gx.safeduty.kernel.task.TaskActors;
import cn.gx.safeduty.kernel.task.UserTaskListeners;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds a create listener to every user task of every deployed process: when a task arrives in a
 * department's queue, the department's members get a mail. Camunda's parse listener, so no model
 * needs to know about mail. Also gives the engine the mail job and its retries.
 */
public class TaskArrivalMailPlugin extends AbstractProcessEnginePlugin {

  private final TaskMails mails;
  private final MailJobHandler mailJobs;
  private final MailRetries retries;

  public TaskArrivalMailPlugin(TaskMails mails, MailJobHandler mailJobs, MailRetries retries) {
    this.mails = mails;
    this.mailJobs = mailJobs;
    this.retries = retries;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new java.util.ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(mailJobs);
    configuration.setFailedJobCommandFactory(retries);
    UserTaskListeners.onEvery(configuration, TaskListener.EVENTNAME_CREATE, this::arrived);
  }

  private void arrived(DelegateTask task) {
    List<String> groups = TaskActors.candidateGroups(task);
    String process = task.getProcessDefinitionId() == null ? null : task.getProcessEngineServices()
        .getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getName();
    String businessKey = task.getExecution() != null ? task.getExecution().getProcessBusinessKey() : null;
    mails.taskArrived(new TaskMails.TaskInfo(task.getId(), task.getName(), process, businessKey, task.getDueDate(),
        task.getExecutionId()), groups);
  }
}
