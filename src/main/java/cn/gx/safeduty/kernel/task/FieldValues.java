package cn.gx.safeduty.kernel.task;

import java.util.List;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Whether a submitted value has the shape form-js gives the field: text, a number, a yes/no, a list. */
final class FieldValues {

  private FieldValues() {
  }

  static boolean fits(StepForm.Kind kind, Object submitted) {
    if (submitted instanceof ObjectValue) {
      return false;
    }
    if (submitted instanceof JsonValue json) {
      return kind == StepForm.Kind.LIST;
    }
    Object value = submitted instanceof TypedValue typed ? typed.getValue() : submitted;
    if (value == null) {
      return true;
    }
    return switch (kind) {
      case TEXT -> value instanceof String || value instanceof Boolean;
      case NUMBER -> value instanceof Number || value instanceof String;
      case BOOLEAN -> value instanceof Boolean || "true".equals(value) || "false".equals(value);
      case LIST -> value instanceof List<?> || value instanceof String
          || value instanceof SpinJsonNode node && node.isArray();
    };
  }
}
