package cn.gx.safeduty.accountability;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;

/**
 * What each user task of the accountability process must carry when it is completed, and how it
 * is written down: Art 27 (a proposal or a departure from the recommendation needs written
 * reasons; a decision writes down post duties, performance and conditions), Art 28 (a group
 * decides or changes a sanction only within its authority).
 */
public final class CaseStepRules {

  private CaseStepRules() {
  }

  /** The form fields of one task, as variables. */
  public interface Fields extends Function<String, Object> {
  }

  public static CaseStep read(String taskKey, String taskName, String groupId, String user, Instant at, Fields fields) {
    return switch (taskKey) {
      case "Task_ConfirmExemption" -> {
        boolean confirmed = flag(fields, "exemptionConfirmed", "是否确认不予追究");
        String remarks = text(fields, "exemptionRemarks");
        if (!confirmed) {
          required(remarks, "不确认不予追究时，须写明理由");
        }
        yield new CaseStep(taskKey, taskName, groupId, user, confirmed ? "CONFIRMED" : "NOT_CONFIRMED", null, remarks, at);
      }
      case "Task_DecideWhetherToProceed" -> {
        boolean proceed = flag(fields, "proceedAgainstDeparted", "是否继续追究");
        String remarks = required(text(fields, "proceedingRemarks"), "须写明是否继续追究的理由");
        yield new CaseStep(taskKey, taskName, groupId, user, proceed ? "PROCEED" : "NOT_PROCEED", null, remarks, at);
      }
      case "Task_ReviewNotice" -> review(taskKey, taskName, groupId, user, at, fields, "em");
      case "Task_ReviewDiscipline" -> review(taskKey, taskName, groupId, user, at, fields, "di");
      case "Task_ReviewOrganizational" -> review(taskKey, taskName, groupId, user, at, fields, "org");
      case "Task_ReferDutyCrime" -> {
        boolean referred = flag(fields, "crimeReferred", "是否移送监察机关");
        String organ = text(fields, "referralOrgan");
        String remarks = text(fields, "referralRemarks");
        if (referred) {
          required(organ, "移送时须写明接收的监察机关");
        } else {
          required(remarks, "不移送时须写明理由");
        }
        String outcome = referred ? "已移送" + organ : "未移送";
        yield new CaseStep(taskKey, taskName, groupId, user, outcome, null, remarks, at);
      }
      case "Task_DecideSanctionEm", "Task_DecideSanctionDi", "Task_DecideSanctionOrg" -> {
        Sanction sanction = sanction(fields, "decisionSanction", "问责方式");
        disciplinaryKind(fields, "disciplinaryKind", sanction);
        required(text(fields, "postDuties"), "须写明岗位职责（第二十七条）");
        required(text(fields, "dutyPerformance"), "须写明履职情况（第二十七条）");
        required(text(fields, "dutyConditions"), "须写明履职条件（第二十七条）");
        String reasons = required(text(fields, "decisionReasons"), "须写明决定理由（第二十七条）");
        yield new CaseStep(taskKey, taskName, groupId, user, sanction.name(), null, reasons, at);
      }
      case "Task_ReviewAppealEm", "Task_ReviewAppealDi", "Task_ReviewAppealOrg" -> {
        String outcome = text(fields, "appealOutcome");
        if (outcome == null || !Arrays.asList("UPHOLD", "CHANGE", "REVOKE").contains(outcome)) {
          throw new InvalidStepException("请选择复查结果：维持、变更或撤销");
        }
        String proposed = null;
        if (outcome.equals("CHANGE")) {
          Sanction changed = sanction(fields, "appealSanction", "变更后的问责方式");
          if (!changed.decidingGroup().equals(groupId)) {
            throw new InvalidStepException("变更后的问责方式“" + changed.chineseName() + "”不在本部门权限内，由"
                + CaseLabels.group(changed.decidingGroup()) + "决定（第二十八条）");
          }
          disciplinaryKind(fields, "appealDisciplinaryKind", changed);
          proposed = changed.name();
        }
        String reasons = required(text(fields, "appealDecisionReasons"), "须写明复查理由（第二十七条）");
        yield new CaseStep(taskKey, taskName, groupId, user, outcome, proposed, reasons, at);
      }
      case "Task_PublishNotice" -> {
        String reference = required(text(fields, "noticeReference"), "须填写通报文号");
        yield new CaseStep(taskKey, taskName, groupId, user, "PUBLISHED", null, reference, at);
      }
      default -> new CaseStep(taskKey, taskName, groupId, user, null, null, null, at);
    };
  }

  private static CaseStep review(String taskKey, String taskName, String groupId, String user, Instant at,
      Fields fields, String prefix) {
    String opinion = required(text(fields, prefix + "Opinion"), "须填写审查意见");
    String proposedCode = text(fields, prefix + "ProposedSanction");
    String proposed = null;
    String remarks = opinion;
    if (proposedCode != null && !proposedCode.equals(text(fields, "recommendedSanction"))) {
      proposed = sanction(fields, prefix + "ProposedSanction", "建议的问责方式").name();
      String reasons = required(text(fields, prefix + "ProposalReasons"), "建议改变问责方式，须写明理由（第二十七条）");
      remarks = opinion + "；理由：" + reasons;
    }
    return new CaseStep(taskKey, taskName, groupId, user, "REVIEWED", proposed, remarks, at);
  }

  static Sanction sanction(Fields fields, String key, String label) {
    String code = text(fields, key);
    if (code == null) {
      throw new InvalidStepException("请选择" + label);
    }
    try {
      return Sanction.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidStepException(label + "无效：" + code);
    }
  }

  static DisciplinaryKind disciplinaryKind(Fields fields, String key, Sanction sanction) {
    if (sanction != Sanction.DISCIPLINARY_SANCTION) {
      return null;
    }
    String code = text(fields, key);
    if (code == null) {
      throw new InvalidStepException("处分须选择处分种类");
    }
    try {
      return DisciplinaryKind.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidStepException("处分种类无效：" + code);
    }
  }

  static boolean flag(Fields fields, String key, String label) {
    Object value = fields.apply(key);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new InvalidStepException("请选择" + label);
  }

  static String text(Fields fields, String key) {
    Object value = fields.apply(key);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  static String required(String value, String message) {
    if (value == null) {
      throw new InvalidStepException(message);
    }
    return value;
  }
}
