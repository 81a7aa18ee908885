package cn.gx.safeduty.inspection;

import cn.gx.safeduty.registry.Cadre;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The choices a form-js select or checklist offers through {@code valuesKey}: a JSON variable of
 * {@code [{label, value}]} set by SafeDuty's own code, so a step offers only what its rules accept.
 */
final class FormOptions {

  record Option(String label, String value) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormOptions() {
  }

  static TypedValue of(List<Option> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Leaders by name and post, their ids as values. */
  static TypedValue leaders(List<Cadre> leaders) {
    return of(leaders.stream().map(c -> new Option(c.name() + "（" + c.post() + "）", String.valueOf(c.id()))).toList());
  }
}
