package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Sentences;
import cn.gx.safeduty.kernel.casework.CaseConcerns;
import cn.gx.safeduty.kernel.casework.CaseState;
import cn.gx.safeduty.kernel.casework.Casework;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.Duty;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tour's documents as official documents of the inspecting level's Party committee and government: the
 * notice to each target (Art 12) when it goes out, and the report of the tour once it completes — both with
 * the number and date they were issued under.
 */
@Component
public class TourDocuments {

  private final InspectionTourService tours;
  private final TourIssuing issuing;
  private final DocumentIssuers issuers;
  private final DutyCatalogue duties;
  private final CadreService cadres;
  private final Casework cases;
  private final DocumentRenderer documents;
  private final Clock clock;

  public TourDocuments(InspectionTourService tours, TourIssuing issuing, DocumentIssuers issuers,
      DutyCatalogue duties, CadreService cadres, Casework cases, DocumentRenderer documents, Clock clock) {
    this.tours = tours;
    this.issuing = issuing;
    this.issuers = issuers;
    this.duties = duties;
    this.cadres = cadres;
    this.cases = cases;
    this.documents = documents;
    this.clock = clock;
  }

  @Transactional
  public RenderedDocument notice(long tourId, String jurisdictionCode) {
    InspectionTour tour = tours.view(tourId);
    InspectionTour.Target target = tour.targets().stream().filter(t -> t.jurisdictionCode().equals(jurisdictionCode))
        .findFirst().orElseThrow(() -> new NotFoundException("Target of tour " + tour.tourNumber(), jurisdictionCode));
    if (target.notifiedAt() == null) {
      throw new ConflictException("The notice to " + jurisdictionCode + " has not been issued yet");
    }
    LocalDate on = LocalDate.ofInstant(target.notifiedAt(), clock.getZone());
    List<Organ> organs = issuing.organisers(tour.inspectingCode());
    IssuedNumber number = issuing.notice(target.id(), tour.inspectingCode(), on);
    Map<String, Object> data = common(tour, organs);
    String place = issuers.organ(jurisdictionCode, OrganKind.GOVERNMENT).name().replace("人民政府", "");
    data.put("place", place);
    data.put("you", "你" + target.jurisdictionName().substring(target.jurisdictionName().length() - 1));
    NewInspectionTour.Arrangements a = tour.arrangements();
    data.put("period", a == null || a.plannedFrom() == null ? null
        : ChineseDates.DAY.format(a.plannedFrom()) + "至" + ChineseDates.DAY.format(a.plannedTo()));
    data.put("method", a == null || a.method() == null ? null : Sentences.closed(a.method()));
    data.put("contact", a == null || a.contactName() == null ? null
        : "联系人：" + a.contactName() + (a.contactPhone() != null ? "，联系电话：" + a.contactPhone() : "") + "。");
    data.put("focus", numbered(tour.focus().stream().map(duties::get).map(d -> d.summary() + "（" + d.citation() + "）").toList()));
    var frame = issuers.frame(organs, number, issuers.partyAndGovernment(jurisdictionCode), on, List.of(),
        List.of(issuers.organ(tour.inspectingCode(), OrganKind.EMERGENCY_MANAGEMENT).name()));
    return new RenderedDocument(number.text() + " 巡查通知.pdf", documents.pdf("inspection-notice", frame, data));
  }

