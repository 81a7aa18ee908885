package cn.gx.safeduty.kernel.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields staff fill in on one Camunda Form: every input with a key that is neither
 * {@code disabled} nor {@code readonly}. Display fields are {@code disabled}, so form-js does not
 * submit them; a {@code readonly} field would be submitted and is therefore not accepted either.
 */
public final class StepForm {

  /** How a field's value arrives from form-js. */
  public enum Kind {
    TEXT, NUMBER, BOOLEAN, LIST
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Kind> INPUTS = Map.of(
      "textfield", Kind.TEXT, "textarea", Kind.TEXT, "select", Kind.TEXT, "radio", Kind.TEXT,
      "datetime", Kind.TEXT, "number", Kind.NUMBER, "checkbox", Kind.BOOLEAN,
      "checklist", Kind.LIST, "taglist", Kind.LIST);

  public static final StepForm NONE = new StepForm(Map.of(), Map.of());

  private final Map<String, Kind> fields;
  private final Map<String, FieldRule> rules;

  private StepForm(Map<String, Kind> fields, Map<String, FieldRule> rules) {
    this.fields = Collections.unmodifiableMap(fields);
    this.rules = Collections.unmodifiableMap(rules);
  }

  public static StepForm parse(InputStream formJson) {
    try (formJson) {
      Map<String, Kind> fields = new LinkedHashMap<>();
      Map<String, FieldRule> rules = new LinkedHashMap<>();
      collect(JSON.readTree(formJson).path("components"), fields, rules);
      return new StepForm(fields, rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, Map<String, Kind> fields, Map<String, FieldRule> rules) {
    for (JsonNode component : components) {
      if ("dynamiclist".equals(component.path("type").asText())) {
        // a dynamic list submits its rows as one list under its path; its fields are not fields of their own
        String path = component.path("path").asText("");
        if (!path.isEmpty() && !component.path("disabled").asBoolean(false)) {
          fields.put(path, Kind.LIST);
          rules.put(path, FieldRule.of(component));
        }
        continue;
      }
      collect(component.path("components"), fields, rules);
      String key = component.path("key").asText("");
      if (isInput(component) && !key.isEmpty() && !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false)) {
        fields.put(key, INPUTS.get(component.path("type").asText()));
        rules.put(key, FieldRule.of(component));
      }
    }
  }

  static boolean isInput(JsonNode component) {
    return INPUTS.containsKey(component.path("type").asText());
  }

  /** What the form declares of each field it submits. */
  Map<String, FieldRule> rules() {
    return rules;
  }

  public Set<String> fieldNames() {
    return fields.keySet();
  }

  public Kind kind(String field) {
    return fields.get(field);
  }
}
