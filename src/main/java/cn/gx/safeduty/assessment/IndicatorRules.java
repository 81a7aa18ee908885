package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.DutyList;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The indicators the evidence decides, scored from it: 100 less the policy's deductions, never below
 * 0, with the source written out so staff see why. The team answers for everything in its
 * jurisdiction; a member for the meetings and duty lists they owe as principal (the Party secretary
 * the standing committee's, Art 5(2), 5(3); the government head the executive's, Art 6(2), 6(3)),
 * the accidents within their portfolio on the day or in their overall charge (Art 4 一岗双责), the
 * supervision items naming them and their own cases.
 */
public final class IndicatorRules {

  /** A derived score and what it was derived from. */
  public record Derived(BigDecimal score, String source) {
  }

  /** Who is scored: the team (no cadre) or a member with their roles in the jurisdiction. */
  public record Assessed(Long cadreId, List<CadreRole> roles) {

    static Assessed wholeTeam() {
      return new Assessed(null, List.of());
    }

    boolean team() {
      return cadreId == null;
    }

    /** The meeting bodies whose meetings and duty lists the assessee owes: those they chair as principal. */
    Set<MeetingBody> bodies() {
      Set<MeetingBody> bodies = EnumSet.noneOf(MeetingBody.class);
      for (MeetingBody body : MeetingBody.values()) {
        if (team() || roles.contains(body.chair())) {
          bodies.add(body);
        }
      }
      return bodies;
    }
  }

  static final BigDecimal FULL = BigDecimal.valueOf(100);

  private IndicatorRules() {
  }

  static Derived derive(IndicatorRule rule, Evidence evidence, Assessed assessed, AssessmentPolicy.Deductions d) {
    return switch (rule) {
      case MEETINGS -> meetings(evidence, assessed, d);
      case DUTY_LISTS -> dutyLists(evidence, assessed, d);
      case ACCIDENTS -> accidents(evidence, assessed, d);
      case RECTIFICATIONS -> rectifications(evidence, assessed, d);
      case CASES -> cases(evidence, assessed, d);
      case MANUAL -> null;
    };
  }

  private static Derived meetings(Evidence e, Assessed a, AssessmentPolicy.Deductions d) {
    if (e.meetings() == null) {
      return new Derived(FULL, "本级不要求召开专题会议");
    }
    List<String> lines = new ArrayList<>();
    for (MeetingCompliance.Missing m : e.meetings().missing()) {
      if (a.bodies().contains(m.body())) {
        lines.add((m.period().contains("Q") ? "第" + Articles.numeral(Integer.parseInt(m.period().substring(6)))
            + "季度" : "全年") + "未按要求召开" + m.body().chineseName() + "研究安全生产（" + Articles.chinese(m.article()) + "）");
      }
    }
    return deducted(lines, d.meetingPeriod(), "会议研究安全生产符合要求");
  }

  private static Derived dutyLists(Evidence e, Assessed a, AssessmentPolicy.Deductions d) {
    List<String> lines = new ArrayList<>();
    for (DutyList.Kind kind : e.missingLists()) {
      MeetingBody body = kind == DutyList.Kind.STANDING_COMMITTEE ? MeetingBody.PARTY_STANDING_COMMITTEE
          : MeetingBody.GOVERNMENT_EXECUTIVE;
      if (a.bodies().contains(body)) {
        lines.add("未制定" + e.year() + "年" + kind.chineseName() + "（" + Articles.chinese(kind.dutyId().replace("-", "(") + ")") + "）");
      }
    }
    return deducted(lines, d.dutyList(), "安全生产责任清单均已制定");
  }

  private static Derived accidents(Evidence e, Assessed a, AssessmentPolicy.Deductions d) {
    BigDecimal deduction = BigDecimal.ZERO;
    List<String> lines = new ArrayList<>();
    for (ProcedureFacts.Accident accident : e.accidents()) {
      if (!a.team() && !e.answers(a.cadreId(), accident)) {
        continue;
      }
      deduction = deduction.add(d.accident(accident.grade()));
      lines.add(accident.accidentNumber() + " " + accident.grade().chineseName() + "（扣" + plain(d.accident(accident.grade())) + "分）");
    }
    return lines.isEmpty() ? new Derived(FULL, a.team() || e.accidents().isEmpty() ? "本年度未发生生产安全事故"
        : "本年度分管范围内未发生生产安全事故") : capped(deduction, lines);
  }

  private static Derived rectifications(Evidence e, Assessed a, AssessmentPolicy.Deductions d) {
    List<String> lines = new ArrayList<>();
    for (ProcedureFacts.SupervisionItem item : e.items()) {
      if (!a.team() && !item.cadreIds().contains(a.cadreId())) {
        continue;
      }
      if (item.notDone()) {
        lines.add(item.itemNumber() + " 经核查未完成整改");
      } else if (item.wentOverdue()) {
        lines.add(item.itemNumber() + " 逾期未完成整改");
      }
    }
    return deducted(lines, d.rectification(), "督查督办事项均按期整改");
  }

  private static Derived cases(Evidence e, Assessed a, AssessmentPolicy.Deductions d) {
    List<String> lines = new ArrayList<>();
    for (ProcedureFacts.CaseMeasures c : e.cases()) {
      if (a.team() || c.cadreId() == a.cadreId()) {
        lines.add(c.caseNumber() + " " + String.join("、", c.measureNames()));
      }
    }
    return deducted(lines, d.accountabilityCase(), "本年度无问责决定");
  }

  private static Derived deducted(List<String> lines, BigDecimal each, String clean) {
    if (lines.isEmpty()) {
      return new Derived(FULL, clean);
    }
    List<String> shown = lines.stream().map(l -> l + "（扣" + plain(each) + "分）").toList();
    return capped(each.multiply(BigDecimal.valueOf(lines.size())), shown);
  }

  private static Derived capped(BigDecimal deduction, List<String> lines) {
    BigDecimal score = FULL.subtract(deduction).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    return new Derived(score, String.join("；", lines));
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
