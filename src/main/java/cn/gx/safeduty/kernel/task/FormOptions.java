package cn.gx.safeduty.kernel.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The choices a form-js select or checklist offers through {@code valuesKey}: a JSON variable of
 * {@code [{label, value}]} set by SafeDuty's own code, so a step offers only what its rules accept.
 */
public final class FormOptions {

  public record Option(String label, String value) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormOptions() {
  }

  public static TypedValue of(List<Option> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One option per item, labelled and valued by the functions given. */
  public static <T> TypedValue of(List<T> items, java.util.function.Function<T, String> label,
      java.util.function.Function<T, String> value) {
    return of(items.stream().map(i -> new Option(label.apply(i), value.apply(i))).toList());
  }
}
