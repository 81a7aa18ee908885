package cn.gx.safeduty.support;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every routing test class does around its tests: the assertions read its engine, the stand-ins
 * go after each test, and when the class ends every branch of its model must have been walked.
 */
public final class RoutingChecks implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private final String engine;
  private final String model;

  public RoutingChecks(String engine, String model) {
    this.engine = engine;
    this.model = model;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(ProcessEngines.getProcessEngine(engine));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mocks.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    var missing = RoutingEngine.unwalked(engine, model);
    if (!missing.isEmpty()) {
      throw new AssertionError("branches no test walked: " + missing);
    }
  }
}
