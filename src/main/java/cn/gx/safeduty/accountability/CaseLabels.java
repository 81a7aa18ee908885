package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.SafeDutyGroup;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.registry.Cadre;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The Chinese texts the forms show read-only above the fields staff fill in. */
public final class CaseLabels {

  private CaseLabels() {
  }

  public static String cadre(Cadre cadre) {
    return cadre.name() + "，" + cadre.jurisdictionName() + (cadre.post() != null ? " " + cadre.post() : "")
        + "（" + cadre.role().chineseName() + "，" + cadre.status().chineseName() + "）";
  }

  public static String ground(AccountabilityCase c) {
    StringBuilder text = new StringBuilder(Articles.chinese(c.ground().article()) + "：" + c.ground().chineseName());
    if (c.accidentGrade() != null) {
      text.append("；").append(c.accidentGrade().chineseName());
    }
    if (c.responsibility() != null) {
      text.append("；").append(c.responsibility().chineseName());
    }
    return text.toString();
  }

  public static String facts(CaseFacts f) {
    return String.join("\n",
        "全面履行职责（第二十五条）：" + yesNo(f.fullyPerformedDuties()),
        "工作不力导致伤亡和损失扩大（第二十三条）：" + yesNo(f.enlargedLossByPoorWork()),
        "造成严重社会影响（第二十三条）：" + yesNo(f.seriousSocialImpact()),
        "主动采取补救措施（第二十四条）：" + f.mitigation().chineseName(),
        "失职失责性质恶劣、后果严重（第二十六条）：" + yesNo(f.egregiousAndSerious()),
        "涉嫌职务违法犯罪（第二十一条）：" + yesNo(f.suspectedDutyCrime()));
  }

  /** The band the rules computed, as the measures at its ends. */
  private static String span(Recommendation r) {
    if (r.bandLow() == null || r.bandHigh() == null) {
      return r.sanction().chineseName();
    }
    String low = Sanction.ofLevel(r.bandLow()).chineseName();
    return r.bandLow().equals(r.bandHigh()) ? low : low + "至" + Sanction.ofLevel(r.bandHigh()).chineseName();
  }

  /** The recommendation as the forms show it; once emergency management refuses the exemption, without it. */
  public static String recommendation(Recommendation r, boolean exemptionRefused) {
    String text = String.join("\n",
        "建议问责方式：" + r.sanction().chineseName() + "（依规则应予问责的幅度：" + span(r) + "）",
        "从重（第二十三条）：" + yesNo(r.aggravated()),
        "从轻、减轻（第二十四条）：" + r.mitigation().chineseName(),
        "同时有从重、从轻情节，须在决定中说明如何权衡（第二十七条）：" + yesNo(r.needsReviewerWeighing()),
        "作出决定的部门（第二十八条）：" + group(r.decidingGroup()));
    if (r.exempted()) {
      text = (exemptionRefused
          ? "应急管理部门未确认依第二十五条不予追究，按以下建议继续审查"
          : "依第二十五条，拟不予追究领导责任（待应急管理部门确认；未确认的，按以下建议继续审查）") + "\n" + text;
    }
    if (r.departureNeedsDecision()) {
      text += "\n干部已离任且非情节恶劣、后果严重：由应急管理部门决定是否继续追究";
    } else if (r.articles().contains("26")) {
      text += "\n干部已离任，但失职失责性质恶劣、后果严重：依第二十六条继续追究";
    }
    return text;
  }

  /** The measures of a case, one a line, each with the organ that decided it. */
  public static String measures(List<Measure> measures) {
    return measures.stream()
        .map(m -> m.sanction().chineseName() + (m.disciplinaryKind() != null
            ? "（" + m.disciplinaryKind().category() + "：" + m.disciplinaryKind().chineseName() + "）" : "")
            + "，由" + group(m.decidingGroup()) + "决定")
        .collect(Collectors.joining("\n"));
  }

  public static String reviews(List<CaseStep> steps) {
    String text = steps.stream()
        .filter(s -> AccountabilitySteps.JOINT_REVIEW.contains(s.step()))
        .map(s -> group(s.groupId()) + "（" + s.stepName() + "）：" + cn.gx.safeduty.kernel.Sentences.open(s.remarks())
            + (s.proposed() != null ? "；建议改为" + Sanction.valueOf(s.proposed()).chineseName() : "")
            + (s.outcome() != null && s.step().equals(AccountabilitySteps.REFER_DUTY_CRIME) ? "；" + s.outcome() : ""))
        .collect(Collectors.joining("\n"));
    return text.isEmpty() ? "（无）" : text;
  }

  public static String group(String groupId) {
    return Arrays.stream(SafeDutyGroup.values()).filter(g -> g.id().equals(groupId)).findFirst()
        .map(SafeDutyGroup::chineseName).orElse(groupId);
  }

  static String yesNo(boolean value) {
    return value ? "是" : "否";
  }
}
