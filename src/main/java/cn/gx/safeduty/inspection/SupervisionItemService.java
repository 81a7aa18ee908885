package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Page;
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
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
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
 * Owns a supervision item's lifecycle (Art 11): ordered (over the API, or by a tour for a
 * rectification), reminded, overdue and escalated, verified done or not done, re-ordered once with
 * a new deadline; the result is kept.
 */
@Service
public class SupervisionItemService {

  public static final String PROCESS_KEY = "supervision-item";
  static final String NUMBER_KIND = "督办";
  static final DateTimeFormatter DAY = cn.gx.safeduty.kernel.ChineseDates.DAY;

  public record Ordered(long id, String itemNumber, String processInstanceId) {
  }

  private final SupervisionItemRepository items;
  private final RecordNumbers numbers;
  private final JurisdictionService jurisdictions;
  private final CadreService cadres;
  private final DutyCatalogue duties;
  private final SupervisionDeadlines deadlines;
  private final Casework cases;
  private final RuntimeService runtime;
  private final Clock clock;

  public SupervisionItemService(SupervisionItemRepository items, RecordNumbers numbers,
      JurisdictionService jurisdictions, CadreService cadres, DutyCatalogue duties, SupervisionDeadlines deadlines,
      Casework cases, RuntimeService runtime, Clock clock) {
    this.cases = cases;
    this.items = items;
    this.numbers = numbers;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.duties = duties;
    this.deadlines = deadlines;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** An item ordered by emergency management over the API: recorded and its process started, all or nothing. */
  @Transactional
  public Ordered order(NewSupervisionItem item, String createdBy) {
    if (!item.source().orderedByHand()) {
      throw new InvalidFieldsException("source", item.source() + " items are ordered by what finds them");
    }
    Ordered ordered = record(item, createdBy);
    String pid = runtime.startProcessInstanceByKey(PROCESS_KEY, ordered.itemNumber(), Map.of("itemId", ordered.id()))
        .getId();
    return new Ordered(ordered.id(), ordered.itemNumber(), pid);
  }

  /**
   * A follow-up item another procedure orders through {@link cn.gx.safeduty.kernel.casework.SupervisionOrders}:
   * recorded with the policy's rectification deadline and its process started, unless one of the same
   * source and reference exists.
   */
  @Transactional
  public java.util.Optional<String> orderFollowUp(cn.gx.safeduty.kernel.casework.SupervisionOrder order, String by) {
    SupervisionSource source = SupervisionSource.valueOf(order.source().name());
    if (items.exists(source, order.sourceRef())) {
      return java.util.Optional.empty();
    }
    Ordered ordered = record(new NewSupervisionItem(source, order.sourceRef(), order.jurisdictionCode(),
        order.cadreIds(), order.dutyIds(), order.requirement(), deadlines.rectificationDeadline()), by);
    runtime.startProcessInstanceByKey(PROCESS_KEY, ordered.itemNumber(), Map.of("itemId", ordered.id()));
    return java.util.Optional.of(ordered.itemNumber());
  }

  /** An item a tour orders; the tour calls the item's process for it. */
  @Transactional
  public Ordered orderForTour(String tourNumber, String jurisdictionCode, List<Long> cadreIds, List<String> dutyIds,
      String requirement, String orderedBy) {
    return record(new NewSupervisionItem(SupervisionSource.TOUR, tourNumber, jurisdictionCode, cadreIds, dutyIds,
        requirement, deadlines.rectificationDeadline()), orderedBy);
  }

  private Ordered record(NewSupervisionItem item, String createdBy) {
    List<FieldProblem> problems = new ArrayList<>();
    Jurisdiction jurisdiction = jurisdictions.find(item.jurisdictionCode()).orElse(null);
    if (jurisdiction == null) {
      problems.add(new FieldProblem("jurisdictionCode", "names no jurisdiction"));
    }
    Set<Long> seenCadres = new HashSet<>();
    for (int i = 0; i < item.cadreIds().size(); i++) {
      Long id = item.cadreIds().get(i);
      if (!cadres.exists(id)) {
        problems.add(new FieldProblem("cadreIds[" + i + "]", "names no cadre"));
      } else if (!seenCadres.add(id)) {
        problems.add(new FieldProblem("cadreIds[" + i + "]", "names the same cadre twice"));
      } else if (jurisdiction != null && !cadres.get(id).jurisdictionCode().equals(jurisdiction.code())) {
        problems.add(new FieldProblem("cadreIds[" + i + "]", "is not a leader of " + jurisdiction.code()));
      }
    }
    Set<String> seenDuties = new HashSet<>();
    for (int i = 0; i < item.dutyIds().size(); i++) {
      String id = item.dutyIds().get(i);
      if (!duties.contains(id)) {
        problems.add(new FieldProblem("dutyIds[" + i + "]", "names no duty of the catalogue"));
      } else if (!seenDuties.add(id)) {
        problems.add(new FieldProblem("dutyIds[" + i + "]", "names the same duty twice"));
      }
    }
    problems.addAll(deadlineProblems("deadline", item.deadline()));
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    String inspecting = jurisdiction.parentCode() != null ? jurisdiction.parentCode() : jurisdiction.code();
    String number = numbers.next(NUMBER_KIND, deadlines.today().getYear());
    long id = items.insert(number, item, inspecting, createdBy, clock.instant());
    items.addEvent(id, SupervisionItem.Kind.ORDERED, item.requirement().trim(), item.deadline(), createdBy,
        clock.instant());
    return new Ordered(id, number, null);
  }

  /** A deadline is a working day from today on. */
  List<FieldProblem> deadlineProblems(String field, LocalDate deadline) {
    if (deadline.isBefore(deadlines.today())) {
      return List.of(new FieldProblem(field, "is in the past"));
    }
    if (!deadlines.isWorkingDay(deadline)) {
      return List.of(new FieldProblem(field, "is not a working day; the next one is "
          + deadlines.nextWorkingDay(deadline)));
    }
    return List.of();
  }

  /** Links the item to its process and gives the process its timers and what its forms show. */
  @Transactional
  public Map<String, Object> prepare(long id, String processInstanceId) {
    SupervisionItem item = get(id);
    items.setProcessInstance(id, processInstanceId);
    return processVariables(item);
  }

  private Map<String, Object> processVariables(SupervisionItem item) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("itemNumber", item.itemNumber());
    variables.put("itemLabel", label(item));
    variables.put("itemDeadline", DAY.format(item.deadline()));
    variables.put("deadlineAt", deadlines.dueAt(item.deadline()));
    variables.put("reminderAt", deadlines.reminderAt(item.deadline()));
    variables.put("reordersLeft", deadlines.reorders() - (item.rounds() - 1));
    return variables;
  }

