package cn.gx.safeduty.kernel.task;

import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks each value of a task submission against what the step's deployed form declares of its
 * field ({@link FieldRule}): required, length, bounds, pattern, the options the task offered, a date
 * inside its window, plain text without control or bidirectional characters. Every problem names
 * its field, in Chinese, so the refusal is a 400 before the engine changes anything.
 */
final class FormValueChecks {

  /** A date bound naming the day the record's process began. */
  static final String INSTANCE_START = "instanceStart";

  private final StepForm form;
  private final Function<String, Object> processVariable;
  private final LocalDate today;
  private final ZoneId zone;
  private final Map<String, Object> submitted;

  FormValueChecks(StepForm form, Map<String, Object> submitted, Function<String, Object> processVariable,
      LocalDate today, ZoneId zone) {
    this.form = form;
    this.submitted = submitted;
    this.processVariable = processVariable;
    this.today = today;
    this.zone = zone;
  }

  /** The problems of the submission; {@code completes} adds the required fields left out. */
  List<FieldProblem> check(boolean completes) {
    List<FieldProblem> problems = new ArrayList<>();
    FormFields fields = FormFields.of(submitted);
    for (FieldRule rule : form.rules().values()) {
      if (submitted.containsKey(rule.key())) {
        check(rule, rule.key(), plain(submitted.get(rule.key())), fields, problems);
      } else if (completes && rule.required() && processVariable.apply(rule.key()) == null) {
        // a field the process already holds is shown filled in (form-js fills a field from the variable of its
        // key), so leaving it out keeps that value
        problems.add(new FieldProblem(rule.key(), (rule.isChoice() ? "请选择" : "请填写") + rule.label()));
      }
    }
    return problems;
  }

  private void check(FieldRule rule, String name, Object value, FormFields fields, List<FieldProblem> problems) {
    boolean blank = value == null || value instanceof String s && s.isBlank()
        || value instanceof List<?> list && list.isEmpty()
        || value instanceof SpinJsonNode node && node.isArray() && !node.elements().iterator().hasNext();
    if (blank) {
      if (rule.required()) {
        problems.add(new FieldProblem(name, (rule.isChoice() ? "请选择" : "请填写") + rule.label()));
      }
      return;
    }
    if (rule.rowFields() != null) {
      checkRows(rule, name, value, problems);
    } else if (rule.isChoice()) {
      checkChoice(rule, name, value, fields, problems);
    } else if (rule.isDate()) {
      checkDate(rule, name, value.toString(), problems);
    } else if (rule.type().equals("number")) {
      checkNumber(rule, name, value, problems);
    } else if (rule.isText()) {
      checkText(rule, name, value.toString(), problems);
    }
  }

  private static void checkText(FieldRule rule, String name, String text, List<FieldProblem> problems) {
    if (PlainText.hasControlCharacter(text)) {
      problems.add(new FieldProblem(name, rule.label() + "含有控制字符或文字方向控制符，请删除后重新填写"));
      return;
    }
    int length = text.codePointCount(0, text.length());
    if (rule.maxLength() != null && length > rule.maxLength()) {
      problems.add(new FieldProblem(name, rule.label() + "不能超过" + rule.maxLength() + "字（现有" + length + "字）"));
    } else if (rule.minLength() != null && text.trim().length() < rule.minLength()) {
      problems.add(new FieldProblem(name, rule.label() + "至少须有" + rule.minLength() + "字"));
    } else if (rule.pattern() != null && !rule.pattern().matcher(text).matches()) {
      problems.add(new FieldProblem(name, rule.label() + "的格式不正确"));
    }
  }

