package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The bulletin of a cycle's results (考核结果通报, Art 16) from its template, as PDF, once published. */
@Component
public class AssessmentBulletin {

  static final DateTimeFormatter DATE = cn.gx.safeduty.kernel.ChineseDates.DAY;

  private final AssessmentCycleService cycles;
  private final DocumentRenderer documents;

  public AssessmentBulletin(AssessmentCycleService cycles, DocumentRenderer documents) {
    this.cycles = cycles;
    this.documents = documents;
  }

  @Transactional(readOnly = true)
  public RenderedDocument render(long cycleId) {
    AssessmentCycle cycle = cycles.view(cycleId);
    if (cycle.status() != CycleStatus.PUBLISHED) {
      throw new ConflictException("The results of " + cycle.cycleNumber() + " are not published yet");
    }
    return new RenderedDocument(cycle.cycleNumber() + " 考核结果" + cycle.publication().mode().chineseName() + ".pdf",
        documents.pdf("assessment-bulletin", data(cycle, cycles.proposals(cycleId))));
  }

  static Map<String, Object> data(AssessmentCycle cycle, List<AssessmentCycle.Proposal> proposals) {
    Map<String, Object> data = new HashMap<>();
    data.put("organs", List.of("中共" + cycle.assessingName() + "委员会", cycle.assessingName() + "人民政府"));
    data.put("cycleNumber", cycle.cycleNumber());
    data.put("year", cycle.year());
    data.put("assessing", cycle.assessingName());
    data.put("mode", cycle.publication().mode().chineseName());
    data.put("publicationRef", cycle.publication().ref());
    data.put("indicators", cycle.indicators().stream()
        .map(i -> i.name() + "：权重" + IndicatorRules.plain(i.weight()) + "（" + i.rule().source() + "）").toList());
    List<Map<String, Object>> targets = new ArrayList<>();
    for (AssessmentCycle.Target t : cycle.targets()) {
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("heading", Articles.numeral(targets.size() + 2) + "、" + t.jurisdictionName());
      target.put("rows", t.assessees().stream().map(AssessmentBulletin::row).toList());
      targets.add(target);
    }
    data.put("targets", targets);
    data.put("proposalsHeading", Articles.numeral(targets.size() + 2) + "、奖励建议（第十八条）");
    data.put("proposals", proposals.isEmpty() ? List.of("本次考核未提出记功、嘉奖建议。") : proposals.stream()
        .map(p -> p.cadreName() + "：建议" + p.award().chineseName() + "。" + p.facts()).toList());
    data.put("date", DATE.format(cycle.publication().publishedOn()));
    return data;
  }

  private static Map<String, Object> row(AssessmentCycle.Assessee a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", a.name());
    row.put("total", a.total() == null ? "—" : IndicatorRules.plain(a.total()));
    row.put("grade", a.grade() == null ? "尚未评定" : a.grade().chineseName());
    row.put("note", a.caps().isEmpty() ? "" : "按总分为" + a.gradeFromTotal().chineseName() + "，"
        + String.join("；", a.caps().stream().map(c -> "依据" + Articles.chinese(c.article()) + "不得评为优秀").toList()));
    return row;
  }
}
