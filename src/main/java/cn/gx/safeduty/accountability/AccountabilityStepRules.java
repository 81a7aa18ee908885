package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The accountability process's step rules ({@link CaseStepRules}) on the shared submission hook:
 * the case is the one the process instance belongs to in SafeDuty's table, and the recommendation
 * a proposal is measured against is the latest the rules made for it.
 */
@Component
public class AccountabilityStepRules implements StepRules {

  /** The case and recommendation a step's check read, for its record in the same command to reuse. */
  private record Reading(String taskId, AccountabilityCase c, Recommendation recommended) {
  }

  private static final ThreadLocal<Reading> CHECKED = new ThreadLocal<>();

  private final AccountabilityCaseRepository cases;
  private final CaseLifecycle lifecycle;

  public AccountabilityStepRules(AccountabilityCaseRepository cases, CaseLifecycle lifecycle) {
    this.cases = cases;
    this.lifecycle = lifecycle;
  }

  @Override
  public String processKey() {
    return AccountabilityCaseService.PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    AccountabilityCase c = caseOf(step);
    Reading reading = new Reading(step.taskId(), c, recommended(c));
    CHECKED.set(reading);
    CaseStepRules.read(step, fields, reading.recommended());
  }

  @Override
  public void record(TaskStep step, FormFields fields, DelegateTask task) {
    Reading reading = CHECKED.get();
    CHECKED.remove();
    if (reading == null || !reading.taskId().equals(step.taskId())) {
      AccountabilityCase c = caseOf(step);
      reading = new Reading(step.taskId(), c, recommended(c));
    }
    AccountabilityCase c = reading.c();
    cases.insertStep(c.id(), CaseStepRules.read(step, fields, reading.recommended()));
    if (step.taskKey().equals(CaseTasks.CONFIRM_EXEMPTION) && !fields.flag("exemptionConfirmed", "是否确认不予追究")) {
      // the exemption is no longer in play: the forms show the recommendation without it, and a
      // later 不予追究 (a departed cadre not proceeded against) does not cite Art 25
      task.getExecution().setVariable("exempted", false);
      cases.latestRecommendation(c.id()).ifPresent(r ->
          task.getExecution().setVariable("recommendationLabel", CaseLabels.recommendation(r, true)));
    }
    if (CaseTasks.JOINT_REVIEW.contains(step.taskKey()) && lastOfTheJointReview(task)) {
      // shown by the decision form only, which comes once the joint review is over
      task.getExecution().setVariable("reviewOpinionsLabel", CaseLabels.reviews(cases.steps(c.id())));
    }
    if (CaseTasks.DECIDE_SANCTION.contains(step.taskKey())) {
      Sanction sanction = fields.choice("decisionSanction", Sanction.class, "问责方式");
      lifecycle.decide(c.id(), new CaseLifecycle.ProposedDecision(sanction,
          CaseStepRules.disciplinaryKind(fields, "disciplinaryKind", sanction), step.groupId(), step.userId(),
          fields.text("postDuties"), fields.text("dutyPerformance"), fields.text("dutyConditions"),
          fields.text("decisionReasons")));
    }
    if (CaseTasks.REVIEW_APPEAL.contains(step.taskKey())) {
      AppealOutcome outcome = fields.choice("appealOutcome", AppealOutcome.class, "复查结果");
      Sanction changed = outcome == AppealOutcome.CHANGE
          ? fields.choice("appealSanction", Sanction.class, "变更后的问责方式") : null;
      lifecycle.answerAppeal(c.id(), new CaseLifecycle.AppealAnswer(outcome, changed,
          changed != null ? CaseStepRules.disciplinaryKind(fields, "appealDisciplinaryKind", changed) : null,
          step.groupId(), step.userId(), fields.text("appealDecisionReasons")));
    }
  }

  /** Whether this task, still open while it completes, is the joint review's last. */
  private static boolean lastOfTheJointReview(DelegateTask task) {
    return task.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKeyIn(CaseTasks.JOINT_REVIEW.toArray(String[]::new))
        .count() <= 1;
  }

  private AccountabilityCase caseOf(TaskStep step) {
    return cases.findByProcessInstance(step.processInstanceId()).orElseThrow(() ->
        new IllegalStateException("No accountability case belongs to process instance " + step.processInstanceId()));
  }

  private Recommendation recommended(AccountabilityCase c) {
    return cases.latestRecommendation(c.id()).orElse(null);
  }
}
