package cn.gx.safeduty.kernel.task;

import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.task.TaskSubmission.Way;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;

/**
 * Treats everything brought into a process's user task as untrusted input: a completion, a form
 * submission, a resolution or a BPMN error or escalation carries only the fields of the step's
 * form (anything else is refused, naming the field, before the engine changes anything); a
 * task's variables are never written on their own; a completion must pass its task's declared
 * {@link Step}, which finds the record and parses the fields once for the check and the record. Runs inside the engine's command context, after the engine has checked
 * nothing yet, so it first asks the engine whether the user may work on the task at all.
 */
public class TaskSubmissionGuard extends CommandInterceptor {

  static final String NOT_A_FIELD = "不是此步骤表单的字段";

  private final DeclaredSteps rules;
  private final Clock clock;

  public TaskSubmissionGuard(DeclaredSteps rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public <T> T execute(Command<T> command) {
    TaskSubmission submission = TaskSubmission.of(command);
    if (submission == null || submission.taskId() == null) {
      return next.execute(command);
    }
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(submission.taskId());
    if (task == null) {
      throw gone(context, submission.taskId());
    }
    if (task.getProcessDefinitionId() == null) {
      return next.execute(command);
    }
    Step<?, ?>.Accepted accepted;
    try {
      checkMayWork(context, task, submission.way());
      accepted = inspect(context, task, submission);
    } catch (org.camunda.bpm.engine.AuthorizationException | TaskAlreadyDoneException expected) {
      throw expected;
    } catch (RuntimeException failed) {
      throw completedMeanwhile(context, task.getId(), failed);
    }
    if (accepted == null) {
      return proceed(command, context, task.getId());
    }
    AcceptedSteps steps = AcceptedSteps.of(context);
    steps.put(task.getId(), accepted);
    try {
      return proceed(command, context, task.getId());
    } finally {
      steps.forget(task.getId());
    }
  }

  /**
   * Runs the command; when it fails because someone else completed the task meanwhile (the loser of
   * two completions at once read the task before the winner committed and its instance after), the
   * failure is the loser's 409, whatever the engine tripped over.
   */
  private <T> T proceed(Command<T> command, CommandContext context, String taskId) {
    try {
      return next.execute(command);
    } catch (org.camunda.bpm.engine.AuthorizationException | TaskAlreadyDoneException expected) {
      throw expected;
    } catch (RuntimeException failed) {
      throw completedMeanwhile(context, taskId, failed);
    }
  }

  /**
   * The loser of two completions at once may trip over anything the winner removed — while the guard
   * reads the task's form as much as inside the engine, and a step's rules may refuse a task variable
   * removed with the winner's execution: when the task was completed meanwhile, the failure is the
   * loser's 409; otherwise it stays what it was.
   */
  private static RuntimeException completedMeanwhile(CommandContext context, String taskId, RuntimeException failed) {
    RuntimeException meanwhile = context.getProcessEngineConfiguration().getCommandExecutorTxRequiresNew()
        .execute(fresh -> gone(fresh, taskId));
    if (meanwhile instanceof TaskAlreadyDoneException done) {
      done.initCause(failed);
      return done;
    }
    return failed;
  }

  private static void checkMayWork(CommandContext context, TaskEntity task, Way way) {
    try {
      if (!TaskActors.callerMayWork(context, task)) {
        // the engine lets whoever holds a task work on it; a task handed outside its departments before
        // the handover guard, or by an administrator's mistake, is still not theirs to complete
        throw new TaskRefusedException("“" + task.getName() + "”只能由" + TaskActors.departments(context, task)
            + "的人员办理");
      }
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        if (way == Way.WRITE_VARIABLES) {
          checker.checkUpdateTaskVariable(task);
        } else {
          checker.checkTaskWork(task);
        }
      }
    } catch (org.camunda.bpm.engine.AuthorizationException refused) {
      // the task's candidate groups and the rights they give go with the task: the loser of two
      // completions at once may find them gone, which is the same 409 as on every other way in, not a refusal
      RuntimeException gone = context.getProcessEngineConfiguration().getCommandExecutorTxRequiresNew()
          .execute(fresh -> fresh.getTaskManager().findTaskById(task.getId()) == null
              ? gone(fresh, task.getId()) : null);
      throw gone != null ? gone : refused;
    }
  }

  /** A task that is not there: completed by someone (409, the loser of two completions at once) or never there (404). */
  static RuntimeException gone(CommandContext context, String taskId) {
    HistoricTaskInstanceEntity history = context.getDbEntityManager()
        .selectById(HistoricTaskInstanceEntity.class, taskId);
    if (history != null && history.getEndTime() != null) {
      return new TaskAlreadyDoneException();
    }
    return new NotFoundException("Cannot find task with id " + taskId);
  }

