package cn.gx.safeduty.support;

import java.util.List;
import java.util.Map;

/** What a department enters in each accountability step's form when it agrees with the rules' recommendation. */
public final class AccountabilityForms {

  private AccountabilityForms() {
  }

  public static Map<String, Object> agreeing(String taskKey, String recommendedSanction, long caseId) {
    return switch (taskKey) {
      case "Task_ConfirmExemption" -> Map.of("exemptionConfirmed", "true");
      case "Task_ReviewNotice" -> Map.of("emOpinion", "同意");
      case "Task_ReviewDiscipline" -> Map.of("diOpinion", "同意");
      case "Task_ReviewOrganizational" -> Map.of("orgOpinion", "同意");
      case "Task_DecideSanctionEm" -> decision(Map.of("decisionSanction", recommendedSanction));
      // a 处分 names its kind; the agreeing one is the lightest 政务处分
      case "Task_DecideSanctionDi" -> decision("DISCIPLINARY_SANCTION".equals(recommendedSanction)
          ? Map.of("decisionSanction", recommendedSanction, "governmentSanctionKind", "WARNING")
          : Map.of("decisionSanction", recommendedSanction));
      // the organisation department chooses its measures on a checklist, which Tasklist sends as JSON
      case "Task_DecideSanctionOrg" -> decision(Map.of("decisionMeasures",
          org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"" + recommendedSanction + "\"]").create()));
      case "Task_PublishNotice" -> Map.of("noticeReference", "通报〔2026〕" + caseId + "号");
      case "Task_WithdrawNotice" -> Map.of("correctionReference", "通报〔2026〕" + caseId + "号之一");
      default -> throw new IllegalStateException("no agreeing entries for the step " + taskKey);
    };
  }

  private static Map<String, Object> decision(Map<String, Object> measures) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>(measures);
    fields.putAll(Map.of("postDuties", "分管安全生产", "dutyPerformance", "未履行督促检查职责",
        "dutyConditions", "具备履职条件", "decisionReasons", "按建议决定"));
    return fields;
  }

  /** A field's value as the engine's REST API takes it from Tasklist: a checklist's choices as JSON. */
  public static Map<String, Object> restVariable(Object value) {
    if (value instanceof org.camunda.spin.plugin.variable.value.JsonValue json) {
      return Map.of("value", json.getValueSerialized(), "type", "Json");
    }
    if (value instanceof List<?> list) {
      try {
        return Map.of("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(list), "type", "Json");
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return Map.of("value", value);
  }
}
