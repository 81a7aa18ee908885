package cn.gx.safeduty.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gx.safeduty.support.EmbeddedAppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every process definition as the supervisor sees it in Cockpit at fit-to-screen, and every collapsed
 * phase drilled into, screenshot to target/screenshots/diagrams/ (docs/diagrams/ keeps copies).
 */
@EmbeddedAppTest
class CockpitDiagramsBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed (CI installs them)");
  }

  @Test
  void everyDefinitionAndPhaseIsDrawnInCockpit() throws Exception {
    List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc().list();
    assertThat(definitions).hasSizeGreaterThan(8);
    Files.createDirectories(Browser.SCREENSHOTS.resolve("diagrams"));
    try (Browser browser = new Browser(port)) {
      browser.login("cockpit", "supervisor");
      for (ProcessDefinition definition : definitions) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[data-element-id='" + definition.getKey() + "'], .djs-container svg .djs-element")));
        browser.visible(By.cssSelector(".djs-container"));
        Thread.sleep(400);
        browser.screenshot("diagrams/" + definition.getKey());
        for (SubProcess collapsed : model.getModelElementsByType(SubProcess.class)) {
          BpmnShape shape = (BpmnShape) model.getModelElementsByType(BpmnShape.class).stream()
              .filter(s -> s.getBpmnElement() == collapsed).findFirst().orElse(null);
          if (shape == null || shape.isExpanded() || !(collapsed.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
            continue;
          }
          browser.click(By.cssSelector(".djs-overlays[data-container-id='" + collapsed.getId() + "'] .bjs-drilldown"));
          Thread.sleep(400);
          assertThat(browser.driver.findElements(By.cssSelector(".bjs-breadcrumbs")).size()).as(collapsed.getId())
              .isPositive();
          browser.screenshot("diagrams/" + definition.getKey() + "-" + collapsed.getId());
          // back to the process plane by the breadcrumbs' first crumb
          browser.click(By.cssSelector(".bjs-breadcrumbs li:first-child .bjs-crumb"));
          browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".bjs-breadcrumbs")));
          Thread.sleep(400);
        }
      }
    }
    assertThat(Files.list(Browser.SCREENSHOTS.resolve("diagrams")).count()).isGreaterThanOrEqualTo(definitions.size());
  }
}