  private Step<?, ?>.Accepted inspect(CommandContext context, TaskEntity task, TaskSubmission submission) {
    if (submission.way() == Way.WRITE_VARIABLES) {
      throw refused("任务的字段只能在办理时随表单一并提交", submission.variables().keySet().stream()
          .map(name -> new FieldProblem(name, "不能单独写入任务变量")).toList());
    }
    StepForm form = form(context, task);
    List<FieldProblem> problems = new ArrayList<>();
    submission.variables().forEach((name, value) -> {
      StepForm.Kind kind = form.kind(name);
      if (kind == null) {
        problems.add(new FieldProblem(name, NOT_A_FIELD));
      } else if (!FieldValues.fits(kind, value)) {
        problems.add(new FieldProblem(name, "取值类型与表单字段不符"));
      }
    });
    if (!problems.isEmpty()) {
      throw refused("提交的内容含有此步骤不接受的字段：" + String.join("、",
          problems.stream().map(FieldProblem::field).toList()), problems);
    }
    java.util.function.Function<String, Object> lookup = name -> FormValueChecks.INSTANCE_START.equals(name)
        ? instanceStart(context, task) : task.getVariable(name);
    List<FieldProblem> values = new FormValueChecks(form, submission.variables(), lookup, LocalDate.now(clock),
        clock.getZone()).check(submission.way().completes());
    if (!values.isEmpty()) {
      throw refused(values.size() == 1 ? values.get(0).message()
          : "有" + values.size() + "处填写不符合要求：" + String.join("；", values.stream().map(FieldProblem::message).toList()),
          values);
    }
    if (submission.way() == Way.BPMN_ERROR || submission.way() == Way.ESCALATION) {
      checkCaught(context, task, submission.way());
    }
    if (!submission.way().completes()) {
      return null;
    }
    TaskStep step = new TaskStep(task.getProcessDefinition().getKey(), task.getProcessInstanceId(), task.getId(),
        task.getTaskDefinitionKey(), task.getName(), candidateGroup(task), actingUser(context, task), clock.instant());
    Optional<Map<String, Step<?, ?>>> declared = rules.steps(step.processKey());
    if (declared.isEmpty()) {
      return null;
    }
    Step<?, ?> declaration = declared.get().get(step.taskKey());
    if (declaration == null) {
      throw new StepRefusedException("“" + task.getName() + "”尚未登记办理规则，不能办理");
    }
    return declaration.accept(step, task, FormFields.of(submission.variables()));
  }

  /** When the record's process began: a date that records something done on it cannot be earlier. */
  private static java.util.Date instanceStart(CommandContext context, TaskEntity task) {
    org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity instance = context.getDbEntityManager()
        .selectById(org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity.class,
            task.getProcessInstanceId());
    return instance == null ? null : instance.getStartTime();
  }

  private static StepForm form(CommandContext context, TaskEntity task) {
    task.initializeFormKey();
    CamundaFormRef formRef = task.getCamundaFormRef();
    if (formRef != null) {
      return context.runWithoutAuthorization(() ->
          StepForm.parse(context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(task.getId())));
    }
    if (task.getFormKey() != null) {
      throw new StepRefusedException("此步骤使用的表单无法核对字段，不能通过接口办理");
    }
    return StepForm.NONE;
  }

  /** A BPMN error or escalation thrown at a task is a way out of it only where the model catches one. */
  private static void checkCaught(CommandContext context, TaskEntity task, Way way) {
    BpmnModelInstance model = context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(task.getProcessDefinitionId());
    Class<?> definition = way == Way.BPMN_ERROR ? ErrorEventDefinition.class : EscalationEventDefinition.class;
    boolean caught = model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo() != null && task.getTaskDefinitionKey().equals(b.getAttachedTo().getId()))
        .flatMap(b -> b.getEventDefinitions().stream())
        .anyMatch(definition::isInstance);
    if (!caught) {
      throw new StepRefusedException(way == Way.BPMN_ERROR
          ? "此步骤不接受以错误事件结束，请按表单办理"
          : "此步骤不接受升级事件，请按表单办理");
    }
  }

  private static String candidateGroup(TaskEntity task) {
    List<String> groups = TaskActors.candidateGroups(task);
    return groups.isEmpty() ? null : groups.get(0);
  }

  private static String actingUser(CommandContext context, TaskEntity task) {
    String authenticated = context.getAuthenticatedUserId();
    if (authenticated != null) {
      return authenticated;
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }

  private static StepRefusedException refused(String reason, List<FieldProblem> problems) {
    return new StepRefusedException(reason, problems);
  }
}
