package cn.gx.safeduty.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The typed reader of form submissions and the reading of a form's editable fields, without an engine. */
class FormFieldsTest {

  enum Colour {
    RED, GREEN
  }

  static FormFields fields(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return FormFields.of(map);
  }

  @Test
  void textIsTrimmedAndBlankIsAbsent() {
    assertThat(fields("a", "  意见 ").text("a")).isEqualTo("意见");
    assertThat(fields("a", "   ").text("a")).isNull();
    assertThat(fields().text("a")).isNull();
    assertThatThrownBy(() -> fields("a", " ").requiredText("a", "须填写意见"))
        .isInstanceOf(StepRefusedException.class).hasMessage("须填写意见");
  }

  @Test
  void flagsAreBooleansOrTheirText() {
    assertThat(fields("f", "true").flag("f", "是否")).isTrue();
    assertThat(fields("f", false).flag("f", "是否")).isFalse();
    assertThatThrownBy(() -> fields("f", "yes").flag("f", "是否同意")).hasMessage("请选择是否同意");
    assertThatThrownBy(() -> fields().flag("f", "是否同意")).hasMessage("请选择是否同意");
  }

  @Test
  void choicesAreEnumCodes() {
    assertThat(fields("c", "RED").choice("c", Colour.class, "颜色")).isEqualTo(Colour.RED);
    assertThat(fields().optionalChoice("c", Colour.class, "颜色")).isNull();
    assertThatThrownBy(() -> fields("c", "BLUE").choice("c", Colour.class, "颜色")).hasMessage("颜色无效：BLUE");
    assertThatThrownBy(() -> fields().choice("c", Colour.class, "颜色")).hasMessage("请选择颜色");
  }

  @Test
  void wholeNumbersRefuseFractionsAndText() {
    assertThat(fields("n", 30).wholeNumber("n", "天数")).isEqualTo(30L);
    assertThat(fields("n", "12").wholeNumber("n", "天数")).isEqualTo(12L);
    assertThat(fields("n", 2.0).wholeNumber("n", "天数")).isEqualTo(2L);
    assertThatThrownBy(() -> fields("n", 1.5).wholeNumber("n", "天数")).hasMessage("天数须为整数");
    assertThatThrownBy(() -> fields("n", "十").wholeNumber("n", "天数")).hasMessage("天数须为整数");
  }

  @Test
  void idsComeFromJsonArraysListsOrText() {
    assertThat(fields("ids", Spin.JSON("[\"1\", 2]")).ids("ids", "干部编号")).containsExactly(1L, 2L);
    assertThat(fields("ids", List.of(3, "4")).ids("ids", "干部编号")).containsExactly(3L, 4L);
    assertThat(fields("ids", "5, 6").ids("ids", "干部编号")).containsExactly(5L, 6L);
    assertThatThrownBy(() -> fields("ids", Spin.JSON("[1.5]")).ids("ids", "干部编号")).hasMessage("干部编号无效：1.5");
  }

  @Test
  void aSerializedObjectNeverReachesARule() {
    FormFields f = FormFields.of(Map.of("x", Variables.serializedObjectValue("{}")
        .serializationDataFormat("application/json").objectTypeName("java.net.URL").create()));
    assertThatThrownBy(() -> f.text("x")).isInstanceOf(StepRefusedException.class).hasMessageContaining("类型无效");
  }

  @Test
  void aFormsEditableFieldsAreItsEnabledInputs() {
    String form = """
        {"components": [
          {"type": "text", "text": "说明"},
          {"type": "textfield", "key": "caseNumber", "disabled": true},
          {"type": "textfield", "key": "legacyDisplay", "readonly": true},
          {"type": "group", "components": [
            {"type": "textarea", "key": "opinion"},
            {"type": "number", "key": "days"},
            {"type": "checklist", "key": "cadres"},
            {"type": "button", "key": "submit"}
          ]}
        ]}""";
    StepForm parsed = StepForm.parse(new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)));
    assertThat(parsed.fieldNames()).containsExactlyInAnyOrder("opinion", "days", "cadres");
    assertThat(parsed.kind("days")).isEqualTo(StepForm.Kind.NUMBER);
    assertThat(FieldValues.fits(StepForm.Kind.TEXT, "意见")).isTrue();
    assertThat(FieldValues.fits(StepForm.Kind.TEXT, java.util.Map.of())).isFalse();
    assertThat(FieldValues.fits(StepForm.Kind.NUMBER, 3)).isTrue();
    assertThat(FieldValues.fits(StepForm.Kind.LIST, List.of(1))).isTrue();
  }
}
