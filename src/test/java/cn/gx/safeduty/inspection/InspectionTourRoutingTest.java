package cn.gx.safeduty.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gx.safeduty.support.RoutingChecks;
import cn.gx.safeduty.support.RoutingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every branch of processes/inspection-tour.bpmn on a bare engine, the supervision items it orders
 * standing in as a process that ends at once (their own routing is {@link SupervisionItemRoutingTest}).
 */
class InspectionTourRoutingTest {

  static final String ENGINE = "inspection-tour-routing";
  static final String MODEL = "processes/inspection-tour.bpmn";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/inspection-tour.bpmn");

  ProcessEngine engine;
  final RoutingEngine routing = new RoutingEngine();
  final List<String> called = new ArrayList<>();
  /** Per target: whether rectifications are ordered and whether the rating names leaders. */
  Map<Long, Map<String, Object>> targets = Map.of();

  /** Stands in for the tour's targets and the items they were ordered. */
  public static class TourTargets {
    final Map<Long, Map<String, Object>> targets;

    TourTargets(Map<Long, Map<String, Object>> targets) {
      this.targets = targets;
    }

    public List<Long> ids(Object tourId) {
      return targets.keySet().stream().sorted().toList();
    }

    public List<Long> rectifications(Object targetId) {
      return List.of(((Number) targetId).longValue() * 100);
    }

    public String itemNumber(Object itemId) {
      return "督办〔2026〕" + itemId;
    }
  }

  @BeforeAll
  static void deploy() {
    ProcessEngine engine = extension.getProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource(MODEL)
        .addModelInstance("supervision-item.bpmn", Bpmn.createExecutableProcess("supervision-item")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy();
  }

  @BeforeEach
  void standIns() {
    routing.standInStepListener();
    for (String delegate : List.of("startTourDelegate", "cancelTourDelegate", "notifyTargetDelegate",
        "openDutyFailureCasesDelegate", "completeTourDelegate")) {
      Mocks.register(delegate, (JavaDelegate) execution -> called.add(delegate));
    }
    Mocks.register("orderRectificationsDelegate", (JavaDelegate) execution -> execution.setVariable(
        "rectificationsOrdered", targets.get(((Number) execution.getVariable("targetId")).longValue())
            .get("rectificationsOrdered")));
    Mocks.register("rateTargetDelegate", (JavaDelegate) execution -> execution.setVariable("leadersNamed",
        targets.get(((Number) execution.getVariable("targetId")).longValue()).get("leadersNamed")));
  }

  ProcessInstance tour(boolean approvalRequired, Map<Long, Map<String, Object>> targets) {
    this.targets = targets;
    Mocks.register("tourTargets", new TourTargets(targets));
    return engine.getRuntimeService().startProcessInstanceByKey("inspection-tour",
        Map.of("tourId", 1L, "planApprovalRequired", approvalRequired));
  }

  void completeAll(ProcessInstance pi, String taskKey) {
    RoutingEngine.completeAll(engine, pi, taskKey);
  }

  @Test
  void aRefusedPlanCancelsTheTour() {
    ProcessInstance pi = tour(true, Map.of(1L, Map.of()));
    assertThat(pi).isWaitingAt("Task_ApproveTourPlan");
    routing.outcome("Task_ApproveTourPlan", Map.of("planApproved", false));
    completeAll(pi, "Task_ApproveTourPlan");
    assertThat(pi).isEnded().hasPassed("Event_TourCancelled");
    assertThat(called).containsExactly("cancelTourDelegate");
  }

  @Test
  void anApprovedPlanRunsEveryTargetThroughFindingsRectificationsAndMarks() {
    ProcessInstance pi = tour(true, Map.of(
        1L, Map.of("rectificationsOrdered", true, "leadersNamed", true),
        2L, Map.of("rectificationsOrdered", false, "leadersNamed", false)));
    routing.outcome("Task_ApproveTourPlan", Map.of("planApproved", true));
    completeAll(pi, "Task_ApproveTourPlan");
    completeAll(pi, "Task_InspectOnSite");
    routing.outcome("Task_RecordFinding", Map.of("moreFindings", true));
    completeAll(pi, "Task_RecordFinding");
    routing.outcome("Task_RecordFinding", Map.of("moreFindings", false));
    completeAll(pi, "Task_RecordFinding");
    assertThat(pi).isWaitingAt("Task_MarkLeaders", "Task_FileTargetResults");
    routing.outcome("Task_MarkLeaders", Map.of("leadersMarked", true));
    completeAll(pi, "Task_MarkLeaders");
    engine.getRuntimeService().createMessageCorrelation(TargetInspection.LEADERS_MARKED_MESSAGE)
        .processInstanceId(pi.getId()).correlate();
    completeAll(pi, "Task_NoteMarkedLeaders");
    completeAll(pi, "Task_FileTargetResults");
    assertThat(pi).isEnded().hasPassed("Task_CompleteTour", "Event_CopyNoted");
    assertThat(called).containsOnlyOnce("openDutyFailureCasesDelegate", "completeTourDelegate");
  }

  @Test
  void withoutApprovalTheTourStartsAndLeadersNotMarkedGetNoCase() {
    ProcessInstance pi = tour(false, Map.of(3L, Map.of("rectificationsOrdered", false, "leadersNamed", true)));
    assertThat(pi).isWaitingAt("Task_InspectOnSite").hasNotPassed("Task_ApproveTourPlan");
    completeAll(pi, "Task_InspectOnSite");
    routing.outcome("Task_RecordFinding", Map.of("moreFindings", false));
    completeAll(pi, "Task_RecordFinding");
    routing.outcome("Task_MarkLeaders", Map.of("leadersMarked", false));
    completeAll(pi, "Task_MarkLeaders");
    completeAll(pi, "Task_FileTargetResults");
    assertThat(pi).isEnded().hasNotPassed("Task_OpenDutyFailureCases");
  }
}