  /** What the item's tasks show: where, what, which duties and leaders, by when. */
  String label(SupervisionItem item) {
    String place = jurisdictions.fullName(item.jurisdictionCode());
    String leaders = item.cadreIds().stream().map(cadres::get).map(c -> c.name() + "（" + c.post() + "）")
        .collect(Collectors.joining("、"));
    String dutyText = item.dutyIds().stream().map(duties::get).map(d -> d.citation() + " " + d.summary())
        .collect(Collectors.joining("；"));
    return String.join("\n",
        "督办编号：" + item.itemNumber() + (item.sourceRef() != null ? "（来源：" + item.sourceRef() + "）" : ""),
        "被督办地区：" + place,
        "整改要求：" + item.requirement(),
        "涉及职责：" + dutyText,
        "涉及领导干部：" + (leaders.isEmpty() ? "未点名" : leaders),
        "整改期限：" + DAY.format(item.deadline()) + (item.rounds() > 1 ? "（第" + item.rounds() + "次责令整改）" : ""));
  }

  /** The reminder before the deadline, kept on the item; returns the text of the notice. */
  @Transactional
  public String remind(long id) {
    SupervisionItem item = get(id);
    items.addEvent(id, SupervisionItem.Kind.REMINDED, null, item.deadline(), null, clock.instant());
    return "督办事项" + item.itemNumber() + "将于" + DAY.format(item.deadline()) + "到期，请及时核验整改情况。\n"
        + label(item);
  }

