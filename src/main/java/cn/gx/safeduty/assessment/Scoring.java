package cn.gx.safeduty.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Emergency management's scores checked against the rules' and added up: an indicator scored by hand
 * needs a score; a derived score stands unless changed with a reason; every score is 0-100 with at
 * most two decimals. The total is the sum of score × weight / 100.
 */
final class Scoring {

  /** What staff entered for one indicator, in the indicators' order; a null score keeps the derived one. */
  record Entry(BigDecimal score, String reason) {
  }

  private Scoring() {
  }

  static List<String> problems(List<AssessmentCycle.Score> derived, List<Entry> entries) {
    List<String> problems = new ArrayList<>();
    if (entries.size() != derived.size()) {
      problems.add("评分应逐项填写，共" + derived.size() + "项");
      return problems;
    }
    for (int i = 0; i < derived.size(); i++) {
      AssessmentCycle.Score s = derived.get(i);
      Entry e = entries.get(i);
      if (e.score() == null) {
        if (s.derived() == null) {
          problems.add("请为“" + s.indicatorName() + "”评分");
        }
        continue;
      }
      if (e.score().compareTo(BigDecimal.ZERO) < 0 || e.score().compareTo(IndicatorRules.FULL) > 0) {
        problems.add("“" + s.indicatorName() + "”的得分应在0至100之间");
      } else if (e.score().stripTrailingZeros().scale() > 2) {
        problems.add("“" + s.indicatorName() + "”的得分最多保留两位小数");
      } else if (s.derived() != null && e.score().compareTo(s.derived()) != 0 && e.reason() == null) {
        problems.add("调整“" + s.indicatorName() + "”的规则得分（" + IndicatorRules.plain(s.derived()) + "分）须写明理由");
      }
    }
    return problems;
  }

  /** The scores that count: the entered one, or the derived one where none was entered. */
  static List<AssessmentCycle.Score> settle(List<AssessmentCycle.Score> derived, List<Entry> entries) {
    List<AssessmentCycle.Score> settled = new ArrayList<>();
    for (int i = 0; i < derived.size(); i++) {
      AssessmentCycle.Score s = derived.get(i);
      Entry e = entries.get(i);
      BigDecimal score = e.score() != null ? e.score() : s.derived();
      String reason = s.derived() != null && score.compareTo(s.derived()) == 0 ? null : e.reason();
      settled.add(new AssessmentCycle.Score(s.indicatorCode(), s.indicatorName(), s.weight(), s.derived(), s.source(),
          score.setScale(2, RoundingMode.HALF_UP), reason, null, null));
    }
    return settled;
  }

  static BigDecimal total(List<AssessmentCycle.Score> scores) {
    return scores.stream().map(s -> s.score().multiply(s.weight()))
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(IndicatorRules.FULL, 2, RoundingMode.HALF_UP);
  }
}
