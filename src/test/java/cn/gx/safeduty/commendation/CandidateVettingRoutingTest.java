package cn.gx.safeduty.commendation;

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

/** Every branch of processes/candidate-vetting.bpmn on a bare engine. */
@Deployment(resources = "processes/candidate-vetting.bpmn")
class CandidateVettingRoutingTest {

  static final String ENGINE = "candidate-vetting-routing";
  static final String MODEL = "processes/candidate-vetting.bpmn";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/candidate-vetting.bpmn");

  ProcessEngine engine;
  final RoutingEngine routing = new RoutingEngine();

  @BeforeEach
  void standIns() {
    routing.standInStepListener();
  }

  ProcessInstance vetting(boolean restricted) {
    Mocks.register("compileCandidateRecordDelegate", RoutingEngine.writing(Map.of("restricted", restricted)));
    return engine.getRuntimeService().startProcessInstanceByKey("candidate-vetting", Map.of("vettingId", 1L));
  }

  @Test
  void aRestrictedCandidateStopsWithTheOrganisationDepartmentsConclusion() {
    ProcessInstance pi = vetting(true);
    assertThat(pi).isWaitingAt("Task_ConcludeStoppedVetting");
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_VettingStopped").hasNotPassed("Task_GiveOpinion");
  }

  @Test
  void anUnrestrictedCandidateGetsTheOpinionThenTheConclusion() {
    ProcessInstance pi = vetting(false);
    assertThat(pi).isWaitingAt("Task_GiveOpinion");
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_ConcludeVetting");
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_VettingConcluded");
  }
}
