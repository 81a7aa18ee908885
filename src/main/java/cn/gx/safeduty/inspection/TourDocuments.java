package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DutyCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A tour's documents from their templates: the notice to each target and the tour report, as PDF. */
@Component
public class TourDocuments {

  static final DateTimeFormatter DATE = cn.gx.safeduty.kernel.ChineseDates.DAY;

  private final InspectionTourService tours;
  private final TourLabels labels;
  private final DutyCatalogue duties;
  private final CadreService cadres;
  private final DocumentRenderer documents;
  private final Clock clock;

  public TourDocuments(InspectionTourService tours, TourLabels labels, DutyCatalogue duties, CadreService cadres,
      DocumentRenderer documents, Clock clock) {
    this.tours = tours;
    this.labels = labels;
    this.duties = duties;
    this.cadres = cadres;
    this.documents = documents;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public RenderedDocument notice(long tourId, String jurisdictionCode) {
    InspectionTour tour = tours.view(tourId);
    InspectionTour.Target target = tour.targets().stream().filter(t -> t.jurisdictionCode().equals(jurisdictionCode))
        .findFirst().orElseThrow(() -> new NotFoundException("Target of tour " + tour.tourNumber(), jurisdictionCode));
    if (target.noticeNumber() == null) {
      throw new ConflictException("The notice to " + jurisdictionCode + " has not been issued yet");
    }
    Map<String, Object> data = common(tour);
    data.put("noticeNumber", target.noticeNumber());
    data.put("addressee", target.jurisdictionName() + "党委、政府");
    data.put("date", DATE.format(target.notifiedAt().atZone(clock.getZone())));
    return new RenderedDocument(target.noticeNumber() + " 巡查通知.pdf", documents.pdf("inspection-notice", data));
  }

  @Transactional(readOnly = true)
  public RenderedDocument report(long tourId) {
    InspectionTour tour = tours.view(tourId);
    Map<String, Object> data = common(tour);
    data.put("tourNumber", tour.tourNumber());
    data.put("inspecting", tour.inspectingName());
    data.put("status", switch (tour.status()) {
      case PLANNED -> "方案待审定";
      case UNDERWAY -> "巡查中（本报告反映截至出具之日的情况）";
      case COMPLETED -> "已完成";
      case CANCELLED -> "方案未获批，已取消";
    });
    List<Map<String, Object>> targets = new java.util.ArrayList<>();
    for (InspectionTour.Target t : tour.targets()) {
      Map<String, Object> target = target(t);
      target.put("heading", Articles.numeral(targets.size() + 2) + "、" + t.jurisdictionName());
      targets.add(target);
    }
    data.put("targets", targets);
    data.put("date", DATE.format(LocalDate.now(clock)));
    return new RenderedDocument(tour.tourNumber() + " 巡查报告.pdf", documents.pdf("inspection-report", data));
  }

  private Map<String, Object> common(InspectionTour tour) {
    Map<String, Object> data = new HashMap<>();
    data.put("organs", List.of("中共" + tour.inspectingName() + "委员会", tour.inspectingName() + "人民政府"));
    data.put("year", tour.year());
    data.put("focus", tour.focus().stream().map(duties::get).map(d -> d.citation() + " " + d.summary()).toList());
    data.put("team", String.join("、", tour.team().stream().map(m -> m.name() + "（" + m.unit() + "）").toList()));
    return data;
  }

  private Map<String, Object> target(InspectionTour.Target t) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", t.jurisdictionName());
    data.put("noticeNumber", t.noticeNumber() != null ? t.noticeNumber() : "未发出");
    data.put("inspected", t.inspectedFrom() != null ? DATE.format(t.inspectedFrom()) + "至" + DATE.format(t.inspectedTo())
        : "尚未开展");
    data.put("rating", t.rating() != null ? labels.rating(t.rating(), t.counts()) : "尚未评定");
    data.put("findings", t.findings().isEmpty() ? List.of("尚未记录") : t.findings().stream().map(labels::finding).toList());
    data.put("rectifications", t.rectifications().isEmpty() ? List.of("无") : t.rectifications().stream()
        .map(i -> i.itemNumber() + "：" + i.requirement() + "（期限" + DATE.format(i.deadline()) + "，" + status(i) + "）")
        .toList());
    data.put("marks", t.marks().isEmpty() ? List.of("无") : t.marks().stream()
        .map(m -> cadres.get(m.cadreId()).name() + "：" + labels.dutyList(m.dutyIds())
            + (m.caseNumber() != null ? "；问责案件 " + m.caseNumber() : ""))
        .toList());
    return data;
  }

  private static String status(SupervisionItem i) {
    String status = switch (i.status()) {
      case OPEN -> "整改中";
      case OVERDUE -> "已逾期";
      case DONE -> "已完成";
      case NOT_DONE -> "未完成";
    };
    return i.wentOverdue() && i.status() != SupervisionStatus.OVERDUE ? status + "，曾逾期" : status;
  }
}
