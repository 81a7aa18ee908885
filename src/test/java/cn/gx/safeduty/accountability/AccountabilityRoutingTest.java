package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.gx.safeduty.kernel.calendar.CalendarFiles;
import cn.gx.safeduty.kernel.calendar.Deadlines;
import cn.gx.safeduty.kernel.calendar.ProvisionalDeadlines;
import cn.gx.safeduty.kernel.calendar.WorkingDays;
import cn.gx.safeduty.support.RoutingChecks;
import cn.gx.safeduty.support.RoutingEngine;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/accountability.bpmn on a bare engine, in seconds: the delegates are
 * stand-ins that set what the gateways route on (as the real ones would from the rules and the
 * record), so each test states a case's situation and follows where the model sends it.
 */
@Deployment(resources = "processes/accountability.bpmn")
class AccountabilityRoutingTest {

  static final String ENGINE = "accountability-routing";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/accountability.bpmn");

  ProcessEngine engine;

  /** The groups whose measures the joint review proposed. */
  List<String> decidingGroups = List.of("emergency-management");

  /** What the rules would say of the case this test runs. */
  Map<String, Object> recommendation;
  final List<String> called = new ArrayList<>();
  boolean published;

  @BeforeEach
  void standIns() throws IOException {
    Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    WorkingDays workingDays = new WorkingDays(
        new CalendarFiles().workingDayCalendar("", clock, java.util.List.of()), clock, LocalTime.of(18, 0));
    AccountabilityPolicy policy = new AccountabilityPolicy("P1M", Map.of("confirm-exemption", "5WD",
        "decide-proceeding", "5WD", "review", "10WD", "referral", "10WD", "decision", "10WD", "appeal-review", "20WD",
        "publish-notice", "5WD", "withdraw-notice", "5WD"), new AccountabilityPolicy.Restrictions(true, null, null, null, null, null, null));
    Mocks.register("deadlines", new Deadlines(List.of(policy), workingDays,
        org.mockito.Mockito.mock(ProvisionalDeadlines.class), clock));
    recommendation = Map.of("exempted", false, "departureNeedsDecision", false, "suspectedDutyCrime", false,
        "decidingGroup", "emergency-management");
    Mocks.register("recommendSanctionDelegate", (JavaDelegate) execution -> {
      called.add("recommend");
      execution.setVariables(recommendation);
    });
    Mocks.register("recordTaskStepListener", (TaskListener) task -> {
      task.getExecution().setVariable("lastStepGroup", task.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).findFirst().orElseThrow().getGroupId());
      if (task.getTaskDefinitionKey().startsWith("Task_DecideSanction")
          && !"NONE".equals(task.getVariable("decisionSanction"))) {
        // as the decision steps write it when a group decides a measure
        task.getExecution().setVariable("measuresDecided", true);
      }
      if (task.getTaskDefinitionKey().equals("Task_PublishNotice")) {
        published = true;
      }
    });
    Mocks.register("openDecisionFormDelegate", (TaskListener) task -> { });
    Mocks.register("openAppealFormDelegate", (TaskListener) task -> { });
    Mocks.register("closeNotHeldAccountableDelegate", (JavaDelegate) execution -> called.add("close not held accountable"));
    Mocks.register("concludeJointReviewDelegate", (JavaDelegate) execution -> {
      // as the joint review's conclusion writes it, from the measures the departments proposed
      called.add("conclude review");
      execution.setVariable("decidingGroups", String.join(",", decidingGroups));
      execution.setVariable("measuresDecided", false);
    });
    Mocks.register("issueDecisionNoticeDelegate", (JavaDelegate) execution -> {
      called.add("issue");
      execution.setVariable("sanctionIsNotice", "NOTICE".equals(execution.getVariable("decisionSanction")));
      execution.setVariable("noticeRevoked", false);
      execution.setVariable("decisionRevoked", false);
    });
    Mocks.register("recordAppealOutcomeDelegate", (JavaDelegate) execution -> {
      called.add("answer appeal");
      boolean revoked = "REVOKE".equals(execution.getVariable("appealOutcome"));
      boolean noticeRevoked = revoked && Boolean.TRUE.equals(execution.getVariable("sanctionIsNotice"));
      execution.setVariable("decisionRevoked", revoked);
      execution.setVariable("noticeRevoked", noticeRevoked);
      execution.setVariable("noticeToWithdraw", noticeRevoked && published);
    });
    Mocks.register("closeCaseDelegate", (JavaDelegate) execution -> called.add("close"));
    Mocks.register("closeNotPursuedDelegate", (JavaDelegate) execution -> called.add("close not pursued"));
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("accountability", withVariables("caseId", 1L));
  }

  /** The cadre appeals; the groups named review it, as the appeal endpoint correlates it. */
  void appeal(ProcessInstance pi, String groups) {
    runtimeService().createMessageCorrelation(AccountabilityCaseService.APPEAL_MESSAGE).processInstanceId(pi.getId())
        .setVariable("appealGroups", groups).correlate();
  }

  void reviewAll(ProcessInstance pi) {
    for (String review : List.of("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational")) {
      complete(task(review, pi));
    }
  }

  @Test
  void aConfirmedExemptionEndsTheCase() {
    recommendation = Map.of("exempted", true, "departureNeedsDecision", false, "suspectedDutyCrime", false,
        "decidingGroup", "emergency-management");
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_ConfirmExemption");
    complete(task(pi), withVariables("exemptionConfirmed", "true"));
    assertThat(pi).isEnded().hasPassed("Event_CaseNotPursued");
    assertThat(called).containsExactly("recommend", "close not pursued");
  }

  @Test
  void aRefusedExemptionGoesToTheJointReview() {
    recommendation = Map.of("exempted", true, "departureNeedsDecision", false, "suspectedDutyCrime", false,
        "decidingGroup", "emergency-management");
    ProcessInstance pi = start();
    complete(task(pi), withVariables("exemptionConfirmed", "false"));
    assertThat(pi).isWaitingAt("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational");
  }

  @Test
  void aDepartedCadreIsAskedAboutFirst() {
    recommendation = Map.of("exempted", false, "departureNeedsDecision", true, "suspectedDutyCrime", false,
        "decidingGroup", "emergency-management");
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_DecideWhetherToProceed");
    complete(task(pi), withVariables("proceedAgainstDeparted", "false"));
    assertThat(pi).isEnded().hasPassed("Task_CloseNotPursued");
  }

  @Test
  void aDepartedCadrePursuedGoesToTheJointReview() {
    recommendation = Map.of("exempted", false, "departureNeedsDecision", true, "suspectedDutyCrime", false,
        "decidingGroup", "emergency-management");
    ProcessInstance pi = start();
    complete(task(pi), withVariables("proceedAgainstDeparted", "true"));
    assertThat(pi).isWaitingAt("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational");
  }

  @Test
  void anAppealAgainstANoticeGoesToEmergencyManagement() {
    ProcessInstance pi = start();
    reviewAll(pi);
    complete(task(pi), withVariables("decisionSanction", "NOTICE"));
    complete(task("Task_PublishNotice", pi));
    appeal(pi, "emergency-management");
    assertThat(pi).isWaitingAt("Task_ReviewAppealEm");
    complete(task(pi), withVariables("appealOutcome", "UPHOLD"));
    assertThat(pi).isEnded().hasPassed("Event_CaseClosed").hasNotPassed("Task_WithdrawNotice");
  }

  @Test
  void aNoticeRevokedOnAppealBeforeItIsPublishedIsNotPublished() {
    ProcessInstance pi = start();
    reviewAll(pi);
    complete(task(pi), withVariables("decisionSanction", "NOTICE"));
    appeal(pi, "emergency-management");
    assertThat(pi).isWaitingAt("Task_PublishNotice", "Task_ReviewAppealEm");
    complete(task("Task_ReviewAppealEm", pi), withVariables("appealOutcome", "REVOKE"));
    assertThat(pi).isEnded().hasPassed("Event_NoticeRevoked", "Event_DecisionRevoked").hasNotPassed("Task_WithdrawNotice");
    assertThat(called).containsExactly("recommend", "conclude review", "issue", "answer appeal", "close not pursued");
  }

  @Test
  void aPublishedNoticeRevokedOnAppealIsWithdrawnByACorrectingNotice() {
    ProcessInstance pi = start();
    reviewAll(pi);
    complete(task(pi), withVariables("decisionSanction", "NOTICE"));
    complete(task("Task_PublishNotice", pi));
    appeal(pi, "emergency-management");
    complete(task("Task_ReviewAppealEm", pi), withVariables("appealOutcome", "REVOKE"));
    assertThat(pi).isWaitingAt("Task_WithdrawNotice");
    assertThat(task(pi)).hasCandidateGroup("emergency-management");
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_DecisionRevoked").hasNotPassed("Event_NoticeRevoked");
  }

  @Test
  void aSuspectedDutyCrimeAddsTheReferral() {
    recommendation = Map.of("exempted", false, "departureNeedsDecision", false, "suspectedDutyCrime", true,
        "decidingGroup", "discipline-inspection");
    decidingGroups = List.of("discipline-inspection");
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational",
        "Task_ReferDutyCrime");
    assertThat(task("Task_ReferDutyCrime", pi)).hasCandidateGroup("discipline-inspection");
    reviewAll(pi);
    complete(task("Task_ReferDutyCrime", pi));
    assertThat(pi).isWaitingAt("Task_DecideSanctionDi");
  }

  @Test
  void aNoticeIsPublishedAtOnceAndTheCaseClosesWhenTheAppealWindowEnds() {
    ProcessInstance pi = start();
    reviewAll(pi);
    assertThat(pi).isWaitingAt("Task_DecideSanctionEm");
    complete(task(pi), withVariables("decisionSanction", "NOTICE"));
    assertThat(pi).isWaitingAt("Task_PublishNotice", "Gateway_AwaitAppeal");
    complete(task(pi));
    assertThat(pi).isWaitingAt("Gateway_AwaitAppeal").hasNotPassed("Task_CloseCase");
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("Event_AppealWindowExpired", "Event_CaseClosed");
    assertThat(called).containsExactly("recommend", "conclude review", "issue", "close");
  }

  @Test
  void theCaseWaitsForThePublicationThoughTheWindowEnded() {
    ProcessInstance pi = start();
    reviewAll(pi);
    complete(task(pi), withVariables("decisionSanction", "NOTICE"));
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_PublishNotice").hasNotPassed("Task_CloseCase");
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_CaseClosed");
  }

  @Test
  void whenNoDecidingGroupDecidesAMeasureTheCaseClosesAsNotHeldAccountable() {
    ProcessInstance pi = start();
    reviewAll(pi);
    assertThat(pi).isWaitingAt("Task_DecideSanctionEm");
    complete(task(pi), withVariables("decisionSanction", "NONE"));
    assertThat(pi).isEnded().hasPassed("Task_CloseNotHeldAccountable", "Event_CaseNotHeldAccountable")
        .hasNotPassed("Task_IssueDecisionNotice");
    assertThat(called).containsExactly("recommend", "conclude review", "close not held accountable");
  }

  @Test
  void oneGroupsMeasureIsIssuedThoughAnotherDecidesNone() {
    decidingGroups = List.of("discipline-inspection", "organization");
    ProcessInstance pi = start();
    reviewAll(pi);
    complete(task("Task_DecideSanctionDi", pi), withVariables("decisionSanction", "NONE"));
    complete(task("Task_DecideSanctionOrg", pi), withVariables("decisionSanction", "REMOVAL"));
    assertThat(pi).isWaitingAt("Gateway_AwaitAppeal").hasPassed("Task_IssueDecisionNotice");
  }

  @Test
  void groupsWithProposedMeasuresDecideInParallelAndTheDecisionIsIssuedOnce() {
    decidingGroups = List.of("discipline-inspection", "organization");
    ProcessInstance pi = start();
    reviewAll(pi);
    assertThat(pi).isWaitingAt("Task_DecideSanctionDi", "Task_DecideSanctionOrg");
    complete(task("Task_DecideSanctionDi", pi), withVariables("decisionSanction", "DISCIPLINARY_SANCTION"));
    assertThat(pi).isWaitingAt("Task_DecideSanctionOrg").hasNotPassed("Task_IssueDecisionNotice");
    complete(task("Task_DecideSanctionOrg", pi), withVariables("decisionSanction", "REMOVAL"));
    assertThat(pi).isWaitingAt("Gateway_AwaitAppeal");
    assertThat(called).as("the review concluded once, whichever finished last").containsExactly("recommend", "conclude review", "issue");
  }

  @Test
  void anAppealGoesToEveryGroupWhoseMeasureItContests() {
    decidingGroups = List.of("discipline-inspection", "organization");
    ProcessInstance pi = start();
    reviewAll(pi);
    complete(task("Task_DecideSanctionDi", pi), withVariables("decisionSanction", "DISCIPLINARY_SANCTION"));
    complete(task("Task_DecideSanctionOrg", pi), withVariables("decisionSanction", "REMOVAL"));
    appeal(pi, "discipline-inspection,organization");
    assertThat(pi).isWaitingAt("Task_ReviewAppealDi", "Task_ReviewAppealOrg");
    complete(task("Task_ReviewAppealDi", pi), withVariables("appealOutcome", "UPHOLD"));
    assertThat(pi).isWaitingAt("Task_ReviewAppealOrg");
    complete(task("Task_ReviewAppealOrg", pi), withVariables("appealOutcome", "UPHOLD"));
    assertThat(pi).isEnded().hasPassed("Event_CaseClosed");
  }

  @Test
  void anAppealGoesToTheDecidingGroupAndMayRevoke() {
    decidingGroups = List.of("organization");
    ProcessInstance pi = start();
    reviewAll(pi);
    complete(task(pi), withVariables("decisionSanction", "ADMONISHMENT"));
    appeal(pi, "organization");
    assertThat(pi).isWaitingAt("Task_ReviewAppealOrg");
    complete(task(pi), withVariables("appealOutcome", "REVOKE"));
    assertThat(pi).isEnded().hasPassed("Event_DecisionRevoked").hasNotPassed("Task_PublishNotice");
  }

  @Test
  void newFactsRunTheRulesAgainAndRestartTheReview() {
    ProcessInstance pi = start();
    complete(task("Task_ReviewNotice", pi));
    recommendation = Map.of("exempted", true, "departureNeedsDecision", false, "suspectedDutyCrime", false,
        "decidingGroup", "emergency-management");
    runtimeService().createMessageCorrelation(AccountabilityCaseService.NEW_FACTS_MESSAGE).processInstanceId(pi.getId())
        .correlate();
    assertThat(pi).isWaitingAt("Task_ConfirmExemption");
    assertThat(called).containsExactly("recommend", "recommend");
  }
}
