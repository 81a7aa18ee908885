package cn.gx.safeduty.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every branch of processes/accident-followup.bpmn on a bare engine: the reporting watch level by level,
 * the investigation's deadline and its one extension, the conclusion's cases and the reporting findings,
 * with the accountability process standing in as one that ends at once ({@code AccountabilityRoutingTest}
 * walks its own).
 */
class AccidentFollowUpRoutingTest {

  static final String ENGINE = "accident-followup-routing";
  static final String MODEL = "processes/accident-followup.bpmn";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/accident-followup.bpmn");

  ProcessEngine engine;
  final RoutingEngine routing = new RoutingEngine();
  final List<String> called = new ArrayList<>();
  /** What each judgement of a level finds, in turn: settled or its limit moved on. */
  final Deque<Boolean> settled = new ArrayDeque<>();
  List<String> pendingLevels = List.of();
  List<Long> responsibles = List.of();

  /** Stands in for the accident's reporting limits. */
  public class Reporting {
    public List<String> pendingLevels(Object accidentId) {
      return pendingLevels;
    }

    public Date dueAt(Object accidentId, Object level) {
      return Date.from(Instant.now().plus(2, ChronoUnit.HOURS));
    }
  }

  /** Stands in for the cadres the conclusion or a finding names whose cases are not yet open. */
  public class Cases {
    public List<Long> unopened(Object accidentId) {
      return responsibles;
    }

    public List<Long> unopenedOfFinding(Object findingId) {
      return responsibles;
    }

    public String responsibleLabel(Object responsibleId) {
      return "干部" + responsibleId;
    }
  }

