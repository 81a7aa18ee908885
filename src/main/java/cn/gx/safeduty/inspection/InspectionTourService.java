package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.RecordNumbers;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns an inspection tour's lifecycle (Art 11): planned, its plan approved in the upper level's name
 * or not (cancelled, its targets free again), underway, completed; and reads tours back. What
 * happens at each target is {@link TargetInspection}'s.
 */
@Service
public class InspectionTourService {

  public static final String PROCESS_KEY = "inspection-tour";
  static final String NUMBER_KIND = "巡查";

  private final InspectionTourRepository tours;
  private final TourLabels labels;
  private final SupervisionItemService items;
  private final RecordNumbers numbers;
  private final JurisdictionService jurisdictions;
  private final DutyCatalogue duties;
  private final TourPolicy policy;
  private final RuntimeService runtime;
  private final Clock clock;

  private final TourIssuing issuing;

  public InspectionTourService(InspectionTourRepository tours, TourLabels labels, SupervisionItemService items,
      RecordNumbers numbers, JurisdictionService jurisdictions, DutyCatalogue duties, TourPolicy policy,
      RuntimeService runtime, TourIssuing issuing, Clock clock) {
    this.tours = tours;
    this.issuing = issuing;
    this.labels = labels;
    this.items = items;
    this.numbers = numbers;
    this.jurisdictions = jurisdictions;
    this.duties = duties;
    this.policy = policy;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Records the plan and starts the tour; a target toured already that year is a conflict; all or nothing. */
  @Transactional
  public InspectionTour plan(NewInspectionTour tour, String createdBy) {
    List<FieldProblem> problems = new ArrayList<>();
    Jurisdiction inspecting = jurisdictions.find(tour.inspectingJurisdiction()).orElse(null);
    if (inspecting == null) {
      problems.add(new FieldProblem("inspectingJurisdiction", "names no jurisdiction"));
    }
    problems.addAll(jurisdictions.subordinateProblems(inspecting == null ? null : inspecting.code(), "targets",
        tour.targets()));
    Set<String> focus = new HashSet<>();
    for (int i = 0; i < tour.focus().size(); i++) {
      String id = tour.focus().get(i);
      if (!duties.contains(id)) {
        problems.add(new FieldProblem("focus[" + i + "]", "names no duty of the catalogue"));
      } else if (!focus.add(id)) {
        problems.add(new FieldProblem("focus[" + i + "]", "names the same duty twice"));
      }
    }
    if (tour.year() > LocalDate.now(clock).getYear() + 1) {
      problems.add(new FieldProblem("year", "is more than a year ahead"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    List<String> toured = tours.alreadyToured(tour.year(), tour.targets());
    if (!toured.isEmpty()) {
      throw new ConflictException("Already toured in " + tour.year() + ": " + String.join(", ", toured));
    }
    String number = numbers.next(NUMBER_KIND, tour.year());
    long id = tours.insert(number, tour, createdBy, clock.instant());
    InspectionTour planned = view(id);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("tourId", id);
    variables.put("tourLabel", labels.tour(planned));
    variables.put("planApprovalRequired", policy.planApproval());
    String pid = runtime.startProcessInstanceByKey(PROCESS_KEY, number, variables).getId();
    tours.setProcessInstance(id, pid);
    return view(id);
  }

  /** The plan approved in the upper level's name (with its document), or not. */
  @Transactional
  public void approvePlan(long tourId, boolean approved, String ref, String note, String by) {
    if (approved) {
      tours.approve(tourId, ref, note, by, clock.instant());
    }
  }

  /** The plan was not approved: the tour ends and frees its targets. */
  @Transactional
  public void cancel(long tourId) {
    move(tourId, TourStatus.CANCELLED, clock.instant());
    tours.cancelTargets(tourId);
  }

  @Transactional
  public void start(long tourId) {
    move(tourId, TourStatus.UNDERWAY, null);
  }

  /** The tour completes and its report is numbered and dated that day. */
  @Transactional
  public void complete(long tourId) {
    move(tourId, TourStatus.COMPLETED, clock.instant());
    issuing.report(tourId, get(tourId).inspectingCode(), LocalDate.now(clock));
  }

  private void move(long tourId, TourStatus next, java.time.Instant at) {
    TourStatus current = tours.lockTour(tourId).orElseThrow(() -> new NotFoundException("Inspection tour", tourId));
    LifecycleStatus.check("Inspection tour " + tourId, current, next);
    if (!tours.setStatus(tourId, current, next, at)) {
      throw new ConflictException("Inspection tour " + tourId + " changed meanwhile");
    }
  }

  public List<Long> targetIds(long tourId) {
    return tours.targetIds(tourId);
  }

  /** The tour a tour process instance belongs to. */
  public long tourOfInstance(String processInstanceId) {
    return tours.tourOfInstance(processInstanceId)
        .orElseThrow(() -> new NotFoundException("Inspection tour of process instance", processInstanceId));
  }

  public boolean isTargetOf(long targetId, long tourId) {
    return tours.targetIds(tourId).contains(targetId);
  }

  /** The target a task of the tour belongs to: the multi-instance element of its scope. */
  public InspectionTour.Target target(long targetId) {
    InspectionTour.Target t = tours.target(targetId).orElseThrow(() -> new NotFoundException("Inspection target", targetId));
    return withDetails(List.of(t), tours.tourOfTarget(targetId)).get(0);
  }

  /** What the year's tours found of a jurisdiction (cancelled ones left out), for the year's assessment. */
  @Transactional(readOnly = true)
  public List<TourResult> resultsOf(String jurisdictionCode, int year) {
    return tours.resultsOf(jurisdictionCode, year);
  }

  public InspectionTour get(long id) {
    return tours.tour(id).orElseThrow(() -> new NotFoundException("Inspection tour", id));
  }

  @Transactional(readOnly = true)
  public InspectionTour view(long id) {
    InspectionTour t = get(id);
    return new InspectionTour(t.id(), t.tourNumber(), t.year(), t.inspectingCode(), t.inspectingName(), t.status(),
        t.focus(), t.team(), t.arrangements(), t.approvalRef(), t.approvalNote(), t.approvedBy(), t.approvedAt(), t.processInstanceId(),
        t.createdBy(), t.createdAt(), t.completedAt(), withDetails(tours.targets(id), id));
  }

  private List<InspectionTour.Target> withDetails(List<InspectionTour.Target> targets, long tourId) {
    List<Long> ids = targets.stream().map(InspectionTour.Target::id).toList();
    var findings = tours.findings(ids);
    var marks = tours.marks(ids);
    Map<Long, SupervisionItem> itemsById = items.ofTour(get(tourId).tourNumber()).stream()
        .collect(Collectors.toMap(SupervisionItem::id, i -> i));
    return targets.stream().map(t -> {
      List<InspectionTour.Finding> fs = findings.getOrDefault(t.id(), List.of());
      List<SupervisionItem> rectifications = fs.stream().map(InspectionTour.Finding::itemId)
          .filter(java.util.Objects::nonNull).map(itemsById::get).filter(java.util.Objects::nonNull).toList();
      return new InspectionTour.Target(t.id(), t.jurisdictionCode(), t.jurisdictionName(), t.status(),
          t.noticeNumber(), t.notifiedAt(), t.inspectedFrom(), t.inspectedTo(), t.inspectionNote(), t.counts(),
          t.rating(), t.ratedAt(), t.markReason(), t.filingNote(), t.filedBy(), t.filedAt(), fs, rectifications,
          marks.getOrDefault(t.id(), List.of()));
    }).toList();
  }

  @Transactional(readOnly = true)
  /** The tours the jurisdiction organised for the year, not cancelled (Art 6(6)). */
  public List<String> organisedBy(String jurisdictionCode, int year) {
    return tours.organisedBy(jurisdictionCode, year);
  }

  static final List<String> RESULT_HEADERS = List.of("巡查编号", "年度", "巡查组织单位", "被巡查地区", "进度", "巡查开始",
      "巡查结束", "巡查等次", "未履行职责项", "未充分履行项", "逾期或未完成整改", "未制定责任清单", "归档时间");


  /** Each target's result of the tours the filters select, as an XLSX workbook written as it is read. */
  @Transactional(readOnly = true)
  public void exportResults(Integer year, Set<String> scope, TourStatus status, java.io.OutputStream out)
      throws java.io.IOException {
    try (var sheet = new cn.gx.safeduty.kernel.export.SheetWriter(out, "巡查结果", RESULT_HEADERS, clock.getZone())) {
      tours.forEachResult(year, scope, status, r -> sheet.row(r.tourNumber(), r.year(), r.inspectingName(),
          r.targetName(), r.status().chineseName(), r.inspectedFrom(), r.inspectedTo(),
          r.rating() != null ? r.rating().chineseName() : null, r.notFulfilled(), r.partlyFulfilled(),
          r.overdueItems(), r.missingLists(), r.filedAt()));
    }
  }

  public Page<TourSummary> list(Integer year, String jurisdiction, boolean includeSubdivisions, TourStatus status,
      int page, int size) {
    Set<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    return Page.of(tours.summaries(year, scope, status, page, size), page, size, tours.count(year, scope, status));
  }
}
