package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.RecordNumbers;
import cn.gx.safeduty.kernel.SafeDutyGroup;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.CaseState;
import cn.gx.safeduty.kernel.casework.Casework;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.casework.OpenedCase;
import cn.gx.safeduty.kernel.task.OpenTasks;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.Posting;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.JurisdictionService;
import cn.gx.safeduty.registry.SafetyRecordService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers accountability cases, starts and steers their process, and reads them back. */
@Service
public class AccountabilityCaseService implements Casework {

  public static final String PROCESS_KEY = "accountability";
  public static final String CASE_KIND = "问责";
  public static final String APPEAL_MESSAGE = "AccountabilityAppeal";
  public static final String NEW_FACTS_MESSAGE = "AccountabilityNewFacts";

  static final List<String> DEPARTMENTS = SafeDutyGroup.departments().stream().map(SafeDutyGroup::id).toList();

  private final AccountabilityCaseRepository cases;
  private final CaseLifecycle lifecycle;
  private final RecordNumbers numbers;
  private final CadreService cadres;
  private final JurisdictionService jurisdictions;
  private final SafetyRecordService records;
  private final RuntimeService runtime;
  private final OpenTasks openTasks;
  private final DutyCatalogue duties;
  private final Clock clock;

  public AccountabilityCaseService(AccountabilityCaseRepository cases, CaseLifecycle lifecycle, RecordNumbers numbers, CadreService cadres,
      JurisdictionService jurisdictions, SafetyRecordService records, RuntimeService runtime, OpenTasks openTasks,
      DutyCatalogue duties, Clock clock) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.numbers = numbers;
    this.cadres = cadres;
    this.jurisdictions = jurisdictions;
    this.records = records;
    this.runtime = runtime;
    this.openTasks = openTasks;
    this.duties = duties;
    this.clock = clock;
  }

  /**
   * Registers the case and starts its process in one transaction: the rules run before the first
   * wait state, so the recommendation is there when this returns, and they link the case to its
   * instance; a failure leaves neither row nor instance.
   */
  @Override
  @Transactional
  public OpenedCase register(NewAccountabilityCase request, String registeredBy) {
    OpenedCase opened = open(request, registeredBy);
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, opened.caseNumber(),
        Map.of("caseId", opened.id(), "registeredBy", registeredBy));
    return new OpenedCase(opened.id(), instance.getId(), opened.caseNumber());
  }

  /**
   * Registers the case without starting its process, for a process that calls {@code accountability}
   * itself (an accident's follow-up); the process instance is linked when the case's rules first run.
   */
  @Override
  @Transactional
  public OpenedCase open(NewAccountabilityCase request, String registeredBy) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.ground() == Ground.ACCIDENT_RESPONSIBILITY) {
      if (request.accidentGrade() == null) {
        problems.add(new FieldProblem("accidentGrade", "is required for ACCIDENT_RESPONSIBILITY"));
      }
      if (request.responsibility() == null) {
        problems.add(new FieldProblem("responsibility", "is required for ACCIDENT_RESPONSIBILITY"));
      }
    }
    if (!cadres.exists(request.cadreId())) {
      problems.add(new FieldProblem("cadreId", "names no cadre"));
    }
    if (request.source() != null) {
      List<String> dutyIds = request.source().dutyIds();
      for (int i = 0; i < dutyIds.size(); i++) {
        if (!duties.contains(dutyIds.get(i))) {
          problems.add(new FieldProblem("source.dutyIds[" + i + "]", "names no duty of the catalogue"));
        } else if (dutyIds.indexOf(dutyIds.get(i)) < i) {
          problems.add(new FieldProblem("source.dutyIds[" + i + "]", "names the same duty twice"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    String caseNumber = numbers.next(CASE_KIND, LocalDate.now(clock).getYear());
    Long posting = cadres.postingConcerned(request.cadreId(), request.concerns()).map(Posting::id).orElse(null);
    long id = cases.insert(caseNumber, request, posting, registeredBy, clock.instant());
    return new OpenedCase(id, null, caseNumber);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, CaseState> states(Collection<Long> caseIds) {
    Map<Long, CaseState> states = new LinkedHashMap<>();
    cases.findAll(caseIds).forEach((id, c) -> states.put(id,
        new CaseState(id, c.caseNumber(), c.status().name(), c.outcome(), c.status().chineseName(),
            outcomeName(c.outcome()))));
    return states;
  }

  /** Records the cadre's appeal (申诉) while the appeal window runs; the deciding group then reviews it. */
  @Transactional
  public CaseView appeal(long id, String grounds, List<Long> measures, String recordedBy) {
    AccountabilityCase c = cases.lock(id).orElseThrow(() -> new NotFoundException("Accountability case", id));
    requireSubscription(c, APPEAL_MESSAGE, "Case " + c.caseNumber() + " is not in its appeal window");
    java.util.Set<String> groups = lifecycle.appeal(id, grounds, measures, recordedBy);
    runtime.createMessageCorrelation(APPEAL_MESSAGE).processInstanceId(c.processInstanceId())
        .setVariable("appealGroups", String.join(",", groups))
        .setVariable("appealGrounds", grounds)
        .setVariable("appealedBy", recordedBy)
        .correlate();
    return view(id);
  }

  /** New facts while the case is under review or awaiting decision: the rules run again and the joint review restarts. */
  @Transactional
  public CaseView newFacts(long id, CaseFacts facts, String note, String recordedBy) {
    AccountabilityCase c = cases.lock(id).orElseThrow(() -> new NotFoundException("Accountability case", id));
    requireSubscription(c, NEW_FACTS_MESSAGE, "Case " + c.caseNumber() + " is not under review; new facts can no longer reopen it");
    lifecycle.reopen(id, facts, note, recordedBy);
    runtime.createMessageCorrelation(NEW_FACTS_MESSAGE).processInstanceId(c.processInstanceId()).correlate();
    return view(id);
  }

  private void requireSubscription(AccountabilityCase c, String message, String otherwise) {
    boolean waiting = c.processInstanceId() != null && runtime.createExecutionQuery()
        .processInstanceId(c.processInstanceId()).messageEventSubscriptionName(message).count() > 0;
    if (!waiting) {
      throw new ConflictException(otherwise);
    }
  }

  @Transactional(readOnly = true)
  public CaseView view(long id) {
    AccountabilityCase c = cases.find(id).orElseThrow(() -> new NotFoundException("Accountability case", id));
    return view(c);
  }

  public AccountabilityCase get(long id) {
    return cases.find(id).orElseThrow(() -> new NotFoundException("Accountability case", id));
  }

  /** One page of cases as summaries: one query for the rows, one per department for their open tasks. */
  @Transactional(readOnly = true)
  public Page<CaseSummary> list(Long cadreId, CaseStatus status, Ground ground, String jurisdiction,
      boolean includeSubdivisions, int page, int size) {
    CaseFilter filter = filter(cadreId, status, ground, jurisdiction, includeSubdivisions);
    List<CaseSummary.Row> rows = cases.summaries(filter, page, size);
    Map<String, List<OpenTasks.OpenTask>> open = openTasks.of(
        rows.stream().map(CaseSummary.Row::processInstanceId).toList(), DEPARTMENTS);
    return Page.of(rows.stream().map(r -> r.with(open.getOrDefault(r.processInstanceId(), List.of()))).toList(),
        page, size, cases.count(filter));
  }

  /** The filter of a list or an export; a jurisdiction that names none is refused before anything is written. */
  public CaseFilter filter(Long cadreId, CaseStatus status, Ground ground, String jurisdiction,
      boolean includeSubdivisions) {
    return new CaseFilter(cadreId, status, ground, jurisdictions.scope(jurisdiction, includeSubdivisions));
  }

  static final java.util.List<String> EXPORT_HEADERS = java.util.List.of("案件编号", "干部", "所在地区", "问责情形",
      "事故等级", "状态", "处理结果", "登记时间", "办结时间");

  /** The cases the filter selects as an XLSX workbook, written to {@code out} as they are read. */
  @Transactional(readOnly = true)
  public void export(CaseFilter filter, java.io.OutputStream out) throws java.io.IOException {
    try (var sheet = new cn.gx.safeduty.kernel.export.SheetWriter(out, "问责案件", EXPORT_HEADERS, clock.getZone())) {
      cases.forEachExported(filter, r -> sheet.row(r.caseNumber(), r.cadreName(), r.jurisdictionName(),
          r.ground().chineseName(), r.accidentGrade() != null ? r.accidentGrade().chineseName() : null,
          r.status().chineseName(), outcomeName(r.outcome()), r.registeredAt(), r.closedAt()));
    }
  }

  private static String outcomeName(String outcome) {
    if (outcome == null) {
      return null;
    }
    if (outcome.equals(AccountabilityCase.NOT_PURSUED)) {
      return "不予追究";
    }
    if (outcome.equals(AccountabilityCase.NOT_HELD_ACCOUNTABLE)) {
      return "不予问责";
    }
    try {
      return Sanction.valueOf(outcome).chineseName();
    } catch (IllegalArgumentException other) {
      return outcome;
    }
  }

  private CaseView view(AccountabilityCase c) {
    List<Decision> decisions = cases.decisions(c.id());
    Decision inForce = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    List<CaseView.RestrictionView> history = records.restrictions(c.cadreId()).stream()
        .filter(r -> c.caseNumber().equals(r.caseId()))
        .map(CaseView.RestrictionView::of)
        .toList();
    CaseView.RestrictionView restriction = history.stream().filter(r -> r.liftedOn() == null)
        .max(Comparator.comparing((CaseView.RestrictionView r) -> r.bars().size())).orElse(null);
    return new CaseView(c.id(), c.caseNumber(), c.cadreId(), c.ground(), c.accidentGrade(), c.responsibility(),
        c.summary(), c.facts(), c.source(), c.status(), c.outcome(), c.processInstanceId(),
        cases.latestRecommendation(c.id()).map(CaseView.RecommendationView::of).orElse(null),
        inForce != null ? CaseView.DecisionView.of(inForce) : null,
        cases.measures(c.id()),
        restriction,
        history,
        openTasks.of(c.processInstanceId(), DEPARTMENTS),
        decisions.stream().map(CaseView.DecisionView::of).toList(),
        cases.steps(c.id()),
        c.registeredBy(), c.registeredAt(), c.closedAt());
  }


}
