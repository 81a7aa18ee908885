package cn.gx.safeduty.assessment;

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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every branch of processes/performance-assessment.bpmn on a bare engine: each assessee's grade, set
 * by the grading stand-in as the rules would, sends it to the Art 18 proposal, the Art 19 review or on.
 */
@Deployment(resources = "processes/performance-assessment.bpmn")
class PerformanceAssessmentRoutingTest {

  static final String ENGINE = "performance-assessment-routing";
  static final String MODEL = "processes/performance-assessment.bpmn";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/performance-assessment.bpmn");

  ProcessEngine engine;
  final RoutingEngine routing = new RoutingEngine();
  final List<String> called = new ArrayList<>();
  /** Each assessee's grade and whether it is a member (not the team), by assessee id. */
  Map<Long, Map<String, Object>> grades = Map.of();

  /** Stands in for the targets and assessees of the cycle. */
  public static class Targets {
    final Map<Long, List<Long>> assessees;

    Targets(Map<Long, List<Long>> assessees) {
      this.assessees = assessees;
    }

    public List<Long> targets(Object cycleId) {
      return assessees.keySet().stream().sorted().toList();
    }

    public List<Long> assessees(Object targetId) {
      return assessees.get(((Number) targetId).longValue());
    }
  }

  @BeforeEach
  void standIns() {
    routing.standInStepListener();
    for (String delegate : List.of("prepareAssesseeDelegate", "gatherEvidenceDelegate", "summarizeTargetResultsDelegate",
        "summarizeCycleResultsDelegate", "openAssessmentCasesDelegate")) {
      Mocks.register(delegate, (JavaDelegate) execution -> called.add(delegate));
    }
    Mocks.register("gradeAssesseeDelegate", (JavaDelegate) execution -> execution.setVariables(
        grades.get(((Number) execution.getVariable("assesseeId")).longValue())));
  }

  ProcessInstance cycle(Map<Long, List<Long>> assessees) {
    Mocks.register("assessmentTargets", new Targets(assessees));
    return engine.getRuntimeService().startProcessInstanceByKey("performance-assessment", Map.of("cycleId", 1L));
  }

  void completeAll(ProcessInstance pi, String taskKey) {
    RoutingEngine.completeAll(engine, pi, taskKey);
  }

  static Map<String, Object> grade(String grade, boolean member) {
    return Map.of("grade", grade, "member", member);
  }

  @Test
  void eachGradeTakesItsOwnWayAndTheCycleIsPublishedOnce() {
    grades = Map.of(1L, grade("EXCELLENT", true), 2L, grade("EXCELLENT", false), 3L, grade("QUALIFIED", true),
        4L, grade("UNQUALIFIED", true));
    ProcessInstance pi = cycle(Map.of(10L, List.of(1L, 2L), 20L, List.of(3L, 4L)));
    completeAll(pi, "Task_RecordDutyReport");
    completeAll(pi, "Task_ScoreAssessee");
    assertThat(pi).isWaitingAt("Task_DecideProposal", "Task_ReviewFailures");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_DecideProposal").count())
        .as("the excellent team gets no proposal").isEqualTo(1);
    completeAll(pi, "Task_DecideProposal");
    routing.outcome("Task_ReviewFailures", Map.of("caseToOpen", true));
    completeAll(pi, "Task_ReviewFailures");
    completeAll(pi, "Task_LinkResults");
    assertThat(pi).isWaitingAt("Task_PublishResults");
    completeAll(pi, "Task_PublishResults");
    assertThat(pi).isEnded().hasPassed("Event_ResultsPublished");
    assertThat(called).containsOnlyOnce("summarizeCycleResultsDelegate", "openAssessmentCasesDelegate");
  }

  @Test
  void aFailingGradeReviewedWithoutACaseGoesOn() {
    grades = Map.of(5L, grade("UNQUALIFIED", false));
    ProcessInstance pi = cycle(Map.of(30L, List.of(5L)));
    completeAll(pi, "Task_RecordDutyReport");
    completeAll(pi, "Task_ScoreAssessee");
    routing.outcome("Task_ReviewFailures", Map.of("caseToOpen", false));
    completeAll(pi, "Task_ReviewFailures");
    assertThat(pi).isWaitingAt("Task_LinkResults").hasNotPassed("Task_OpenAssessmentCases");
  }
}
