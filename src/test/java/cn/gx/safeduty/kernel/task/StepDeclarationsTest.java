package cn.gx.safeduty.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each process's user tasks are declared once and held against the models and forms as deployed:
 * every user task of a model declared, every declaration a user task of its model, every field a
 * declaration reads a field its task's form submits.
 */
@EmbeddedAppTest
class StepDeclarationsTest {

  @Autowired
  List<StepDeclarations> declarations;

  @Test
  void everyUserTaskIsDeclaredOnceAgainstItsModelAndForm() throws IOException {
    Map<String, StepDeclarations> byProcess = declarations.stream()
        .collect(Collectors.toMap(StepDeclarations::processKey, d -> d));
    Set<String> models = new TreeSet<>();
    try (var files = Files.list(Path.of("processes"))) {
      files.filter(f -> f.toString().endsWith(".bpmn")).forEach(f -> models.add(f.getFileName().toString()
          .replace(".bpmn", "")));
    }
    assertThat(models).as("every declaration is of a model").containsAll(byProcess.keySet());
    for (String process : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", process + ".bpmn").toFile());
      Map<String, UserTask> tasks = model.getModelElementsByType(UserTask.class).stream()
          .collect(Collectors.toMap(UserTask::getId, t -> t));
      if (tasks.isEmpty()) {
        continue;
      }
      StepDeclarations declared = byProcess.get(process);
      assertThat(declared).as(process + " declares its user tasks").isNotNull();
      Map<String, Step<?, ?>> steps = declared.steps().stream().collect(Collectors.toMap(Step::taskKey, s -> s));
      assertThat(steps.keySet()).as(process + ": declarations = user tasks").isEqualTo(tasks.keySet());
      for (Step<?, ?> step : declared.steps()) {
        UserTask task = tasks.get(step.taskKey());
        StepForm form = StepForm.parse(new FileInputStream(Path.of("forms", task.getCamundaFormRef() + ".form")
            .toFile()));
        assertThat(form.fieldNames()).as(process + " " + step.taskKey() + " reads only its form's fields")
            .containsAll(step.fields());
      }
    }
  }
}
