package cn.gx.safeduty.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.gx.safeduty.support.RoutingChecks;
import cn.gx.safeduty.support.RoutingEngine;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every branch of processes/supervision-item.bpmn on a bare engine, with stand-ins for the item's service. */
@Deployment(resources = "processes/supervision-item.bpmn")
class SupervisionItemRoutingTest {

  static final String ENGINE = "supervision-item-routing";
  static final String MODEL = "processes/supervision-item.bpmn";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/supervision-item.bpmn");

  ProcessEngine engine;
  final RoutingEngine routing = new RoutingEngine();
  final List<String> called = new ArrayList<>();

  @BeforeEach
  void standIns() {
    routing.standInStepListener();
    Date near = Date.from(Instant.now().plus(3, ChronoUnit.DAYS));
    Date due = Date.from(Instant.now().plus(6, ChronoUnit.DAYS));
    Mocks.register("prepareSupervisionItemDelegate", RoutingEngine.writing(Map.of("reminderAt", near, "deadlineAt", due)));
    Mocks.register("remindRectificationDelegate", (JavaDelegate) execution -> called.add("remind"));
    Mocks.register("markItemOverdueDelegate", (JavaDelegate) execution -> called.add("overdue"));
    Mocks.register("openItemCasesDelegate", (JavaDelegate) execution -> called.add("cases"));
  }

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("supervision-item", Map.of("itemId", 1L));
  }

  Job timer(ProcessInstance pi, String activity) {
    return RoutingEngine.timer(engine, pi, activity);
  }

  @Test
  void anItemDoneInTimeEnds() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_VerifyRectification");
    routing.outcome("Task_VerifyRectification", Map.of("rectificationResult", "DONE", "leadersNamed", false));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_ItemDone").hasNotPassed("Task_MarkItemLeaders");
    assertThat(called).isEmpty();
  }

  /** Art 19: done only after its deadline passed, an item outside a tour still leads to marked leaders and cases. */
  @Test
  void anItemDoneLateGoesToMarkingAndEndsDone() {
    ProcessInstance pi = start();
    routing.outcome("Task_VerifyRectification", Map.of("rectificationResult", "DONE", "leadersNamed", true));
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_MarkItemLeaders");
    routing.outcome("Task_MarkItemLeaders", Map.of("leadersMarked", true));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Task_OpenItemCases", "Event_ItemDone").hasNotPassed("Event_ItemNotDone");
    assertThat(called).containsExactly("cases");
  }

  @Test
  void theDeadlineNearRemindsAndThePassedDeadlineMarksAndUrgesWhileVerificationWaits() {
    ProcessInstance pi = start();
    execute(timer(pi, "Event_DeadlineNear"));
    execute(timer(pi, "Event_DeadlinePassed"));
    assertThat(pi).isWaitingAt("Task_VerifyRectification", "Task_UrgeOverdueItem");
    assertThat(called).containsExactly("remind", "overdue");
    complete(task("Task_UrgeOverdueItem", pi));
    assertThat(pi).isWaitingAt("Task_VerifyRectification");
  }

  @Test
  void aReorderedItemRunsAnotherRound() {
    ProcessInstance pi = start();
    routing.outcome("Task_VerifyRectification", Map.of("rectificationResult", "NOT_DONE", "reordered", true));
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_VerifyRectification");
    routing.outcome("Task_VerifyRectification", Map.of("rectificationResult", "DONE", "leadersNamed", false));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_ItemDone");
  }

  @Test
  void anItemNotDoneWithNoLeaderNamedEndsNotDone() {
    ProcessInstance pi = start();
    routing.outcome("Task_VerifyRectification", Map.of("rectificationResult", "NOT_DONE", "reordered", false,
        "leadersNamed", false));
    complete(task(pi));
    assertThat(pi).isEnded().hasPassed("Event_ItemNotDone").hasNotPassed("Task_MarkItemLeaders");
  }

  @Test
  void leadersMarkedGetCasesAndLeadersNotMarkedDoNot() {
    ProcessInstance marked = start();
    routing.outcome("Task_VerifyRectification", Map.of("rectificationResult", "NOT_DONE", "reordered", false,
        "leadersNamed", true));
    complete(task(marked));
    assertThat(marked).isWaitingAt("Task_MarkItemLeaders");
    routing.outcome("Task_MarkItemLeaders", Map.of("leadersMarked", true));
    complete(task(marked));
    assertThat(marked).isEnded().hasPassed("Task_OpenItemCases", "Event_ItemNotDone");
    assertThat(called).containsExactly("cases");

    ProcessInstance notMarked = start();
    complete(task(notMarked));
    routing.outcome("Task_MarkItemLeaders", Map.of("leadersMarked", false));
    complete(task(notMarked));
    assertThat(notMarked).isEnded().hasNotPassed("Task_OpenItemCases");
  }
}
