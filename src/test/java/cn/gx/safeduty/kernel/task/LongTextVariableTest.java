package cn.gx.safeduty.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A text longer than the engine's text column — as the results of a city with a dozen counties are
 * — is kept whole, read back as a String in the runtime and the history, and short texts are stored
 * as before. Without {@link LongTextSerializer} the first write fails on the column's length.
 */
@EmbeddedAppTest
class LongTextVariableTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void aTextLongerThanTheColumnIsKeptWholeAndStaysAString() {
    engine.getRepositoryService().createDeployment().addModelInstance("long-text.bpmn",
        Bpmn.createExecutableProcess("longTextCheck").startEvent().userTask("Task_Read").endEvent().done()).deploy();
    String longText = "兴宁区：考核结果优秀。".repeat(1_000);
    String shortText = "短文本";
    String id = engine.getRuntimeService().startProcessInstanceByKey("longTextCheck",
        Map.of("results", longText, "typed", Variables.stringValue(longText + "！"), "label", shortText)).getId();

    var results = engine.getRuntimeService().getVariableTyped(id, "results");
    assertThat(results.getType()).isEqualTo(ValueType.STRING);
    assertThat(results.getValue()).isEqualTo(longText);
    assertThat(engine.getRuntimeService().getVariable(id, "typed")).isEqualTo(longText + "！");
    var history = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName("results").singleResult();
    assertThat(history.getValue()).isEqualTo(longText);
    assertThat(history.getTypeName()).isEqualTo("string");
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(id).variableName("label")
        .singleResult().getTypeName()).isEqualTo("string");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("label", shortText).count())
        .as("short texts are still searchable").isOne();

    engine.getRuntimeService().setVariable(id, "results", shortText);
    assertThat(engine.getRuntimeService().getVariable(id, "results")).isEqualTo(shortText);
    engine.getRuntimeService().deleteProcessInstance(id, "checked");
  }
}
