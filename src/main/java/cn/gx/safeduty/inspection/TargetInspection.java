package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.RecordNumbers;
import cn.gx.safeduty.kernel.casework.CaseConcerns;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.CaseSource;
import cn.gx.safeduty.kernel.casework.Casework;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.task.FormOptions;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.Duty;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.DutyListService;
import cn.gx.safeduty.registry.SafetyRecordService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns the tour of one target (Art 11, 12, 19): notified, inspected, its findings recorded duty by
 * duty, rectifications ordered as supervision items, rated by the policy table, leaders marked and
 * their cases opened, results filed on the team's and the cadres' records.
 */
@Service
public class TargetInspection {

  public static final String LEADERS_MARKED_MESSAGE = "InspectionLeadersMarked";
  static final String NOTICE_KIND = "巡查通知";

  private final InspectionTourService tours;
  private final InspectionTourRepository repository;
  private final TourLabels labels;
  private final SupervisionItemService items;
  private final Casework cases;
  private final TourIssuing issuing;
  private final RecordNumbers numbers;
  private final CadreService cadres;
  private final DutyCatalogue duties;
  private final DutyListService dutyLists;
  private final SafetyRecordService records;
  private final RatingTable ratings;
  private final RuntimeService runtime;
  private final Clock clock;

  public TargetInspection(InspectionTourService tours, InspectionTourRepository repository, TourLabels labels,
      SupervisionItemService items, Casework cases, RecordNumbers numbers, CadreService cadres,
      DutyCatalogue duties, DutyListService dutyLists, SafetyRecordService records, RatingTable ratings,
      RuntimeService runtime, TourIssuing issuing, Clock clock) {
    this.tours = tours;
    this.issuing = issuing;
    this.repository = repository;
    this.labels = labels;
    this.items = items;
    this.cases = cases;
    this.numbers = numbers;
    this.cadres = cadres;
    this.duties = duties;
    this.dutyLists = dutyLists;
    this.records = records;
    this.ratings = ratings;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The notice goes out under its number; the target's tasks get what they show and offer. */
  @Transactional
  public Map<String, Object> notifyTarget(long targetId) {
    InspectionTour tour = tours.get(repository.tourOfTarget(targetId));
    moving(targetId, TargetStatus.NOTIFIED);
    repository.notified(targetId, numbers.next(NOTICE_KIND, tour.year()), clock.instant());
    issuing.notice(targetId, tour.inspectingCode(), LocalDate.now(clock));
    InspectionTour.Target target = tours.target(targetId);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("targetLabel", labels.target(tour, target));
    variables.put(cn.gx.safeduty.kernel.task.TaskCards.ITEM, target.jurisdictionName());
    variables.put("focusDutyOptions", labels.dutyOptions(tour.focus()));
    variables.put("leaderOptions", FormOptions.of(leaders(tour, target.jurisdictionCode()), Cadre::label,
        c -> String.valueOf(c.id())));
    variables.putAll(findingVariables(tour, target));
    return variables;
  }

  /**
   * The leaders who held a post in the jurisdiction in the year the tour inspects, departed since or
   * not: who a finding may name.
   */
  List<Cadre> leaders(InspectionTour tour, String jurisdictionCode) {
    return cadres.holders(jurisdictionCode, LocalDate.of(tour.year(), 1, 1), LocalDate.of(tour.year(), 12, 31));
  }

  public List<String> inspectionProblems(LocalDate from, LocalDate to) {
    List<String> problems = new ArrayList<>();
    if (to.isBefore(from)) {
      problems.add("巡查结束日期早于开始日期");
    }
    if (to.isAfter(LocalDate.now(clock))) {
      problems.add("巡查结束日期不能晚于今天");
    }
    return problems;
  }

  @Transactional
  public void recordInspection(long targetId, LocalDate from, LocalDate to, String note) {
    moving(targetId, TargetStatus.INSPECTED);
    repository.inspected(targetId, from, to, note);
  }

  /** What is wrong with a finding for this target, in staff's words; empty when it may be recorded. */
  public List<String> findingProblems(long targetId, NewFinding f) {
    InspectionTour tour = tours.get(repository.tourOfTarget(targetId));
    InspectionTour.Target target = tours.target(targetId);
    List<String> problems = new ArrayList<>();
    if (!tour.focus().contains(f.dutyId())) {
      problems.add("所选职责不在本次巡查重点内：" + f.dutyId());
    } else if (target.findings().stream().anyMatch(x -> x.dutyId().equals(f.dutyId()))) {
      problems.add("该职责已记录巡查发现：" + duties.get(f.dutyId()).citation());
    }
    Set<Long> leaderIds = leaders(tour, target.jurisdictionCode()).stream().map(Cadre::id).collect(Collectors.toSet());
    for (Long id : f.cadreIds()) {
      if (!leaderIds.contains(id)) {
        problems.add("所选干部在巡查年度未在被巡查地区任职：" + id);
      }
    }
    if (f.verdict() == Verdict.FULFILLED && f.rectification() != null) {
      problems.add("已履行的职责无需责令整改");
    }
    if (!f.more()) {
      Set<String> judged = target.findings().stream().map(InspectionTour.Finding::dutyId)
          .collect(Collectors.toCollection(HashSet::new));
      judged.add(f.dutyId());
      List<String> left = tour.focus().stream().filter(d -> !judged.contains(d)).map(d -> duties.get(d).citation())
          .toList();
      if (!left.isEmpty()) {
        problems.add("巡查重点尚有职责未记录巡查发现：" + String.join("、", left));
      }
    }
    return problems;
  }

  @Transactional
  public Map<String, Object> recordFinding(long targetId, NewFinding f, String by) {
    repository.lockTarget(targetId);
    List<String> problems = findingProblems(targetId, f);
    if (!problems.isEmpty()) {
      throw new ConflictException(String.join("；", problems));
    }
    repository.insertFinding(targetId, f.dutyId(), f.verdict(), f.evidence(), f.rectification(),
        List.copyOf(new LinkedHashSet<>(f.cadreIds())), by, clock.instant());
    Map<String, Object> variables = findingVariables(tours.get(repository.tourOfTarget(targetId)), tours.target(targetId));
    variables.put("moreFindings", f.more());
    return variables;
  }

  private Map<String, Object> findingVariables(InspectionTour tour, InspectionTour.Target target) {
    Set<String> judged = target.findings().stream().map(InspectionTour.Finding::dutyId).collect(Collectors.toSet());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("findingsSoFar", labels.findings(target.findings()));
    variables.put("dutiesLeft", tour.focus().stream().filter(d -> !judged.contains(d)).map(duties::get)
        .map(d -> d.citation() + " " + d.summary()).collect(Collectors.joining("\n")));
    return variables;
  }

  /** Each finding with a rectification becomes a supervision item; returns their ids, for the tour to call. */
  @Transactional
  public List<Long> orderRectifications(long targetId) {
    InspectionTour tour = tours.get(repository.tourOfTarget(targetId));
    InspectionTour.Target target = tours.target(targetId);
    List<Long> ordered = new ArrayList<>();
    for (InspectionTour.Finding f : target.findings()) {
      if (f.rectification() != null && f.itemId() == null) {
        var item = items.orderForTour(tour.tourNumber(), target.jurisdictionCode(), f.cadreIds(),
            List.of(f.dutyId()), f.rectification(), f.recordedBy());
        repository.setFindingItem(f.id(), item.id());
        ordered.add(item.id());
      }
    }
    repository.setTargetStatus(targetId, moving(targetId, TargetStatus.FINDINGS_RECORDED),
        TargetStatus.FINDINGS_RECORDED);
    return ordered;
  }

  /** The rating from the policy table, and who the findings and rectification results name. */
  @Transactional
  public Map<String, Object> rate(long targetId) {
    InspectionTour tour = tours.get(repository.tourOfTarget(targetId));
    InspectionTour.Target target = tours.target(targetId);
    List<InspectionTour.Finding> findings = target.findings();
    RatingCounts counts = new RatingCounts(
        (int) findings.stream().filter(f -> f.verdict() == Verdict.NOT_FULFILLED).count(),
        (int) findings.stream().filter(f -> f.verdict() == Verdict.PARTLY).count(),
        (int) target.rectifications().stream().filter(i -> i.wentOverdue() || i.status() == SupervisionStatus.NOT_DONE)
            .count(),
        dutyLists.missing(target.jurisdictionCode(), tour.year()).size());
    Rating rating = ratings.rate(counts);
    moving(targetId, TargetStatus.RATED);
    repository.rated(targetId, counts, rating, clock.instant());
    Map<Long, List<String>> concerned = concerned(target);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("ratingLabel", labels.rating(rating, counts));
    variables.put("leadersNamed", !concerned.isEmpty());
    variables.put("leaderConcernedOptions", FormOptions.of(concerned.keySet().stream().map(cadres::get).toList(), Cadre::label, c -> String.valueOf(c.id())));
    variables.put("leadersConcerned", labels.concerned(concerned));
    return variables;
  }

  /**
   * The leaders whose duties the tour found not (fully) fulfilled, or whose rectification went
   * overdue or was not done, with those duties (Art 19).
   */
  Map<Long, List<String>> concerned(InspectionTour.Target target) {
    Map<Long, Set<String>> byCadre = new LinkedHashMap<>();
    for (InspectionTour.Finding f : target.findings()) {
      if (f.verdict() != Verdict.FULFILLED) {
        f.cadreIds().forEach(c -> byCadre.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(f.dutyId()));
      }
    }
    for (SupervisionItem item : target.rectifications()) {
      if (item.wentOverdue() || item.status() == SupervisionStatus.NOT_DONE) {
        item.cadreIds().forEach(c -> byCadre.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(item.dutyIds()));
      }
    }
    Map<Long, List<String>> concerned = new LinkedHashMap<>();
    byCadre.forEach((cadre, dutyIds) -> concerned.put(cadre, List.copyOf(dutyIds)));
    return concerned;
  }

  public List<String> markProblems(long targetId, List<Long> cadreIds) {
    Map<Long, List<String>> concerned = concerned(tours.target(targetId));
    return cadreIds.stream().filter(id -> !concerned.containsKey(id))
        .map(id -> "所选干部不在巡查发现涉及的领导干部之列：" + id).toList();
  }

  /** Emergency management marks leaders as not fulfilling their duties; each gets a case next. */
  @Transactional
  public Map<String, Object> mark(long targetId, List<Long> cadreIds, String reason, String by) {
    repository.lockTarget(targetId);
    InspectionTour.Target target = tours.target(targetId);
    if (!target.marks().isEmpty() || target.markReason() != null) {
      throw new ConflictException("The leaders of target " + targetId + " are already marked");
    }
    Map<Long, List<String>> concerned = concerned(target);
    for (Long cadreId : new LinkedHashSet<>(cadreIds)) {
      repository.insertMark(targetId, cadreId, concerned.get(cadreId), by, clock.instant());
    }
    if (!cadreIds.isEmpty()) {
      repository.markReason(targetId, reason);
    }
    return Map.of("leadersMarked", !cadreIds.isEmpty());
  }

  /** A DUTY_FAILURE case for each marked leader, carrying the tour as its source; 纪检监察机关 gets a copy. */
  @Transactional
  public void openCases(long targetId) {
    InspectionTour tour = tours.get(repository.tourOfTarget(targetId));
    InspectionTour.Target target = tours.target(targetId);
    CaseFacts facts = new CaseFacts(false, false, false, Mitigation.NONE, false, false);
    for (InspectionTour.Mark mark : target.marks()) {
      if (mark.caseId() != null) {
        continue;
      }
      String duties = mark.dutyIds().stream().map(this.duties::get).map(Duty::citation)
          .collect(Collectors.joining("、"));
      String summary = tour.tourNumber() + " 巡查" + target.jurisdictionName() + "发现未履行或未充分履行安全生产职责（"
          + duties + "）：" + target.markReason();
      var registered = cases.register(new NewAccountabilityCase(mark.cadreId(), Ground.DUTY_FAILURE, null, null,
          summary, facts, new CaseSource(CaseSource.Kind.TOUR, tour.tourNumber(), mark.dutyIds()),
          CaseConcerns.year(target.jurisdictionCode(), tour.year())), mark.markedBy());
      repository.setMarkCase(targetId, mark.cadreId(), registered.id(), registered.caseNumber());
    }
    runtime.createMessageCorrelation(LEADERS_MARKED_MESSAGE).processInstanceId(tour.processInstanceId())
        .setVariableToTriggeredScope("copyLabel", labels.copy(tour, tours.target(targetId)))
        .correlate();
  }

  /** The organisation department files the results on the team's record and each concerned cadre's (Art 12). */
  @Transactional
  public void file(long targetId, String note, String by) {
    moving(targetId, TargetStatus.FILED);
    InspectionTour tour = tours.get(repository.tourOfTarget(targetId));
    InspectionTour.Target target = tours.target(targetId);
    records.addTeamEntry(target.jurisdictionCode(), tour.year(), "TOUR", tour.tourNumber(), target.rating().name(),
        labels.teamSummary(target), by);
    Map<Long, String> caseOf = target.marks().stream().filter(m -> m.caseNumber() != null)
        .collect(Collectors.toMap(InspectionTour.Mark::cadreId, InspectionTour.Mark::caseNumber));
    for (InspectionTour.Finding f : target.findings()) {
      for (Long cadreId : f.cadreIds()) {
        records.addTourFinding(cadreId, tour.year(), f.dutyId(), labels.cadreFinding(tour, f),
            f.verdict() != Verdict.FULFILLED ? caseOf.get(cadreId) : null);
      }
    }
    repository.filed(targetId, note, by, clock.instant());
  }

  /** Locks the target and checks it may take this step now; returns where it stood. */
  private TargetStatus moving(long targetId, TargetStatus next) {
    TargetStatus current = repository.lockTarget(targetId);
    LifecycleStatus.check("Inspection target " + targetId, current, next);
    return current;
  }
}
