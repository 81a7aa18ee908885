package cn.gx.safeduty.kernel.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The fields one submission of a task form carries, read by type. Only what was submitted is here:
 * a field the form hid or the caller left out is absent, whatever the process held before.
 * Every refusal is a {@link StepRefusedException} with its reason in Chinese.
 */
public final class FormFields {

  private final VariableMap values;
  private final java.util.Set<String> readable;

  private FormFields(VariableMap values, java.util.Set<String> readable) {
    this.values = values;
    this.readable = readable;
  }

  public static FormFields of(Map<String, Object> submitted) {
    return new FormFields(submitted == null ? Variables.createVariables() : Variables.fromMap(submitted), null);
  }

  /** The same submission, of which a step may read only the fields it declares. */
  FormFields readingOnly(java.util.Set<String> declared) {
    return new FormFields(values, declared);
  }

  /** The submitted value as Java sees it; a serialized object never reaches a rule. */
  public Object value(String name) {
    if (readable != null && !readable.contains(name)) {
      throw new IllegalStateException("The step reads " + name + ", which it does not declare");
    }
    TypedValue typed = values.getValueTyped(name);
    if (typed == null) {
      return null;
    }
    if (typed instanceof ObjectValue object && !object.isDeserialized()) {
      throw new StepRefusedException("字段“" + name + "”的类型无效");
    }
    return typed.getValue();
  }

  /** Trimmed text, or null when absent or blank. */
  public String text(String name) {
    Object value = value(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public String requiredText(String name, String message) {
    String text = text(name);
    if (text == null) {
      throw new StepRefusedException(message);
    }
    return text;
  }

  /** A yes/no choice: a boolean, or the text {@code true}/{@code false} a radio group submits. */
  public boolean flag(String name, String label) {
    Object value = value(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new StepRefusedException("请选择" + label);
  }

  /** One of an enum's codes; absent → "请选择label", unknown → "label无效". */
  public <E extends Enum<E>> E choice(String name, Class<E> type, String label) {
    E chosen = optionalChoice(name, type, label);
    if (chosen == null) {
      throw new StepRefusedException("请选择" + label);
    }
    return chosen;
  }

  public <E extends Enum<E>> E optionalChoice(String name, Class<E> type, String label) {
    String code = text(name);
    if (code == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException unknown) {
      throw new StepRefusedException(label + "无效：" + code);
    }
  }

  /**
   * A day as a person types it (2026-12-01, 2026/12/1, 2026年12月1日), or null when absent; text
   * that is no real day is refused, never read as another.
   */
  public java.time.LocalDate date(String name, String label) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return cn.gx.safeduty.kernel.ChineseDates.typed(text)
        .orElseThrow(() -> new StepRefusedException(label + "不是有效日期：" + text + "（请按年-月-日填写，如2026-11-30）"));
  }

  /** A whole number, or null when absent; text that is not one is refused. */
  public Long wholeNumber(String name, String label) {
    Object value = value(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException notANumber) {
      throw new StepRefusedException(label + "须为整数");
    }
  }

  /** Record ids from a multi-select: a JSON array (Tasklist), a list, or comma-separated text. */
  public List<Long> ids(String name, String label) {
    List<Long> ids = new ArrayList<>();
    for (String text : texts(name)) {
      try {
        ids.add(Long.parseLong(text));
      } catch (NumberFormatException notAnId) {
        throw new StepRefusedException(label + "无效：" + text);
      }
    }
    return ids;
  }

  /** The values chosen in a multi-select or checklist, blanks left out. */
  public List<String> texts(String name) {
    Object value = value(name);
    List<Object> items = new ArrayList<>();
    if (value instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(e -> items.add(e.isString() ? e.stringValue() : e.isNumber() ? e.numberValue() : e));
    } else if (value instanceof List<?> list) {
      items.addAll(list);
    } else if (value != null) {
      items.addAll(List.of(value.toString().split(",")));
    }
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      String text = item == null ? "" : item.toString().trim();
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return texts;
  }
}
