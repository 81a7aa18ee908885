package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskStep;
import cn.gx.safeduty.registry.CadreService;
import java.time.Period;
import java.util.List;
import java.util.function.LongPredicate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The accident follow-up's user tasks (Decree 493, Art 20(2), 20(3)): the confirmation of a reporting
 * finding, the decision on the investigation's one extension, the supervision of an overdue
 * investigation, and each cadre's part in a confirmed reporting failure. What the delegates after a step
 * act on (the confirmed cadres, the granted extension) is written here from the checked fields, never
 * read back from what a completion happened to set.
 */
@Component
public class AccidentSteps implements StepDeclarations {

  public static final String CONFIRM_REPORTING_FAILURE = "Task_ConfirmReportingFailure";
  public static final String DECIDE_EXTENSION = "Task_DecideExtension";
  public static final String SUPERVISE_INVESTIGATION = "Task_SuperviseOverdueInvestigation";
  public static final String ASSESS_REPORTING_RESPONSIBILITY = "Task_AssessReportingResponsibility";

  static final String GRANTED_EXTENSION_DAYS = "grantedExtensionDays";
  static final String LAST_FOLLOW_UP = "lastFollowUp";

  /** One cadre's part in a reporting failure: the degree of leadership responsibility and the Art 23/24/26 facts. */
  public record Assessment(Responsibility responsibility, CaseFacts facts) {
  }

  /**
   * What 应急管理部门 decided on one reporting finding: confirmed with the cadres responsible, or not, with why.
   * Its kind is the finding's, never the form's.
   */
  public record ReportingConfirmation(boolean confirmed, List<Long> cadreIds, String remarks) {
  }

  private final AccidentPolicy policy;
  private final CadreService cadres;
  private final AccidentRepository accidents;
  private final AccidentService service;

  public AccidentSteps(AccidentPolicy policy, CadreService cadres, AccidentRepository accidents,
      @Lazy AccidentService service) {
    this.policy = policy;
    this.cadres = cadres;
    this.accidents = accidents;
    this.service = service;
  }

  @Override
  public String processKey() {
    return AccidentService.PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(
        Step.task(CONFIRM_REPORTING_FAILURE).ofTask(this::findingOf)
            .reads(List.of("reportingFailureConfirmed", "responsibleCadreIds", "reportingRemarks"),
                fields -> confirmation(fields, cadres::exists))
            .records((findingId, confirmation, step, task) -> {
              followedUp(step, task);
              service.decideFinding(findingId, confirmation.confirmed(), confirmation.cadreIds(),
                  confirmation.remarks(), step.userId());
              task.getExecution().setVariableLocal("findingConfirmed", confirmation.confirmed());
            }),
        Step.task(DECIDE_EXTENSION).of(TaskStep::processInstanceId)
            .reads(List.of("extendInvestigation", "extensionDays", "followUpRemarks"),
                fields -> extensionDays(fields, policy.investigation().maxExtension()))
            .records((instance, days, step, task) -> {
              followedUp(step, task);
              task.getExecution().setVariable(GRANTED_EXTENSION_DAYS, days);
            }),
        Step.task(SUPERVISE_INVESTIGATION).of(TaskStep::processInstanceId)
            .reads(List.of("supervisionNote"), fields -> fields.requiredText("supervisionNote", "须写明督办情况"))
            .records((instance, note, step, task) -> followedUp(step, task)),
        Step.task(ASSESS_REPORTING_RESPONSIBILITY).ofTask((step, task) -> responsibleOf(task))
            .reads(List.of("responsibility", "mitigation", "assessmentRemarks", "enlargedLossByPoorWork",
                "seriousSocialImpact", "egregiousAndSerious", "suspectedDutyCrime"), AccidentSteps::assessment)
            .records((responsibleId, assessment, step, task) -> {
              followedUp(step, task);
              service.assess(responsibleId, assessment.responsibility(), assessment.facts());
            }));
  }

  private static void followedUp(TaskStep step, DelegateTask task) {
    task.getExecution().setVariable(LAST_FOLLOW_UP, step.taskKey());
  }

  /** The finding a confirmation task is about: the one its message put in the task's scope, of this accident. */
  private long findingOf(TaskStep step, VariableScope task) {
    Object finding = task.getVariable("findingId");
    Long accident = accidents.ofInstance(step.processInstanceId()).orElse(null);
    if (!(finding instanceof Number id) || accident == null
        || accidents.finding(id.longValue()).map(f -> f.accidentId() != accident).orElse(true)) {
      throw new StepRefusedException("此任务不属于本事故的报告失职线索");
    }
    return id.longValue();
  }

  /** The cadre of the multi-instance element the task belongs to, as the process put it there. */
  private static long responsibleOf(VariableScope task) {
    return ((Number) task.getVariable("responsibleId")).longValue();
  }

  static ReportingConfirmation confirmation(FormFields fields, LongPredicate cadreExists) {
    boolean confirmed = fields.flag("reportingFailureConfirmed", "是否确认存在报告失职");
    if (!confirmed) {
      return new ReportingConfirmation(false, List.of(), fields.requiredText("reportingRemarks", "不确认时须写明理由"));
    }
    List<Long> cadreIds = fields.ids("responsibleCadreIds", "干部编号");
    if (cadreIds.isEmpty()) {
      throw new StepRefusedException("确认报告失职时，须选择负有领导责任的干部");
    }
    for (long id : cadreIds) {
      if (!cadreExists.test(id)) {
        throw new StepRefusedException("干部编号不存在：" + id);
      }
    }
    return new ReportingConfirmation(true, List.copyOf(cadreIds), fields.text("reportingRemarks"));
  }

  /** The days of the one extension granted, or null when the investigation is not extended. */
  static Integer extensionDays(FormFields fields, Period maxExtension) {
    boolean extend = fields.flag("extendInvestigation", "是否延长调查期限");
    Integer days = null;
    if (extend) {
      int max = maxExtension.getDays() + maxExtension.getMonths() * 30 + maxExtension.getYears() * 365;
      Long given = fields.wholeNumber("extensionDays", "延长天数");
      if (given == null || given < 1 || given > max) {
        throw new StepRefusedException("延长天数须在 1 至 " + max + " 天之间");
      }
      days = given.intValue();
    }
    fields.requiredText("followUpRemarks", "须写明理由或催办情况");
    return days;
  }

  /** What the case of one cadre of a reporting failure (20(2)) starts from; Art 25 does not apply to 20(2). */
  static Assessment assessment(FormFields fields) {
    Responsibility responsibility = fields.choice("responsibility", Responsibility.class, "领导责任");
    Mitigation mitigation = fields.optionalChoice("mitigation", Mitigation.class, "补救措施");
    fields.requiredText("assessmentRemarks", "须写明认定依据");
    return new Assessment(responsibility, new CaseFacts(false, checked(fields, "enlargedLossByPoorWork"),
        checked(fields, "seriousSocialImpact"), mitigation != null ? mitigation : Mitigation.NONE,
        checked(fields, "egregiousAndSerious"), checked(fields, "suspectedDutyCrime")));
  }

  private static boolean checked(FormFields fields, String name) {
    return fields.value(name) != null && fields.flag(name, name);
  }
}
