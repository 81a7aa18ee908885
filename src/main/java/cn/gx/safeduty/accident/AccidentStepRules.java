package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import cn.gx.safeduty.registry.CadreService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The accident follow-up's step rules ({@link AccidentTaskRules}) on the shared submission hook.
 * What the delegates after a step act on (the confirmed cadres, the granted extension) is written
 * here, from the checked fields, not read back from what a completion happened to set.
 */
@Component
public class AccidentStepRules implements StepRules {

  static final String GRANTED_EXTENSION_DAYS = "grantedExtensionDays";

  private final AccidentPolicy policy;
  private final CadreService cadres;
  private final AccidentRepository accidents;
  private final AccidentService service;
  private final org.camunda.bpm.engine.TaskService tasks;

  public AccidentStepRules(AccidentPolicy policy, CadreService cadres, AccidentRepository accidents,
      @org.springframework.context.annotation.Lazy AccidentService service,
      @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.TaskService tasks) {
    this.policy = policy;
    this.cadres = cadres;
    this.accidents = accidents;
    this.service = service;
    this.tasks = tasks;
  }

  /** The finding a confirmation task is about: the one its message put in the task's scope, of this accident. */
  private long findingOf(TaskStep step) {
    Object finding = tasks.getVariable(step.taskId(), "findingId");
    Long accident = accidents.ofInstance(step.processInstanceId()).orElse(null);
    if (!(finding instanceof Number id) || accident == null
        || accidents.finding(id.longValue()).map(f -> f.accidentId() != accident).orElse(true)) {
      throw new cn.gx.safeduty.kernel.task.StepRefusedException("此任务不属于本事故的报告失职线索");
    }
    return id.longValue();
  }

  @Override
  public String processKey() {
    return AccidentService.PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    switch (step.taskKey()) {
      case AccidentTaskRules.CONFIRM_REPORTING_FAILURE -> {
        findingOf(step);
        AccidentTaskRules.confirmation(fields, cadres::exists);
      }
      case AccidentTaskRules.DECIDE_EXTENSION ->
          AccidentTaskRules.extensionDays(fields, policy.investigation().maxExtension());
      case AccidentTaskRules.SUPERVISE_INVESTIGATION -> AccidentTaskRules.supervision(fields);
      case AccidentTaskRules.ASSESS_REPORTING_RESPONSIBILITY -> AccidentTaskRules.assessment(fields);
      default -> {
      }
    }
  }

  @Override
  public void record(TaskStep step, FormFields fields, DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    execution.setVariable("lastFollowUp", step.taskKey());
    switch (step.taskKey()) {
      case AccidentTaskRules.CONFIRM_REPORTING_FAILURE -> {
        var confirmation = AccidentTaskRules.confirmation(fields, cadres::exists);
        service.decideFinding(findingOf(step), confirmation.confirmed(), confirmation.cadreIds(), confirmation.remarks(),
            step.userId());
        execution.setVariableLocal("findingConfirmed", confirmation.confirmed());
      }
      case AccidentTaskRules.DECIDE_EXTENSION -> execution.setVariable(GRANTED_EXTENSION_DAYS,
          AccidentTaskRules.extensionDays(fields, policy.investigation().maxExtension()));
      case AccidentTaskRules.ASSESS_REPORTING_RESPONSIBILITY -> {
        var assessment = AccidentTaskRules.assessment(fields);
        long responsibleId = ((Number) execution.getVariable("responsibleId")).longValue();
        accidents.assess(responsibleId, assessment.responsibility(), assessment.facts());
      }
      default -> {
      }
    }
  }
}
