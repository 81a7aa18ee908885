package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.Eligibility;
import cn.gx.safeduty.registry.Barred;
import java.util.ArrayList;
import java.util.List;

/**
 * What stops a member being graded 优秀 whatever the total, each citing its article: a restriction
 * in force whose effect covers excellence (Art 22's one-vote veto, and any other restriction whose
 * scope bars it), or leadership responsibility for an accident held against them that year (Art 22).
 * A capped 优秀 becomes the next grade down; other grades are left as the total gives them.
 */
public final class GradeCaps {

  /** Why a grade was capped: the article and what the record shows. */
  public record Cap(String article, String reason) {
  }

  /** The grade after the caps, the grade the total gave, and the caps that applied. */
  public record Capped(Grade grade, Grade fromTotal, List<Cap> caps) {
  }

  static final String ACCIDENT_ARTICLE = "22";

  private GradeCaps() {
  }

  /**
   * @param restrictions the member's restrictions active on the day the grade is given
   * @param accidentCases the numbers of the year's cases holding the member to leadership responsibility for an accident
   */
  static Capped apply(Grade fromTotal, List<Eligibility.Blocking> restrictions, List<String> accidentCases) {
    List<Cap> caps = new ArrayList<>();
    for (Eligibility.Blocking r : restrictions) {
      if (r.bars().contains(Barred.EXCELLENCE)) {
        caps.add(new Cap(r.article(), r.kind().chineseName() + "期间不得评优（" + r.caseId() + "，至"
            + cn.gx.safeduty.kernel.ChineseDates.lastDayBefore(r.endsOn()) + "）"));
      }
    }
    for (String caseNumber : accidentCases) {
      caps.add(new Cap(ACCIDENT_ARTICLE, "当年对生产安全事故负有领导责任（" + caseNumber + "）"));
    }
    Grade grade = fromTotal == Grade.EXCELLENT && !caps.isEmpty() ? Grade.QUALIFIED : fromTotal;
    return new Capped(grade, fromTotal, fromTotal == Grade.EXCELLENT ? caps : List.of());
  }
}
