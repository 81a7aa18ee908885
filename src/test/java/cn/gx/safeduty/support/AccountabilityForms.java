package cn.gx.safeduty.support;

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
      case "Task_DecideSanctionEm", "Task_DecideSanctionDi", "Task_DecideSanctionOrg" -> Map.of(
          "decisionSanction", recommendedSanction, "postDuties", "分管安全生产", "dutyPerformance", "未履行督促检查职责",
          "dutyConditions", "具备履职条件", "decisionReasons", "按建议决定");
      case "Task_PublishNotice" -> Map.of("noticeReference", "通报〔2026〕" + caseId + "号");
      case "Task_WithdrawNotice" -> Map.of("correctionReference", "通报〔2026〕" + caseId + "号之一");
      default -> throw new IllegalStateException("no agreeing entries for the step " + taskKey);
    };
  }
}
