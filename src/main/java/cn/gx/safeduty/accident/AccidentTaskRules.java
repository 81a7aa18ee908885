package cn.gx.safeduty.accident;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/** What the accident follow-up's user tasks must carry when completed; messages for staff, in Chinese. */
public final class AccidentTaskRules {

  private AccidentTaskRules() {
  }

  public interface Fields {
    Object get(String name);
  }

  public static void check(String taskKey, Fields fields, Period maxExtension) {
    switch (taskKey) {
      case "Task_ConfirmReportingFailure" -> {
        if (fields.get("reportingFailureConfirmed") == null) {
          throw new IllegalArgumentException("请选择是否确认存在报告失职");
        }
        if (isTrue(fields.get("reportingFailureConfirmed"))) {
          Object kind = fields.get("failureKind");
          if (kind == null || !List.of("LATE", "MISSED", "FALSE", "CONCEALED").contains(kind.toString())) {
            throw new IllegalArgumentException("请选择报告失职的类型：迟报、漏报、谎报或瞒报");
          }
          if (cadreIds(fields.get("responsibleCadreIds")).isEmpty()) {
            throw new IllegalArgumentException("确认报告失职时，须选择负有领导责任的干部");
          }
        } else if (blank(fields.get("reportingRemarks"))) {
          throw new IllegalArgumentException("不确认时须写明理由");
        }
      }
      case "Task_DecideExtension" -> {
        if (fields.get("extendInvestigation") == null) {
          throw new IllegalArgumentException("请选择是否延长调查期限");
        }
        if (isTrue(fields.get("extendInvestigation"))) {
          Object days = number(fields.get("extensionDays"));
          int max = maxExtension.getDays() + maxExtension.getMonths() * 30 + maxExtension.getYears() * 365;
          if (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > max) {
            throw new IllegalArgumentException("延长天数须在 1 至 " + max + " 天之间");
          }
        }
        if (blank(fields.get("followUpRemarks"))) {
          throw new IllegalArgumentException("须写明理由或催办情况");
        }
      }
      case "Task_SuperviseOverdueInvestigation" -> {
        if (blank(fields.get("supervisionNote"))) {
          throw new IllegalArgumentException("须写明督办情况");
        }
      }
      default -> {
      }
    }
  }

  /** Cadre ids from a form's multi-select: a JSON array (Tasklist), a list, or comma-separated text. */
  public static List<Long> cadreIds(Object value) {
    List<Long> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    List<Object> items = new ArrayList<>();
    if (value instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(e -> items.add(e.isString() ? e.stringValue() : e.numberValue()));
    } else if (value instanceof List<?> list) {
      items.addAll(list);
    } else {
      items.addAll(List.of(value.toString().split(",")));
    }
    for (Object item : items) {
      String text = item.toString().trim();
      if (!text.isEmpty()) {
        try {
          ids.add(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
          throw new IllegalArgumentException("干部编号无效：" + text);
        }
      }
    }
    return ids;
  }

  static boolean isTrue(Object value) {
    return value instanceof Boolean b ? b : value != null && "true".equals(value.toString());
  }

  static Object number(Object value) {
    if (value instanceof Number) {
      return value;
    }
    try {
      return value == null ? null : Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