  /** The deadline passed before verification: the item is overdue, and the inspecting level is told. */
  @Transactional
  public void markOverdue(long id) {
    SupervisionItem item = items.lock(id).orElseThrow(() -> new NotFoundException("Supervision item", id));
    if (item.status().mayBecome(SupervisionStatus.OVERDUE) && items.markOverdue(id, item.status())) {
      items.addEvent(id, SupervisionItem.Kind.OVERDUE, null, item.deadline(), null, clock.instant());
    }
  }

  /** What the inspecting level did about an overdue item. */
  @Transactional
  public void urge(long id, String note, String by) {
    items.lock(id).orElseThrow(() -> new NotFoundException("Supervision item", id));
    items.addEvent(id, SupervisionItem.Kind.URGED, note, null, by, clock.instant());
  }

  /** A verification as its step submits it; checked before the engine takes it. */
  public record Verification(boolean done, String note, LocalDate newDeadline) {
  }

  /** Problems with a verification of this item, in staff's words; empty when it may be recorded. */
  public List<String> verificationProblems(long id, Verification v) {
    SupervisionItem item = get(id);
    List<String> problems = new ArrayList<>();
    if (v.done() && v.newDeadline() != null) {
      problems.add("已完成整改的事项不能再次责令整改");
    }
    if (v.newDeadline() != null) {
      if (item.rounds() - 1 >= deadlines.reorders()) {
        problems.add("本事项已再次责令整改过" + (item.rounds() - 1) + "次，不能再延期");
      }
      if (!deadlineProblems("newDeadline", v.newDeadline()).isEmpty() || !v.newDeadline().isAfter(deadlines.today())) {
        problems.add("新的整改期限须为今天以后的工作日");
      }
    }
    return problems;
  }

  /**
   * Records the verification; a not-done item re-ordered gets its new deadline and a new round.
   * Returns the variables the process routes and waits on.
   */
  @Transactional
  public Map<String, Object> verify(long id, Verification v, String by) {
    SupervisionItem item = items.lock(id).orElseThrow(() -> new NotFoundException("Supervision item", id));
    SupervisionStatus result = v.done() ? SupervisionStatus.DONE : SupervisionStatus.NOT_DONE;
    LifecycleStatus.check("Supervision item " + item.itemNumber(), item.status(), result);
    if (!items.verify(id, item.status(), result, v.note(), by, clock.instant())) {
      throw new ConflictException("Supervision item " + item.itemNumber() + " is already verified");
    }
    items.addEvent(id, v.done() ? SupervisionItem.Kind.DONE : SupervisionItem.Kind.NOT_DONE, v.note(), null, by,
        clock.instant());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("rectificationResult", result.name());
    variables.put("reordered", v.newDeadline() != null);
    // not done for good, or done only after the deadline passed: a failure to follow up (Art 19), unless
    // the item is a tour's, whose leaders the tour marks with its findings
    boolean failed = v.done() ? item.wentOverdue() : v.newDeadline() == null;
    boolean leadersNamed = failed && item.source() != SupervisionSource.TOUR && !get(id).cadreIds().isEmpty();
    variables.put("leadersNamed", leadersNamed);
    if (leadersNamed) {
      variables.put("leaderOptions", FormOptions.of(get(id).cadreIds().stream().map(cadres::get).toList(), Cadre::label, c -> String.valueOf(c.id())));
    }
    if (v.newDeadline() != null) {
      if (!items.reorder(id, v.newDeadline())) {
        throw new ConflictException("Supervision item " + item.itemNumber() + " cannot be re-ordered");
      }
      items.addEvent(id, SupervisionItem.Kind.REORDERED, v.note(), v.newDeadline(), by, clock.instant());
      variables.putAll(processVariables(get(id)));
    }
    return variables;
  }

