package cn.gx.safeduty.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.RoutingChecks;
import cn.gx.safeduty.support.RoutingEngine;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/proposal-intake.bpmn on a bare engine: each hour's timer takes up the pending proposals once. */
@Deployment(resources = "processes/proposal-intake.bpmn")
class ProposalIntakeRoutingTest {

  static final String ENGINE = "proposal-intake-routing";
  static final String MODEL = "processes/proposal-intake.bpmn";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(RoutingEngine.build(ENGINE)).build();

  @RegisterExtension
  static RoutingChecks checks = new RoutingChecks(ENGINE, "processes/proposal-intake.bpmn");

  ProcessEngine engine;
  final List<String> called = new ArrayList<>();

  @Test
  void theHourlyTimerTakesUpTheProposalsAndEnds() {
    Mocks.register("takeUpProposalsDelegate", (JavaDelegate) execution -> called.add("take up"));
    Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
    assertThat(timer).as("the hourly start timer").isNotNull();
    engine.getManagementService().executeJob(timer.getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("proposal-intake")
        .finished().count()).isEqualTo(1);
    assertThat(called).containsExactly("take up");
    assertThat(engine.getManagementService().createJobQuery().timers().count()).as("the next hour's timer").isEqualTo(1);
  }
}
