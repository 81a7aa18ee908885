package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.gx.safeduty.support.RoutingChecks;
import cn.gx.safeduty.support.RoutingEngine;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every branch of processes/meeting-compliance.bpmn on a bare engine. */
@Deployment(resources = "processes/meeting-compliance.bpmn")
class MeetingComplianceRoutingTest {

  static final String ENGINE = "meeting-compliance-routing";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/meeting-compliance.bpmn");

  ProcessEngine engine;
  final RoutingEngine routing = new RoutingEngine();

  final java.util.List<String> ordered = new java.util.ArrayList<>();

  @BeforeEach
  void standIns() {
    routing.standInStepListener();
    Mocks.register("orderFollowUpItemsDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution ->
        ordered.add((String) execution.getVariable("checkedPeriod")));
  }

  ProcessInstance quarterWith(int behind) {
    Mocks.register("findMeetingsBehindDelegate", RoutingEngine.writing(Map.of("behindCount", behind,
        "checkedPeriod", "2026-Q3", "behindLabel", behind == 0 ? "" : "良庆区")));
    return engine.getRuntimeService().startProcessInstanceByKey("meeting-compliance");
  }

  @Test
  void jurisdictionsBehindAreUrged() {
    ProcessInstance pi = quarterWith(2);
    assertThat(pi).isWaitingAt("Task_UrgeMeetings");
    routing.outcome("Task_UrgeMeetings", Map.of("orderItems", false));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_QuarterChecked").hasNotPassed("Task_OrderFollowUpItems");
    assertThat(ordered).isEmpty();
  }

  @Test
  void urgingMayOrderSupervisionItems() {
    ProcessInstance pi = quarterWith(2);
    routing.outcome("Task_UrgeMeetings", Map.of("orderItems", true));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Task_OrderFollowUpItems", "Event_QuarterChecked");
    assertThat(ordered).containsExactly("2026-Q3");
  }

  @Test
  void aQuarterWithNobodyBehindEndsAtOnce() {
    ProcessInstance pi = quarterWith(0);
    assertThat(pi).isEnded().hasNotPassed("Task_UrgeMeetings");
  }
}