  /** Problems with marking these leaders: each must be one the item names. */
  public List<String> markProblems(long id, List<Long> cadreIds) {
    List<Long> named = get(id).cadreIds();
    return cadreIds.stream().filter(c -> !named.contains(c)).map(c -> "所选干部不是督办事项涉及的领导干部：" + c).toList();
  }

  /**
   * An item outside a tour verified not done, or done late: emergency management marks the leaders it
   * names who did not fulfil their duties (Art 19); a tour marks its own items' leaders with its findings.
   */
  @Transactional
  public Map<String, Object> mark(long id, List<Long> cadreIds, String reason, String by) {
    items.lock(id).orElseThrow(() -> new NotFoundException("Supervision item", id));
    if (!items.marks(id).isEmpty()) {
      throw new ConflictException("The leaders of supervision item " + id + " are already marked");
    }
    for (Long cadreId : new java.util.LinkedHashSet<>(cadreIds)) {
      items.insertMark(id, cadreId, reason, by, clock.instant());
    }
    return Map.of("leadersMarked", !cadreIds.isEmpty());
  }

  /** A DUTY_FAILURE case for each marked leader, with the item and its duties as the source. */
  @Transactional
  public void openCases(long id) {
    SupervisionItem item = get(id);
    CaseFacts facts = new CaseFacts(false, false, false, Mitigation.NONE, false, false);
    for (SupervisionItem.Mark mark : item.marks()) {
      if (mark.caseId() == null) {
        String summary = item.itemNumber() + " 督办事项逾期或未完成整改（" + item.requirement() + "）：" + mark.reason();
        // the facts lie in the item's jurisdiction, from its order to its deadline
        LocalDate ordered = LocalDate.ofInstant(item.createdAt(), clock.getZone());
        var registered = cases.register(new NewAccountabilityCase(mark.cadreId(), Ground.DUTY_FAILURE, null, null,
            summary, facts, new CaseSource(CaseSource.Kind.SUPERVISION, item.itemNumber(), item.dutyIds()),
            new CaseConcerns(item.jurisdictionCode(), ordered,
                item.deadline().isBefore(ordered) ? ordered : item.deadline())), mark.markedBy());
        items.setMarkCase(id, mark.cadreId(), registered.id(), registered.caseNumber());
      }
    }
  }

  /** The item a supervision-item process instance belongs to. */
  public long itemOfInstance(String processInstanceId) {
    return items.idOfProcessInstance(processInstanceId)
        .orElseThrow(() -> new NotFoundException("Supervision item of process instance", processInstanceId));
  }

  public SupervisionItem get(long id) {
    return marked(items.find(id).orElseThrow(() -> new NotFoundException("Supervision item", id)));
  }

  private SupervisionItem marked(SupervisionItem item) {
    return item.provisional(deadlines.isProvisional(item.deadline()));
  }

  @Transactional(readOnly = true)
  public Page<SupervisionItem> list(String jurisdiction, boolean includeSubdivisions, SupervisionStatus status,
      SupervisionSource source, String sourceRef, int page, int size) {
    Collection<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    return Page.of(items.list(scope, status, source, sourceRef, page, size).stream().map(this::marked).toList(), page,
        size, items.count(scope, status, source, sourceRef));
  }

  /** The items naming a cadre, newest first: what a candidate's vetting looks at (Art 15 ¶1). */
  @Transactional(readOnly = true)
  public List<SupervisionItem> naming(long cadreId) {
    return items.naming(cadreId).stream().map(this::get).toList();
  }

  /** The items of a jurisdiction ordered or first due in the year, for the year's assessment. */
  @Transactional(readOnly = true)
  public List<SupervisionItem> ofYear(String jurisdictionCode, int year) {
    return items.all(List.of(jurisdictionCode), null, null).stream()
        .filter(i -> i.firstDeadline().getYear() == year || i.createdAt().atZone(clock.getZone()).getYear() == year)
        .toList();
  }

  /** The items a tour ordered, by the tour's number. */
  @Transactional(readOnly = true)
  public List<SupervisionItem> ofTour(String tourNumber) {
    return items.all(null, SupervisionSource.TOUR, tourNumber);
  }
}
