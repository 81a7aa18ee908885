package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.registry.SafetyRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A cadre's safety record as the forms show it to staff (Art 15): one line per section, in Chinese. */
final class RecordText {

  private static final Map<String, String> GRADES = Map.of("EXCELLENT", "优秀", "QUALIFIED", "合格",
      "BASICALLY_QUALIFIED", "基本合格", "UNQUALIFIED", "不合格");

  private RecordText() {
  }

  static String of(SafetyRecord record, LocalDate today, Function<String, String> awardName) {
    List<String> lines = new ArrayList<>();
    lines.add("考核：" + join(record.assessmentGrades().stream()
        .map(g -> g.year() + "年" + GRADES.getOrDefault(g.grade(), g.grade()) + (g.caseId() != null ? "（" + g.caseId() + "）" : ""))
        .toList()));
    lines.add("巡查发现：" + join(record.tourFindings().stream()
        .map(f -> f.year() + "年 " + f.finding() + (f.caseId() != null ? "（问责" + f.caseId() + "）" : "")).toList()));
    lines.add("奖励：" + join(record.awards().stream()
        .map(a -> ChineseDates.of(a.awardedOn()) + " " + awardName.apply(a.kind()) + (a.caseId() != null ? "（" + a.caseId() + "）" : ""))
        .toList()));
    lines.add("问责措施：" + join(record.sanctions().stream()
        .map(s -> ChineseDates.of(s.decidedOn()) + " " + s.sanctionName() + "（" + s.caseId() + "）"
            + (s.status() != SafetyRecord.SanctionStatus.IN_FORCE ? "，已于" + ChineseDates.of(s.endedOn()) + "撤销或变更" : ""))
        .toList()));
    lines.add("影响期：" + join(record.restrictions().stream().filter(r -> r.activeOn(today))
        .map(r -> r.kind().chineseName() + "，" + cn.gx.safeduty.registry.Barred.sentence(r.bars()) + "，至" + cn.gx.safeduty.kernel.ChineseDates.lastDayBefore(r.endsOn()) + "（" + r.caseId() + "）")
        .toList()));
    return String.join("\n", lines);
  }

  private static String join(List<String> items) {
    return items.isEmpty() ? "无" : String.join("；", items);
  }
}
