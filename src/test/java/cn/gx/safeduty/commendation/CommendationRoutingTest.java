package cn.gx.safeduty.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.gx.safeduty.support.RoutingChecks;
import cn.gx.safeduty.support.RoutingEngine;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every branch of processes/commendation.bpmn on a bare engine, with stand-ins for the nomination's service. */
@Deployment(resources = "processes/commendation.bpmn")
class CommendationRoutingTest {

  static final String ENGINE = "commendation-routing";
  static final String MODEL = "processes/commendation.bpmn";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/commendation.bpmn");

  ProcessEngine engine;
  final RoutingEngine routing = new RoutingEngine();
  final List<String> called = new ArrayList<>();
  /** What each eligibility check finds, in turn: at nomination, then after the notice. */
  final Deque<Boolean> eligibility = new ArrayDeque<>();

  @BeforeEach
  void standIns() {
    routing.standInStepListener();
    Mocks.register("checkEligibilityDelegate", (JavaDelegate) execution -> {
      called.add("check");
      execution.setVariable("eligible", eligibility.isEmpty() || eligibility.pop());
    });
    Mocks.register("startNoticeDelegate", RoutingEngine.writing(Map.of("noticeEndsAt",
        Date.from(Instant.now().plus(7, ChronoUnit.DAYS)))));
    Mocks.register("grantAwardDelegate", (JavaDelegate) execution -> called.add("grant"));
  }

  ProcessInstance nominate(boolean notice) {
    return engine.getRuntimeService().startProcessInstanceByKey("commendation",
        Map.of("commendationId", 1L, "noticeRequired", notice));
  }

  void reviewPassed(ProcessInstance pi) {
    routing.outcome("Task_ReviewSafetyRecord", Map.of("reviewPassed", true));
    complete(task(pi));
  }

  void objection(ProcessInstance pi) {
    engine.getRuntimeService().createMessageCorrelation("CommendationObjection").processInstanceId(pi.getId())
        .correlate();
  }

  @Test
  void anIneligibleNomineeStopsAtOnce() {
    eligibility.push(false);
    assertThat(nominate(true)).isEnded().hasPassed("Event_Ineligible");
  }

  @Test
  void aFailedReviewEnds() {
    ProcessInstance pi = nominate(true);
    routing.outcome("Task_ReviewSafetyRecord", Map.of("reviewPassed", false));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_ReviewFailed");
  }

  @Test
  void withoutANoticeTheDecisionIsRecordedAndTheAwardGranted() {
    ProcessInstance pi = nominate(false);
    reviewPassed(pi);
    assertThat(pi).isWaitingAt("Task_RecordDecision").hasNotPassed("Task_StartNotice");
    routing.outcome("Task_RecordDecision", Map.of("awarded", true));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Task_GrantAward");
    assertThat(called).containsExactly("check", "check", "grant");
  }

  @Test
  void afterTheNoticeTheNomineeIsCheckedAgainAndMayNoLongerBeEligible() {
    eligibility.addAll(List.of(true, false));
    ProcessInstance pi = nominate(true);
    reviewPassed(pi);
    assertThat(pi).isWaitingAt("Event_NoticeEnds");
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("Event_NoLongerEligible");
  }

  @Test
  void aDismissedObjectionLeavesTheNoticeRunningAndADecisionNotToAwardEnds() {
    ProcessInstance pi = nominate(true);
    reviewPassed(pi);
    objection(pi);
    routing.outcome("Task_VerifyObjection", Map.of("substantiated", false));
    complete(task(pi));
    assertThat(pi).isWaitingAt("Event_NoticeEnds").hasPassed("Event_ObjectionDismissed");
    execute(job(pi));
    routing.outcome("Task_RecordDecision", Map.of("awarded", false));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_NotAwarded").hasNotPassed("Task_GrantAward");
  }

  @Test
  void anUpheldObjectionEndsTheNomination() {
    ProcessInstance pi = nominate(true);
    reviewPassed(pi);
    objection(pi);
    routing.outcome("Task_VerifyObjection", Map.of("substantiated", true));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_StoppedByObjection").hasNotPassed("Task_RecordDecision");
  }
}
