package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskStep;

/**
 * What each user task of the accountability process must carry when it is completed, and how it
 * is written down: Art 27 (a proposal or a departure from the recommendation needs written
 * reasons; a decision writes down post duties, performance and conditions), Art 28 (each group
 * proposes, decides and changes only the measures within its authority, 分别负责). The
 * recommendation a proposal is measured against is the rules' own, read from the case, never a
 * field of the form.
 */
public final class CaseStepRules {

  private CaseStepRules() {
  }

  /** What a proposal field holds when the department proposes no measure of its own. */
  static final String NO_MEASURE = "NONE";

  public static CaseStep read(TaskStep step, FormFields fields, Recommendation recommended) {
    return switch (step.taskKey()) {
      case CaseTasks.CONFIRM_EXEMPTION -> {
        boolean confirmed = fields.flag("exemptionConfirmed", "是否确认不予追究");
        String remarks = fields.text("exemptionRemarks");
        if (!confirmed && remarks == null) {
          throw new StepRefusedException("不确认不予追究时，须写明理由");
        }
        yield caseStep(step, confirmed ? "CONFIRMED" : "NOT_CONFIRMED", null, remarks);
      }
      case CaseTasks.DECIDE_PROCEEDING -> {
        boolean proceed = fields.flag("proceedAgainstDeparted", "是否继续追究");
        String remarks = fields.text("proceedingRemarks");
        if (!proceed && remarks == null) {
          throw new StepRefusedException("决定不再追究的，须写明理由");
        }
        yield caseStep(step, proceed ? "PROCEED" : "NOT_PROCEED", null, remarks);
      }
      case CaseTasks.REVIEW_NOTICE -> review(step, fields, "em", recommended);
      case CaseTasks.REVIEW_DISCIPLINE -> review(step, fields, "di", recommended);
      case CaseTasks.REVIEW_ORGANIZATIONAL -> review(step, fields, "org", recommended);
      case CaseTasks.REFER_DUTY_CRIME -> {
        boolean referred = fields.flag("crimeReferred", "是否移送监察机关");
        String organ = fields.text("referralOrgan");
        String remarks = fields.text("referralRemarks");
        if (referred && organ == null) {
          throw new StepRefusedException("移送时须写明接收的监察机关");
        }
        if (!referred && remarks == null) {
          throw new StepRefusedException("不移送时须写明理由");
        }
        yield caseStep(step, referred ? "已移送" + organ : "未移送", null, remarks);
      }
      case CaseTasks.DECIDE_SANCTION_EM, CaseTasks.DECIDE_SANCTION_DI, CaseTasks.DECIDE_SANCTION_ORG -> {
        Sanction sanction = fields.choice("decisionSanction", Sanction.class, "问责方式");
        withinAuthority(sanction, step.groupId(), "问责方式");
        disciplinaryKind(fields, "disciplinaryKind", sanction);
        fields.requiredText("postDuties", "须写明岗位职责（第二十七条）");
        fields.requiredText("dutyPerformance", "须写明履职情况（第二十七条）");
        fields.requiredText("dutyConditions", "须写明履职条件（第二十七条）");
        String reasons = fields.requiredText("decisionReasons", "须写明决定理由（第二十七条）");
        yield caseStep(step, sanction.name(), null, reasons);
      }
      case CaseTasks.REVIEW_APPEAL_EM, CaseTasks.REVIEW_APPEAL_DI, CaseTasks.REVIEW_APPEAL_ORG -> {
        AppealOutcome outcome = fields.optionalChoice("appealOutcome", AppealOutcome.class, "复查结果");
        if (outcome == null) {
          throw new StepRefusedException("请选择复查结果：维持、变更或撤销");
        }
        String proposed = null;
        if (outcome == AppealOutcome.CHANGE) {
          Sanction changed = fields.choice("appealSanction", Sanction.class, "变更后的问责方式");
          withinAuthority(changed, step.groupId(), "变更后的问责方式");
          disciplinaryKind(fields, "appealDisciplinaryKind", changed);
          proposed = changed.name();
        }
        String reasons = fields.requiredText("appealDecisionReasons", "须写明复查理由（第二十七条）");
        yield caseStep(step, outcome.name(), proposed, reasons);
      }
      case CaseTasks.PUBLISH_NOTICE -> {
        String reference = fields.requiredText("noticeReference", "须填写通报文号");
        yield caseStep(step, "PUBLISHED", null, reference);
      }
      default -> caseStep(step, null, null, null);
    };
  }

  /**
   * A department's review: its opinion and the measure within its own authority it proposes, or
   * none. Proposing other than what the rules recommend for this department — another measure, one
   * where they recommend none, or none where they recommend one — needs written reasons (Art 27).
   */
  private static CaseStep review(TaskStep step, FormFields fields, String prefix, Recommendation recommended) {
    String opinion = fields.requiredText(prefix + "Opinion", "须填写审查意见");
    Sanction ours = recommended != null && recommended.sanction() != null
        && recommended.sanction().decidingGroup().equals(step.groupId()) ? recommended.sanction() : null;
    String code = fields.text(prefix + "ProposedSanction");
    Sanction proposed;
    if (code == null) {
      proposed = ours; // the form opens with the rules' recommendation; leaving it out keeps it
    } else if (code.equals(NO_MEASURE)) {
      proposed = null;
    } else {
      proposed = fields.choice(prefix + "ProposedSanction", Sanction.class, "建议的问责方式");
      withinAuthority(proposed, step.groupId(), "建议的问责方式");
    }
    String proposal = proposed != null ? proposed.name() : null;
    if (proposed == ours) {
      return caseStep(step, "REVIEWED", proposal, opinion);
    }
    String reasons = fields.requiredText(prefix + "ProposalReasons", "建议改变问责方式，须写明理由（第二十七条）");
    return caseStep(step, "REVIEWED", proposal, opinion + "；理由：" + reasons);
  }

  /** Art 28: each group proposes, decides and changes only the measures within its authority. */
  static void withinAuthority(Sanction sanction, String groupId, String label) {
    if (!sanction.decidingGroup().equals(groupId)) {
      throw new StepRefusedException(label + "“" + sanction.chineseName() + "”不在本部门权限内，由"
          + CaseLabels.group(sanction.decidingGroup()) + "决定（第二十八条）");
    }
  }

  static DisciplinaryKind disciplinaryKind(FormFields fields, String key, Sanction sanction) {
    if (sanction != Sanction.DISCIPLINARY_SANCTION) {
      return null;
    }
    DisciplinaryKind kind = fields.optionalChoice(key, DisciplinaryKind.class, "处分种类");
    if (kind == null) {
      throw new StepRefusedException("处分须选择处分种类");
    }
    return kind;
  }

  private static CaseStep caseStep(TaskStep step, String outcome, String proposed, String remarks) {
    return new CaseStep(step.taskKey(), step.taskName(), step.groupId(), step.userId(), outcome, proposed, remarks,
        step.at());
  }
}