  @Transactional
  public RenderedDocument report(long tourId) {
    InspectionTour tour = tours.view(tourId);
    if (tour.status() != TourStatus.COMPLETED) {
      throw new ConflictException("The report of " + tour.tourNumber() + " is issued when the tour completes");
    }
    LocalDate on = LocalDate.ofInstant(tour.completedAt(), clock.getZone());
    List<Organ> organs = issuing.organisers(tour.inspectingCode());
    IssuedNumber number = issuing.report(tourId, tour.inspectingCode(), on);
    Map<String, Object> data = common(tour, organs);
    List<InspectionTour.Target> inspected = tour.targets().stream().filter(t -> t.rating() != null).toList();
    data.put("count", inspected.size());
    data.put("focus", String.join("；", tour.focus().stream().map(duties::get).map(Duty::summary).toList()));
    Map<Long, CaseState> opened = cases.states(inspected.stream().flatMap(t -> t.marks().stream())
        .map(InspectionTour.Mark::caseId).filter(java.util.Objects::nonNull).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> sections = new ArrayList<>();
    for (InspectionTour.Target t : inspected) {
      rows.add(row(t));
      sections.add(section(t, tour, sections.size() + 1, opened));
    }
    data.put("rows", rows);
    data.put("targets", sections);
    List<String> addressees = inspected.stream().flatMap(t -> issuers.partyAndGovernment(t.jurisdictionCode()).stream())
        .toList();
    String inspecting = tour.inspectingCode();
    var frame = issuers.frame(organs, number, addressees, on, List.of(),
        List.of(issuers.organ(inspecting, OrganKind.EMERGENCY_MANAGEMENT).name(),
            issuers.organ(inspecting, OrganKind.ORGANIZATION_DEPARTMENT).name(),
            issuers.organ(inspecting, OrganKind.DISCIPLINE_COMMISSION).name()));
    return new RenderedDocument(number.text() + " 巡查情况通报.pdf", documents.pdf("inspection-report", frame, data));
  }

  private Map<String, Object> common(InspectionTour tour, List<Organ> organs) {
    Map<String, Object> data = new HashMap<>();
    data.put("regulation", Articles.REGULATION);
    data.put("organisers", organs.get(0).name() + "、" + organs.get(1).name());
    data.put("lead", issuers.organ(tour.inspectingCode(), OrganKind.EMERGENCY_MANAGEMENT).name());
    data.put("year", tour.year());
    data.put("team", tour.team().stream().map(m -> m.name() + "（" + m.unit() + "）").collect(Collectors.joining("、")));
    return data;
  }

  private static Map<String, Object> row(InspectionTour.Target t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", t.jurisdictionName());
    row.put("inspected", t.inspectedFrom() == null ? "—"
        : ChineseDates.DAY.format(t.inspectedFrom()) + "至" + ChineseDates.DAY.format(t.inspectedTo()));
    row.put("rating", t.rating().chineseName());
    row.put("short", t.counts().notFulfilled() + t.counts().partlyFulfilled());
    row.put("items", t.rectifications().size());
    row.put("marked", t.marks().size());
    return row;
  }

  /** One target in prose: rating, findings by duty, rectification, and the cases opened with their outcome. */
  private Map<String, Object> section(InspectionTour.Target t, InspectionTour tour, int n, Map<Long, CaseState> opened) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("heading", "（" + Articles.numeral(n) + "）" + t.jurisdictionName());
    String when = t.inspectedFrom() == null ? "" : "巡查组于" + ChineseDates.DAY.format(t.inspectedFrom()) + "至"
        + ChineseDates.DAY.format(t.inspectedTo()) + "进驻开展巡查。";
    section.put("overall", when + "综合巡查发现和整改情况，评定为“" + t.rating().chineseName() + "”：未履行职责"
        + t.counts().notFulfilled() + "项，未充分履行" + t.counts().partlyFulfilled() + "项，逾期或未完成整改"
        + t.counts().overdueRectifications() + "项，缺少职责清单" + t.counts().missingDutyLists() + "份。");
    List<String> problems = t.findings().stream().filter(f -> f.verdict() != Verdict.FULFILLED).map(f -> {
      Duty d = duties.get(f.dutyId());
      String who = f.cadreIds().isEmpty() ? "" : "涉及" + names(f.cadreIds(), t.jurisdictionCode(), tour.year()) + "。";
      String rectify = f.rectification() == null ? "" : "责令整改：" + Sentences.closed(f.rectification());
      return d.summary() + "（" + d.citation() + "）" + f.verdict().chineseName() + "。" + Sentences.closed(f.evidence()) + who
          + rectify;
    }).toList();
    section.put("problems", numbered(problems.isEmpty() ? List.of("巡查的职责均已履行。") : problems));
    section.put("fulfilled", t.findings().stream().filter(f -> f.verdict() == Verdict.FULFILLED)
        .map(f -> duties.get(f.dutyId()).summary() + "（" + duties.get(f.dutyId()).citation() + "）："
            + Sentences.closed(f.evidence())).toList());
    section.put("rectifications", t.rectifications().stream().map(i -> "督办事项：" + Sentences.open(i.requirement())
        + "，期限" + ChineseDates.DAY.format(i.deadline()) + "，" + InspectionRecordFacts.statusName(i) + "。").toList());
    section.put("cases", t.marks().stream().map(m -> {
      CaseState c = m.caseId() == null ? null : opened.get(m.caseId());
      String outcome = c == null ? "" : c.outcomeName() != null ? "，结果为" + c.outcomeName() : "，" + c.statusName();
      return "对" + names(List.of(m.cadreId()), t.jurisdictionCode(), tour.year()) + "启动问责（未履行"
          + m.dutyIds().stream().map(duties::get).map(Duty::citation).collect(Collectors.joining("、"))
          + "规定的职责）" + outcome + "。";
    }).toList());
    return section;
  }

  /** Leaders as the report names them: 姓名（the post held in the year inspected）. */
  private String names(List<Long> cadreIds, String jurisdictionCode, int year) {
    CaseConcerns inYear = new CaseConcerns(jurisdictionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    return cadreIds.stream().map(id -> cadres.get(id).name() + cadres.postingConcerned(id, inYear)
        .map(p -> "（" + issuers.postAsHeld(p) + "）").orElse("")).collect(Collectors.joining("、"));
  }

  private static List<String> numbered(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add((i + 1) + "." + lines.get(i));
    }
    return out;
  }
}