  private static void checkNumber(FieldRule rule, String name, Object value, List<FieldProblem> problems) {
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException notANumber) {
      problems.add(new FieldProblem(name, rule.label() + "须为数字"));
      return;
    }
    if (rule.min() != null && number.compareTo(rule.min()) < 0 || rule.max() != null && number.compareTo(rule.max()) > 0) {
      problems.add(new FieldProblem(name, rule.label() + "须在" + bound(rule.min()) + "至" + bound(rule.max()) + "之间"));
    }
  }

  private static String bound(BigDecimal bound) {
    return bound == null ? "不限" : bound.stripTrailingZeros().toPlainString();
  }

  private void checkChoice(FieldRule rule, String name, Object value, FormFields fields, List<FieldProblem> problems) {
    List<String> offered = rule.options() != null ? rule.options() : offeredBy(rule.optionsVariable());
    List<String> chosen = rule.isMultiple() ? fields.texts(name) : List.of(value.toString().trim());
    for (String choice : chosen) {
      if (!offered.contains(choice)) {
        problems.add(new FieldProblem(name, rule.label() + "只能从所列选项中选择（“" + abbreviated(choice) + "”不在其中）"));
        return;
      }
    }
  }

  /** The values of a {@code [{label, value}]} list the process holds for a select or checklist. */
  private List<String> offeredBy(String variable) {
    Object options = plain(processVariable.apply(variable));
    List<String> values = new ArrayList<>();
    if (options instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(option -> values.add(text(option.prop("value"))));
    } else if (options instanceof String json) {
      SpinJsonNode node = org.camunda.spin.Spin.JSON(json);
      if (node.isArray()) {
        node.elements().forEach(option -> values.add(text(option.prop("value"))));
      }
    } else if (options instanceof List<?> list) {
      list.forEach(option -> values.add(option instanceof Map<?, ?> map ? String.valueOf(map.get("value")) : String.valueOf(option)));
    }
    return values;
  }

  private static String text(SpinJsonNode value) {
    return value.isString() ? value.stringValue() : value.isNumber() ? value.numberValue().toString() : value.toString();
  }

  private void checkDate(FieldRule rule, String name, String text, List<FieldProblem> problems) {
    LocalDate date = ChineseDates.typed(text).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(name, rule.label() + "不是有效日期（请按年-月-日填写，如2026-11-30）"));
      return;
    }
    LocalDate earliest = bound(rule.notBefore(), true);
    LocalDate latest = bound(rule.notAfter(), false);
    if (earliest != null && date.isBefore(earliest)) {
      problems.add(new FieldProblem(name, rule.label() + "不能早于" + ChineseDates.of(earliest)));
    } else if (latest != null && date.isAfter(latest)) {
      problems.add(new FieldProblem(name, rule.label() + "不能晚于" + ChineseDates.of(latest)));
    }
  }

  /** The tightest of a window's bounds, given as a comma-separated list; those not known now are left out. */
  private LocalDate bound(String bounds, boolean earliest) {
    if (bounds == null) {
      return null;
    }
    return java.util.Arrays.stream(bounds.split(",")).map(String::trim).map(this::resolve)
        .filter(java.util.Objects::nonNull)
        .reduce((a, b) -> earliest == a.isAfter(b) ? a : b).orElse(null);
  }

  /** {@code today}, a date, or the name of another field of the form or of a process variable holding a day. */
  private LocalDate resolve(String bound) {
    if (bound.equals("today")) {
      return today;
    }
    if (bound.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(bound);
    }
    Object value = plain(submitted.containsKey(bound) ? submitted.get(bound) : processVariable.apply(bound));
    if (value instanceof Date instant) {
      return instant.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof String day && day.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return LocalDate.parse(day.substring(0, 10));
    }
    return null;
  }

  private void checkRows(FieldRule rule, String name, Object value, List<FieldProblem> problems) {
    List<Object> rows = new ArrayList<>();
    if (value instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(row -> rows.add(row.isObject() ? row : null));
    } else if (value instanceof List<?> list) {
      rows.addAll(list);
    } else {
      problems.add(new FieldProblem(name, rule.label() + "的内容无效"));
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      String rowName = name + "[" + i + "]";
      Map<String, Object> row = row(rows.get(i));
      if (row == null) {
        problems.add(new FieldProblem(rowName, rule.label() + "第" + (i + 1) + "行无效"));
        continue;
      }
      for (String key : row.keySet()) {
        if (!rule.rowFields().containsKey(key)) {
          problems.add(new FieldProblem(rowName + "." + key, TaskSubmissionGuard.NOT_A_FIELD));
        }
      }
      FormFields rowFields = FormFields.of(row);
      for (FieldRule field : rule.rowFields().values()) {
        check(field, rowName + "." + field.key(), row.get(field.key()), rowFields, problems);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> row(Object row) {
    if (row instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    if (row instanceof SpinJsonNode node && node.isObject()) {
      Map<String, Object> values = new java.util.LinkedHashMap<>();
      node.fieldNames().forEach(key -> {
        SpinJsonNode field = node.prop(key);
        values.put(key, field.isNull() ? null : field.isString() ? field.stringValue()
            : field.isNumber() ? field.numberValue() : field.isBoolean() ? field.boolValue() : field);
      });
      return values;
    }
    return null;
  }

  private static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static String abbreviated(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}
