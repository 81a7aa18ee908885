package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import cn.gx.safeduty.registry.CadreService;
import java.util.stream.Collectors;
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

  static final String CONFIRMED_CADRE_IDS = "confirmedCadreIds";
  static final String GRANTED_EXTENSION_DAYS = "grantedExtensionDays";

  private final AccidentPolicy policy;
  private final CadreService cadres;
  private final AccidentRepository accidents;

  public AccidentStepRules(AccidentPolicy policy, CadreService cadres, AccidentRepository accidents) {
    this.policy = policy;
    this.cadres = cadres;
    this.accidents = accidents;
  }

  @Override
  public String processKey() {
    return AccidentService.PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    switch (step.taskKey()) {
      case AccidentTaskRules.CONFIRM_REPORTING_FAILURE -> AccidentTaskRules.confirmation(fields, cadres::exists);
      case AccidentTaskRules.DECIDE_EXTENSION ->
          AccidentTaskRules.extensionDays(fields, policy.getInvestigation().getMaxExtension());
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
        execution.setVariable("reportingConfirmedBy", step.userId());
        execution.setVariable(CONFIRMED_CADRE_IDS,
            confirmation.cadreIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
      }
      case AccidentTaskRules.DECIDE_EXTENSION -> execution.setVariable(GRANTED_EXTENSION_DAYS,
          AccidentTaskRules.extensionDays(fields, policy.getInvestigation().getMaxExtension()));
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
