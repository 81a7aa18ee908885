package cn.gx.safeduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * House rules for every model in processes/: file name = process id, lanes named after the
 * departments, every user task with a department as candidate group, a due date and a Chinese
 * Camunda Form that exists in forms/, and a diagram shape for every flow node.
 */
class ProcessModelTest {

  static final Set<String> LANES = Set.of("应急管理部门", "纪检监察机关", "组织部门", "系统（自动处理）");
  static final Set<String> DEPARTMENTS = Set.of("emergency-management", "discipline-inspection", "organization");
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> models() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  static Stream<Path> decisions() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".dmn")).sorted();
  }

  /** Every policy table opens in the DMN engine's parser, its decision id = file name. */
  @ParameterizedTest
  @MethodSource("decisions")
  void decisionTablesParse(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      var parsed = org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine()
          .parseDecisions(in);
      assertThat(parsed).extracting(org.camunda.bpm.dmn.engine.DmnDecision::getKey)
          .contains(file.getFileName().toString().replace(".dmn", ""));
    }
  }

  /** Each model's routing runs on a bare engine in a class of its own, which walks every branch of it. */
  @ParameterizedTest
  @MethodSource("models")
  void hasABareEngineRoutingTest(Path file) throws IOException {
    String model = "\"processes/" + file.getFileName() + "\"";
    try (Stream<Path> tests = Files.walk(Path.of("src/test/java"))) {
      assertThat(tests.filter(t -> t.getFileName().toString().endsWith("RoutingTest.java")).filter(t -> {
        try {
          String text = Files.readString(t);
          return text.contains(model) && text.contains("new RoutingChecks(");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).as(file + " has a routing test").isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void followsTheHouseRules(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
    assertThat(processes).singleElement().satisfies(p -> {
      assertThat(file.getFileName().toString()).isEqualTo(p.getId() + ".bpmn");
      assertThat(p.isExecutable()).isTrue();
    });
    assertThat(model.getModelElementsByType(Lane.class)).isNotEmpty()
        .allSatisfy(lane -> assertThat(LANES).contains(lane.getName()));

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getName()).as(task.getId()).matches(".*\\p{IsHan}.*");
      assertThat(DEPARTMENTS).as(task.getId() + " candidate group").contains(task.getCamundaCandidateGroups());
      assertThat(task.getCamundaDueDate()).as(task.getId() + " due date").isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
      Path form = Path.of("forms", task.getCamundaFormRef() + ".form");
      assertThat(form).as(task.getId() + " form").exists();
      JsonNode schema = JSON.readTree(form.toFile());
      assertThat(schema.get("id").asText()).isEqualTo(task.getCamundaFormRef());
      assertThat(schema.toString()).as(form + " in Chinese").containsPattern("\\p{IsHan}");
      assertThat(schema.toString()).as(form + ": display fields are disabled, as form-js submits readonly ones")
          .doesNotContain("\"readonly\"");
      assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
          .as(task.getId() + " records its step through the shared hook")
          .anySatisfy(listener -> {
            assertThat(listener.getCamundaEvent()).isEqualTo("complete");
            assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${recordTaskStepListener}");
          });
    }

    Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement().getId()).collect(java.util.stream.Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(drawn).as(node.getId() + " has a shape").contains(node.getId());
    }
  }

  /**
   * The accountability diagram reads at a glance in Cockpit (fit to screen): no plane — the process or a
   * drilled-down phase — draws more than about 25 flow nodes, and every user task sits in its own
   * department's lane on the plane that draws it (each phase has the departments' lanes).
   */
  @Test
  void theAccountabilityDiagramReadsAtAGlance() {
    readsAtAGlance("accountability");
  }

  /**
   * Every model reads at fit-to-screen in Cockpit: no plane draws more than 25 flow nodes (a phase is a
   * collapsed subprocess that drills down), and every user task sits in its department's lane on the
   * plane that draws it.
   */
  @Test
  void everyDiagramReadsAtAGlance() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        readsAtAGlance(model.getFileName().toString().replace(".bpmn", ""));
      }
    }
  }

  static void readsAtAGlance(String processId) {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", processId + ".bpmn").toFile());
    for (var plane : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane.class)) {
      long nodes = plane.getDiagramElements().stream().filter(BpmnShape.class::isInstance)
          .map(shape -> ((BpmnShape) shape).getBpmnElement()).filter(FlowNode.class::isInstance).count();
      assertThat(nodes).as(processId + " " + plane.getBpmnElement().getId() + ": flow nodes drawn").isBetween(1L, 25L);
    }
    java.util.Map<String, String> laneOf = java.util.Map.of("emergency-management", "应急管理部门",
        "discipline-inspection", "纪检监察机关", "organization", "组织部门");
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      List<Lane> lanes = model.getModelElementsByType(Lane.class).stream()
          .filter(lane -> lane.getFlowNodeRefs().contains(task)).toList();
      assertThat(lanes).as(processId + " " + task.getId() + " in one lane").singleElement().satisfies(lane -> {
        assertThat(lane.getName()).as(task.getId()).isEqualTo(laneOf.get(task.getCamundaCandidateGroups()));
        assertThat(lane.getParentElement().getParentElement()).as(task.getId() + ": the lanes of the plane drawing it")
            .isEqualTo(drawnIn(task));
      });
    }
  }

  /** The container whose plane draws a node: its nearest enclosing process or subprocess that has lanes. */
  static org.camunda.bpm.model.xml.instance.ModelElementInstance drawnIn(FlowNode node) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance at = node.getParentElement();
    while (at instanceof org.camunda.bpm.model.bpmn.instance.SubProcess
        && at.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.LaneSet.class).isEmpty()) {
      at = at.getParentElement();
    }
    return at;
  }

  /** The task ids the step rules switch on are the user tasks of their models, no more and no fewer. */
  @Test
  void taskConstantsNameTheModelsUserTasks() {
    assertThat(userTaskIds("proposal-intake")).isEmpty();
  }

  static Set<String> userTaskIds(String processId) {
    return Bpmn.readModelFromFile(Path.of("processes", processId + ".bpmn").toFile())
        .getModelElementsByType(UserTask.class).stream().map(UserTask::getId)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** The choices the forms offer are the codes the rules read: every kind of 处分, and only known sanctions. */
  @Test
  void formChoicesAreTheCodes() throws IOException {
    java.util.Set<String> kinds = java.util.Arrays.stream(cn.gx.safeduty.accountability.DisciplinaryKind.values())
        .map(Enum::name).collect(java.util.stream.Collectors.toSet());
    java.util.Set<String> sanctions = java.util.Arrays.stream(cn.gx.safeduty.accountability.Sanction.values())
        .map(Enum::name).collect(java.util.stream.Collectors.toSet());
    int checked = 0;
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        for (JsonNode select : JSON.readTree(form.toFile()).findParents("key")) {
          String key = select.get("key").asText();
          java.util.Set<String> offered = new java.util.HashSet<>(select.path("values").findValuesAsText("value"));
          if (key.endsWith("DisciplinaryKind") || key.equals("disciplinaryKind")) {
            assertThat(offered).as(form + " " + key).isEqualTo(kinds);
            checked++;
          } else if (key.equals("partyDisciplineKind") || key.equals("governmentSanctionKind")) {
            // the decision form offers each category on its own: 党纪处分 kinds, 政务处分 kinds
            assertThat(offered).as(form + " " + key).isNotEmpty().allSatisfy(kind -> assertThat(kinds).contains(kind));
            assertThat(offered).as(form + " " + key).allSatisfy(kind -> assertThat(
                cn.gx.safeduty.accountability.DisciplinaryKind.valueOf(kind).partyDiscipline())
                .isEqualTo(key.equals("partyDisciplineKind")));
            checked++;
          } else if (key.endsWith("Sanction") || key.equals("decisionSanction") || key.equals("decisionMeasures")) {
            offered.remove("NONE");
            assertThat(sanctions).as(form + " " + key).containsAll(offered);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(6);
  }

  /**
   * The forms speak as the regulation does: no internal ladder numbers (第N档), no promise that a measure
   * outside the department's authority goes elsewhere (it is refused), 当事人 rather than 被问责干部 (no
   * decision yet), and 批评教育 never offered as one of Art 21's measures; nor do the labels the rules write.
   */
  @Test
  void formsSpeakAsTheRegulationDoes() throws IOException {
    java.util.regex.Pattern ladder = java.util.regex.Pattern.compile("第[0-9０-９]+档");
    int forms = 0;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        String text = Files.readString(form);
        assertThat(ladder.matcher(text).find()).as(form + ": a ladder number").isFalse();
        assertThat(text).as(form.toString()).doesNotContain("将转有权部门", "被问责干部");
        for (JsonNode field : JSON.readTree(form.toFile()).findParents("values")) {
          if (field.path("label").asText().contains("第二十一条")) {
            assertThat(field.get("values").findValuesAsText("value")).as(form + " " + field.path("key").asText())
                .doesNotContain("CRITICISM_EDUCATION");
          }
        }
        forms++;
      }
    }
    assertThat(forms).isGreaterThan(30);
    var recommendation = new cn.gx.safeduty.accountability.Recommendation(false, 2, 3, 3,
        cn.gx.safeduty.accountability.Sanction.SUSPENSION, "organization", true,
        cn.gx.safeduty.kernel.casework.Mitigation.LIGHTER, true, false, java.util.List.of("20(3)", "23"));
    String label = cn.gx.safeduty.accountability.CaseLabels.recommendation(recommendation, false);
    assertThat(ladder.matcher(label).find()).as(label).isFalse();
    assertThat(label).contains("诫勉至停职检查").doesNotContain("审查人");
  }
}
