package cn.gx.safeduty.kernel.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a Camunda Form declares of one field staff fill in: its label, whether it is required
 * (unless the form may hide it), its length, bounds and pattern ({@code validate}), the options it
 * offers (static {@code values} or the process variable named by {@code valuesKey}), for a date the
 * window it must fall in ({@code properties.notBefore} / {@code notAfter}: a date, {@code today},
 * {@code instanceStart} (the day the record's process began), another field or a process variable
 * holding a date, several separated by commas; form-js has no date limits of its own), and for a dynamic
 * list the fields of each row.
 */
record FieldRule(String key, String type, String label, boolean required, Integer minLength, Integer maxLength,
    BigDecimal min, BigDecimal max, Pattern pattern, List<String> options, String optionsVariable,
    String notBefore, String notAfter, Map<String, FieldRule> rowFields, String format) {

  static FieldRule of(JsonNode component) {
    JsonNode validate = component.path("validate");
    JsonNode properties = component.path("properties");
    List<String> options = null;
    if (component.path("values").isArray()) {
      options = new ArrayList<>();
      for (JsonNode option : component.path("values")) {
        options.add(option.path("value").asText());
      }
    }
    String valuesKey = component.path("valuesKey").asText("");
    String type = component.path("type").asText();
    String key = "dynamiclist".equals(type) ? component.path("path").asText("") : component.path("key").asText("");
    Map<String, FieldRule> rows = null;
    if ("dynamiclist".equals(type)) {
      rows = new LinkedHashMap<>();
      collectRows(component.path("components"), rows);
    }
    String pattern = validate.path("pattern").asText("");
    return new FieldRule(key, type, component.path("label").asText(key),
        validate.path("required").asBoolean(false) && component.path("conditional").path("hide").isMissingNode(),
        number(validate, "minLength") == null ? null : number(validate, "minLength").intValue(),
        number(validate, "maxLength") == null ? null : number(validate, "maxLength").intValue(),
        number(validate, "min"), number(validate, "max"),
        pattern.isEmpty() ? null : Pattern.compile(pattern),
        options, valuesKey.isEmpty() ? null : valuesKey,
        text(properties, "notBefore"), text(properties, "notAfter"), rows, text(properties, "format"));
  }

  private static void collectRows(JsonNode components, Map<String, FieldRule> rows) {
    for (JsonNode component : components) {
      collectRows(component.path("components"), rows);
      String key = component.path("key").asText("");
      if (StepForm.isInput(component) && !key.isEmpty()) {
        rows.put(key, of(component));
      }
    }
  }

  private static BigDecimal number(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isNumber() ? value.decimalValue() : null;
  }

  private static String text(JsonNode node, String name) {
    String value = node.path(name).asText("");
    return value.isEmpty() ? null : value;
  }

  boolean isText() {
    return type.equals("textfield") || type.equals("textarea");
  }

  /** A date picker, or a text field declared a date ({@code properties.format: date}), typed as people write days. */
  boolean isDate() {
    return type.equals("datetime") || format != null && format.equals("date");
  }

  boolean isChoice() {
    return options != null || optionsVariable != null;
  }

  boolean isMultiple() {
    return type.equals("checklist") || type.equals("taglist");
  }
}
