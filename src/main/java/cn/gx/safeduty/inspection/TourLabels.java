package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.task.FormOptions;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.kernel.Sentences;
import cn.gx.safeduty.registry.Duty;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.JurisdictionService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** What a tour's tasks show staff, in Chinese, and the choices its forms offer (JSON options for form-js). */
@Component
public class TourLabels {

  private final DutyCatalogue duties;
  private final CadreService cadres;
  private final JurisdictionService jurisdictions;

  public TourLabels(DutyCatalogue duties, CadreService cadres, JurisdictionService jurisdictions) {
    this.duties = duties;
    this.cadres = cadres;
    this.jurisdictions = jurisdictions;
  }

  String tour(InspectionTour t) {
    return String.join("\n",
        "巡查编号：" + t.tourNumber() + "（" + t.year() + "年度）",
        "组织巡查：" + t.inspectingName() + "党委和政府",
        "巡查对象：" + t.targets().stream().map(InspectionTour.Target::jurisdictionName).collect(Collectors.joining("、")),
        "巡查重点：" + dutyList(t.focus()),
        "巡查组：" + t.team().stream().map(m -> m.name() + "（" + m.unit() + "）").collect(Collectors.joining("、")));
  }

  String target(InspectionTour t, InspectionTour.Target target) {
    String place = jurisdictions.fullName(target.jurisdictionCode());
    return String.join("\n",
        "巡查编号：" + t.tourNumber() + "（" + t.year() + "年度）；巡查通知：" + target.noticeNumber(),
        "被巡查地区：" + place + "党委和政府",
        "巡查重点：" + dutyList(t.focus()));
  }

  String dutyList(List<String> dutyIds) {
    return dutyIds.stream().map(duties::get).map(d -> d.citation() + " " + d.summary()).collect(Collectors.joining("；"));
  }

  TypedValue dutyOptions(List<String> dutyIds) {
    return FormOptions.of(dutyIds.stream().map(duties::get)
        .map(d -> new FormOptions.Option(d.citation() + " " + d.summary(), d.id())).toList());
  }

  String findings(List<InspectionTour.Finding> findings) {
    if (findings.isEmpty()) {
      return "尚未记录巡查发现";
    }
    return findings.stream().map(this::finding).collect(Collectors.joining("\n"));
  }

  String finding(InspectionTour.Finding f) {
    Duty d = duties.get(f.dutyId());
    String named = f.cadreIds().isEmpty() ? "" : "；涉及：" + names(f.cadreIds());
    String rectify = f.rectification() == null ? "" : "；责令整改：" + Sentences.open(f.rectification());
    return d.citation() + " " + d.summary() + "——" + f.verdict().chineseName() + "。" + Sentences.open(f.evidence()) + named
        + rectify;
  }

  String names(List<Long> cadreIds) {
    return cadreIds.stream().map(cadres::get).map(Cadre::name).collect(Collectors.joining("、"));
  }

  String rating(Rating rating, RatingCounts c) {
    return rating.chineseName() + "（未履行" + c.notFulfilled() + "项，部分履行" + c.partlyFulfilled() + "项，逾期或未完成整改"
        + c.overdueRectifications() + "项，缺少职责清单" + c.missingDutyLists() + "份）";
  }

  String concerned(Map<Long, List<String>> concerned) {
    if (concerned.isEmpty()) {
      return "巡查发现和整改结果未涉及具体领导干部";
    }
    return concerned.entrySet().stream()
        .map(e -> cadres.get(e.getKey()).name() + "：" + e.getValue().stream().map(duties::get).map(Duty::citation)
            .collect(Collectors.joining("、")))
        .collect(Collectors.joining("\n"));
  }

  String copy(InspectionTour t, InspectionTour.Target target) {
    return String.join("\n",
        t.tourNumber() + " 巡查" + target.jurisdictionName() + "，认定以下领导干部未履行或未充分履行安全生产职责（第十九条），已启动问责：",
        target.marks().stream().map(m -> cadres.get(m.cadreId()).name() + "（" + cadres.get(m.cadreId()).post() + "）："
            + m.dutyIds().stream().map(duties::get).map(Duty::citation).collect(Collectors.joining("、"))
            + (m.caseNumber() != null ? "，问责案件 " + m.caseNumber() : "")).collect(Collectors.joining("\n")),
        "认定理由：" + target.markReason());
  }

  String teamSummary(InspectionTour.Target target) {
    return "巡查等次：" + rating(target.rating(), target.counts()) + "\n" + findings(target.findings());
  }

  String cadreFinding(InspectionTour t, InspectionTour.Finding f) {
    return t.tourNumber() + "：" + finding(f);
  }
}