  @BeforeAll
  static void deploy() {
    extension.getProcessEngine().getRepositoryService().createDeployment().addClasspathResource(MODEL)
        .addModelInstance("accountability.bpmn", Bpmn.createExecutableProcess("accountability")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy();
  }

  @BeforeEach
  void standIns() {
    routing.standInStepListener();
    Date due = Date.from(Instant.now().plus(60, ChronoUnit.DAYS));
    Mocks.register("prepareAccidentFollowUpDelegate", RoutingEngine.writing(Map.of("investigationDue", due,
        "investigationExtended", false, "openFindings", 0, "openLevelWatches", 0)));
    Mocks.register("countOpenWorkDelegate", new CountOpenWorkDelegate());
    Mocks.register("setInvestigationDueDelegate", (JavaDelegate) execution -> called.add("set due"));
    Mocks.register("judgeReportingLevelDelegate", (JavaDelegate) execution -> execution.setVariable("levelSettled",
        settled.isEmpty() || settled.pop()));
    Mocks.register("openAccountabilityCaseDelegate", (JavaDelegate) execution -> {
      called.add("open case");
      execution.setVariableLocal("caseId", 1L);
      execution.setVariableLocal("caseNumber", "问责〔2026〕0001");
    });
    Mocks.register("closeAccidentDelegate", (JavaDelegate) execution -> called.add("close"));
    Mocks.register("accidentReporting", new Reporting());
    Mocks.register("accidentCases", new Cases());
  }

  ProcessInstance accident() {
    return engine.getRuntimeService().startProcessInstanceByKey("accident-followup", Map.of("accidentId", 1L));
  }

  Job timer(ProcessInstance pi, String activity) {
    return RoutingEngine.timer(engine, pi, activity);
  }

  void fire(ProcessInstance pi, String activity) {
    engine.getManagementService().executeJob(timer(pi, activity).getId());
  }

  void completeAll(ProcessInstance pi, String taskKey) {
    RoutingEngine.completeAll(engine, pi, taskKey);
  }

  /** Fires one of the activity's timers where several wait (one per level watched). */
  void fireFirst(ProcessInstance pi, String activity) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(pi.getId()).activityId(activity).list().get(0).getId());
  }

  /** As the service starts the watch of each level the grade requires, at the start and after a regrade. */
  void watch(ProcessInstance pi, String level) {
    engine.getRuntimeService().createMessageCorrelation("AccidentLevelWatch").processInstanceId(pi.getId())
        .setVariableToTriggeredScope("reportingLevel", level).correlate();
  }

  void conclude(ProcessInstance pi) {
    engine.getRuntimeService().createMessageCorrelation("AccidentConclusion").processInstanceId(pi.getId()).correlate();
  }

  @Test
  void eachLevelIsJudgedWhenItsLimitEndsAndAgainWhenTheLimitMovesOn() {
    settled.addAll(List.of(false, true));
    ProcessInstance pi = accident();
    watch(pi, "CITY");
    fire(pi, "Event_LevelDue");
    assertThat(pi).isWaitingAt("Event_LevelDue", "Event_InvestigationDue");
    fire(pi, "Event_LevelDue");
    assertThat(timer(pi, "Event_LevelDue")).isNull();
    responsibles = List.of(11L, 12L);
    conclude(pi);
    assertThat(pi).isEnded().hasPassed("Task_CloseAccident");
    assertThat(called).containsExactly("open case", "open case", "close");
  }

  @Test
  void anOverdueInvestigationMayBeExtendedOnceThenIsSupervised() {
    ProcessInstance pi = accident();
    fire(pi, "Event_InvestigationDue");
    assertThat(pi).isWaitingAt("Task_DecideExtension");
    completeAll(pi, "Task_DecideExtension");
    assertThat(pi).isWaitingAt("Event_InvestigationDue");
    engine.getRuntimeService().setVariable(pi.getId(), "investigationExtended", true);
    fire(pi, "Event_InvestigationDue");
    assertThat(pi).isWaitingAt("Task_SuperviseOverdueInvestigation");
    completeAll(pi, "Task_SuperviseOverdueInvestigation");
    assertThat(called).containsExactly("set due", "set due");
    conclude(pi);
    assertThat(pi).isEnded();
  }

  @Test
  void aReportingFindingIsConfirmedOrDismissedAndConfirmedOnesOpenCases() {
    ProcessInstance pi = accident();
    engine.getRuntimeService().createMessageCorrelation("AccidentReportingFinding").processInstanceId(pi.getId())
        .setVariable("findingId", 7L).correlate();
    routing.outcome("Task_ConfirmReportingFailure", Map.of("findingConfirmed", false));
    completeAll(pi, "Task_ConfirmReportingFailure");
    assertThat(pi).hasPassed("Event_FindingDismissed");

    responsibles = List.of(21L);
    engine.getRuntimeService().createMessageCorrelation("AccidentReportingFinding").processInstanceId(pi.getId())
        .setVariable("findingId", 8L).correlate();
    routing.outcome("Task_ConfirmReportingFailure", Map.of("findingConfirmed", true));
    completeAll(pi, "Task_ConfirmReportingFailure");
    completeAll(pi, "Task_AssessReportingResponsibility");
    assertThat(pi).hasPassed("Event_FindingHandled");
    assertThat(called).containsExactly("open case");
  }

  @Test
  void aLevelWatchedAfterARegradeKeepsTheFollowUpOpenUntilItIsSettled() {
    ProcessInstance pi = accident();
    conclude(pi);
    assertThat(pi).isEnded().hasPassed("Event_ReportingSettled");
    settled.add(true);
    ProcessInstance regraded = accident();
    watch(regraded, "CITY");
    watch(regraded, "REGION");
    assertThat(engine.getRuntimeService().getVariable(regraded.getId(), "openLevelWatches")).isEqualTo(2);
    settled.add(true);
    fireFirst(regraded, "Event_LevelDue");
    conclude(regraded);
    assertThat(regraded).isWaitingAt("Event_ReportingSettled", "Event_LevelDue");
    fireFirst(regraded, "Event_LevelDue");
    assertThat(regraded).isEnded().hasPassed("Event_LevelSettled", "Task_CloseAccident");
  }

  @Test
  void aConclusionNamingNoLeaderOpensNoCaseAndClosesOnceTheOpenFindingIsSettled() {
    ProcessInstance pi = accident();
    engine.getRuntimeService().createMessageCorrelation("AccidentReportingFinding").processInstanceId(pi.getId())
        .setVariable("findingId", 9L).correlate();
    conclude(pi);
    assertThat(pi).isWaitingAt("Event_ReportingSettled", "Task_ConfirmReportingFailure");
    assertThat(called).isEmpty();
    routing.outcome("Task_ConfirmReportingFailure", Map.of("findingConfirmed", false));
    completeAll(pi, "Task_ConfirmReportingFailure");
    assertThat(pi).isEnded().hasPassed("Event_ReportingSettled", "Task_CloseAccident");
    assertThat(called).containsExactly("close");
  }

  @Test
  void withNoFindingOpenTheFollowUpClosesAsSoonAsItsCasesHaveClosed() {
    ProcessInstance pi = accident();
    engine.getRuntimeService().createMessageCorrelation("AccidentReportingFinding").processInstanceId(pi.getId())
        .setVariable("findingId", 9L).correlate();
    routing.outcome("Task_ConfirmReportingFailure", Map.of("findingConfirmed", false));
    completeAll(pi, "Task_ConfirmReportingFailure");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "openFindings")).isEqualTo(0);
    responsibles = List.of(31L);
    conclude(pi);
    assertThat(pi).isEnded().hasPassed("Event_ReportingSettled");
    assertThat(called).containsExactly("open case", "close");
  }
}
