package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.RecordNumbers;
import cn.gx.safeduty.kernel.casework.CaseState;
import cn.gx.safeduty.kernel.casework.Casework;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.CoveringLeader;
import cn.gx.safeduty.registry.IndustryCatalogue;
import cn.gx.safeduty.registry.PortfolioService;
import cn.gx.safeduty.registry.JurisdictionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records accidents, starts their follow-up, takes the investigation conclusion, and reads them back. */
@Service
public class AccidentService {

  public static final String PROCESS_KEY = "accident-followup";
  public static final String CONCLUSION_MESSAGE = "AccidentConclusion";
  public static final String FINDING_MESSAGE = "AccidentReportingFinding";
  /** Starts the watch of one level's reporting limit ({@code SubProcess_LevelWatch}). */
  public static final String LEVEL_WATCH_MESSAGE = "AccidentLevelWatch";
  /** An accident followed up under Decree 493 happened after it took effect; an earlier date is a typing error. */
  static final java.time.Instant DECREE_493_IN_FORCE = java.time.Instant.parse("2007-05-31T16:00:00Z");
  static final String NUMBER_KIND = "事故";

  public record Recorded(long id, String accidentNumber, AccidentGrade grade, String processInstanceId) {
  }

  private final AccidentRepository accidents;
  private final Casework cases;
  private final RecordNumbers numbers;
  private final JurisdictionService jurisdictions;
  private final CadreService cadres;
  private final AccidentGradeTable grades;
  private final AccidentPolicy policy;
  private final IndustryCatalogue industries;
  private final PortfolioService portfolios;
  private final RuntimeService runtime;
  private final Clock clock;

  public AccidentService(AccidentRepository accidents, Casework cases, RecordNumbers numbers,
      JurisdictionService jurisdictions, CadreService cadres, AccidentGradeTable grades, AccidentPolicy policy,
      IndustryCatalogue industries, PortfolioService portfolios, RuntimeService runtime, Clock clock) {
    this.portfolios = portfolios;
    this.accidents = accidents;
    this.cases = cases;
    this.numbers = numbers;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.grades = grades;
    this.policy = policy;
    this.industries = industries;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * Records the accident with its grade, its reporting (the earlier shape read as reports from below)
   * and what Decree 493's rules find in it, and starts its follow-up; all or nothing.
   */
  @Transactional
  public Recorded record(NewAccident a, String registeredBy) {
    Reporting reporting = a.reporting();
    List<FieldProblem> problems = new ArrayList<>();
    if (reporting.earlierShape() && !reporting.steps().isEmpty()) {
      problems.add(new FieldProblem("reporting.steps", "give either the steps or the earlier fields, not both"));
    } else if (reporting.earlierShape() || reporting.steps().isEmpty()) {
      problems.addAll(reporting.earlierShapeProblems(a.occurredAt()));
    }
    if (problems.isEmpty()) {
      problems.addAll(ReportingRules.problems(a.occurredAt(), reporting.unitHeadReceivedAt(), reporting.receipts(),
          clock.instant(), "reporting"));
    }
    if (jurisdictions.find(a.jurisdictionCode()).isEmpty()) {
      problems.add(new FieldProblem("jurisdictionCode", "names no jurisdiction"));
    }
    if (a.occurredAt().isBefore(DECREE_493_IN_FORCE)) {
      problems.add(new FieldProblem("occurredAt", "is before Decree 493 took effect (2007-06-01)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    AccidentGrade grade = grades.grade(a.deaths(), a.seriousInjuries(), a.directLoss());
    Figures first = reporting.firstReport() != null ? reporting.firstReport()
        : new Figures(a.deaths(), a.seriousInjuries(), a.directLoss());
    String number = numbers.next(NUMBER_KIND, LocalDate.ofInstant(a.occurredAt(), clock.getZone()).getYear());
    long id = accidents.insert(number, a, industries.codeOf(a.industry()), first, grade, registeredBy,
        clock.instant());
    for (Receipt r : reporting.receipts()) {
      accidents.insertReceipt(id, r, registeredBy, clock.instant());
    }
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, number, Map.of("accidentId", id));
    accidents.setProcessInstance(id, instance.getId());
    judgeReporting(id);
    watchPendingLevels(id);
    return new Recorded(id, number, grade, instance.getId());
  }

  /** A receipt that came later (a level reached, or found out): judged with the rest; a level once only. */
  @Transactional
  public AccidentView addReceipt(long id, Receipt receipt, String by) {
    Accident a = accidents.lock(id).orElseThrow(() -> new NotFoundException("Accident", id));
    List<Receipt> receipts = new ArrayList<>(accidents.receipts(id));
    if (receipts.stream().anyMatch(r -> r.level() == receipt.level())) {
      throw new ConflictException("Accident " + a.accidentNumber() + " was already received at " + receipt.level());
    }
    receipts.add(receipt);
    String added = "receipt.steps[" + (receipts.size() - 1) + "].";
    List<FieldProblem> problems = ReportingRules.problems(a.occurredAt(), a.reporting().unitHeadReceivedAt(), receipts,
        clock.instant(), "receipt").stream()
        .map(p -> new FieldProblem(p.field().startsWith(added) ? p.field().substring(added.length()) : "level",
            p.message()))
        .toList();
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    accidents.insertReceipt(id, receipt, by, clock.instant());
    judgeReporting(id);
    return view(id);
  }

  /**
   * Stores what the rules find now that was not found before, and gives each new finding to 应急管理部门
   * in the follow-up while it runs; late steps are kept in the earlier form too.
   */
  void judgeReporting(long id) {
    Accident a = accidents.find(id).orElseThrow();
    List<AccidentCorrection> corrections = accidents.corrections(id);
    ReportingRecord record = reportingRecord(a, corrections);
    Figures latest = new Figures(a.deaths(), a.seriousInjuries(), a.directLoss());
    List<ReportingFinding> found = accidents.insertNewFindings(id, rules().findings(record, clock.instant(),
        a.reporting().firstReport(), latest, corrections, loss -> grades.grade(0, 0, loss)), clock.instant());
    for (ReportingRules.Step step : rules().steps(record)) {
      boolean newlyLate = found.stream().anyMatch(f -> f.kind() == ReportingFailureKind.LATE && f.level() == step.level());
      if (step.minutesLate() > 0 && newlyLate) {
        accidents.insertLateStep(id, LateStep.of(step));
      }
    }
    boolean following = a.processInstanceId() != null && runtime.createExecutionQuery()
        .processInstanceId(a.processInstanceId()).messageEventSubscriptionName(FINDING_MESSAGE).count() > 0;
    if (!following) {
      return;
    }
    for (long findingId : accidents.findingIds(id, found.stream().map(ReportingFinding::key).toList())) {
      runtime.createMessageCorrelation(FINDING_MESSAGE).processInstanceId(a.processInstanceId())
          .setVariableToTriggeredScope("findingId", findingId)
          .setVariableToTriggeredScope("findingLabel", accidents.finding(findingId).orElseThrow().label())
          .setVariableToTriggeredScope(cn.gx.safeduty.kernel.task.TaskCards.ITEM, accidents.finding(findingId).orElseThrow()
              .cardLabel())
          .correlate();
    }
  }

  /**
   * Starts watching each level the grade requires whose limit nobody watches yet: at the start, and
   * after a 补报 raised the grade. Instances of a model that watched a fixed list of levels are left
   * as they are.
   */
  private void watchPendingLevels(long id) {
    Accident a = accidents.find(id).orElseThrow();
    if (a.processInstanceId() == null || runtime.createExecutionQuery().processInstanceId(a.processInstanceId())
        .messageEventSubscriptionName(LEVEL_WATCH_MESSAGE).count() == 0) {
      return;
    }
    java.util.Set<String> watched = runtime.createVariableInstanceQuery().processInstanceIdIn(a.processInstanceId())
        .variableName("reportingLevel").list().stream().map(v -> String.valueOf(v.getValue()))
        .collect(java.util.stream.Collectors.toSet());
    for (String level : pendingLevels(id)) {
      if (!watched.contains(level)) {
        runtime.createMessageCorrelation(LEVEL_WATCH_MESSAGE).processInstanceId(a.processInstanceId())
            .setVariableToTriggeredScope("reportingLevel", level).correlate();
      }
    }
  }

  /** The levels the grade requires that are neither reached nor already found missed: each waits for its limit. */
  @Transactional(readOnly = true)
  public List<String> pendingLevels(long id) {
    Accident a = accidents.find(id).orElseThrow(() -> new NotFoundException("Accident", id));
    ReportingRecord record = reportingRecord(a, accidents.corrections(id));
    ReportingRules rules = rules();
    return rules.steps(record).stream()
        .filter(s -> s.required() && s.receipt() == null && s.level() != ReportingLevel.COUNTY)
        .filter(s -> !rules.coveredBySkip(record, s))
        .filter(s -> !accidents.hasFinding(id, ReportingFailureKind.MISSED.name() + ":" + s.level().name()))
        .map(s -> s.level().name()).toList();
  }

  /** When a level's limit passes now (it moves as the levels below are reached). */
  @Transactional(readOnly = true)
  public java.util.Date levelDueAt(long id, ReportingLevel level) {
    Accident a = accidents.find(id).orElseThrow(() -> new NotFoundException("Accident", id));
    return rules().steps(reportingRecord(a, accidents.corrections(id))).stream()
        .filter(s -> s.level() == level).findFirst().map(s -> java.util.Date.from(s.dueAt())).orElseThrow();
  }

  /**
   * A level's limit has passed: settled when the level was reached, passed over lawfully, or is now found
   * missed — or no longer required (a regrade downward); else it waits on.
   */
  @Transactional
  public boolean judgeLevel(long id, ReportingLevel level) {
    accidents.lock(id);
    judgeReporting(id);
    return !pendingLevels(id).contains(level.name());
  }

  /** What the reporting rules judge the accident on, the corrections telling when a regrade required a level. */
  private ReportingRecord reportingRecord(Accident a, List<AccidentCorrection> corrections) {
    return new ReportingRecord(a.occurredAt(), a.reporting().unitHeadReceivedAt(), accidents.receipts(a.id()),
        a.grade(), ReportingRecord.requiredSince(a.grade(), corrections));
  }

  /** The accident a finding belongs to, for a task of its follow-up. */
  public AccidentRepository.StoredFinding finding(long findingId) {
    return accidents.finding(findingId).orElseThrow(() -> new NotFoundException("Reporting finding", findingId));
  }

  /**
   * 应急管理部门 confirms a finding and names the cadres with leadership responsibility for it (20(2));
   * each gets a case of the finding's kind once their degree and facts are recorded. Or dismisses it.
   */
  @Transactional
  public void decideFinding(long findingId, boolean confirmed, List<Long> cadreIds, String remarks, String by) {
    AccidentRepository.StoredFinding f = finding(findingId);
    accidents.lock(f.accidentId());
    if (!"OPEN".equals(finding(findingId).status())) {
      throw new ConflictException("This reporting finding is already decided");
    }
    accidents.decideFinding(findingId, confirmed ? "CONFIRMED" : "DISMISSED", remarks, by, clock.instant());
    if (confirmed) {
      for (long cadreId : cadreIds) {
        accidents.insertResponsible(f.accidentId(), findingId, cadreId, Ground.REPORTING_FAILURE, null, f.kind(),
            NOT_YET_ESTABLISHED, by);
      }
    }
  }

  static final cn.gx.safeduty.kernel.casework.CaseFacts NOT_YET_ESTABLISHED =
      new cn.gx.safeduty.kernel.casework.CaseFacts(false, false, false, cn.gx.safeduty.kernel.casework.Mitigation.NONE,
          false, false);

  public ReportingRules rules() {
    return new ReportingRules(policy.reporting(), clock.getZone());
  }

  /**
   * Takes the investigation conclusion once: each cadre it names gets an accountability case. A
   * conclusion naming no leader gives its reason, opens no case, and the follow-up closes as
   * {@link AccidentStatus#CLOSED_NO_LEADER_RESPONSIBLE} once every reporting finding is settled.
   */
  @Transactional
  public AccidentView conclude(long id, Conclusion conclusion, String recordedBy) {
    Accident accident = accidents.lock(id).orElseThrow(() -> new NotFoundException("Accident", id));
    if (accident.conclusionSummary() != null) {
      throw new ConflictException("Accident " + accident.accidentNumber() + " already has its conclusion");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < conclusion.responsible().size(); i++) {
      Conclusion.Responsible r = conclusion.responsible().get(i);
      String at = "responsible[" + i + "].";
      if (!cadres.exists(r.cadreId())) {
        problems.add(new FieldProblem(at + "cadreId", "names no cadre"));
      } else if (!seen.add(r.cadreId())) {
        problems.add(new FieldProblem(at + "cadreId", "names the same cadre twice"));
      }
      Ground ground = r.groundOrDefault();
      if (ground != Ground.ACCIDENT_RESPONSIBILITY && ground != Ground.REPORTING_FAILURE) {
        problems.add(new FieldProblem(at + "ground", "must be ACCIDENT_RESPONSIBILITY or REPORTING_FAILURE"));
      }
      if (ground == Ground.REPORTING_FAILURE && r.reportingFailure() == null) {
        problems.add(new FieldProblem(at + "reportingFailure", "is required for REPORTING_FAILURE"));
      }
    }
    String reason = conclusion.reason() != null && !conclusion.reason().isBlank() ? conclusion.reason().trim() : null;
    if (conclusion.namesNoLeader() && reason == null) {
      problems.add(new FieldProblem("reason", "is required when the conclusion holds no leader responsible"));
    } else if (!conclusion.namesNoLeader() && reason != null) {
      problems.add(new FieldProblem("reason", "is given only when the conclusion holds no leader responsible"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    boolean waiting = accident.processInstanceId() != null && runtime.createExecutionQuery()
        .processInstanceId(accident.processInstanceId()).messageEventSubscriptionName(CONCLUSION_MESSAGE).count() > 0;
    if (!waiting) {
      throw new ConflictException("Accident " + accident.accidentNumber() + " is not waiting for a conclusion");
    }
    LifecycleStatus.check("Accident " + accident.accidentNumber(), accident.status(), AccidentStatus.CONCLUDED);
    if (!accidents.conclude(id, conclusion.summary().trim(), reason, clock.instant())) {
      throw new ConflictException("Accident " + accident.accidentNumber() + " already has its conclusion");
    }
    for (Conclusion.Responsible r : conclusion.responsible()) {
      accidents.insertResponsible(id, r.cadreId(), r.groundOrDefault(), r.responsibility(), r.reportingFailure(),
          r.facts(), recordedBy);
    }
    runtime.createMessageCorrelation(CONCLUSION_MESSAGE).processInstanceId(accident.processInstanceId())
        .setVariable("concludedBy", recordedBy).correlate();
    return view(id);
  }

  /**
   * New figures after the first report (补报, Decree 493 Art 13): the grade follows them, each
   * correction is kept, and a casualty change later than the window is accepted and marked late.
   * After the investigation's conclusion the figures are final (409).
   */
  @Transactional
  public AccidentView correct(long id, Correction correction, String correctedBy) {
    Accident a = accidents.lock(id).orElseThrow(() -> new NotFoundException("Accident", id));
    if (a.conclusionSummary() != null) {
      throw new ConflictException("Accident " + a.accidentNumber() + " is concluded; its figures are final");
    }
    int deaths = correction.deaths() != null ? correction.deaths() : a.deaths();
    int injuries = correction.seriousInjuries() != null ? correction.seriousInjuries() : a.seriousInjuries();
    BigDecimal loss = correction.directLoss() != null ? correction.directLoss() : a.directLoss();
    if (deaths == a.deaths() && injuries == a.seriousInjuries() && loss.compareTo(a.directLoss()) == 0) {
      throw new InvalidFieldsException("deaths", "changes none of deaths, seriousInjuries, directLoss");
    }
    Instant now = clock.instant();
    Instant received = correction.receivedAt() != null ? correction.receivedAt() : now;
    List<AccidentCorrection> earlier = accidents.corrections(id);
    if (received.isBefore(a.occurredAt()) || received.isAfter(now)) {
      throw new InvalidFieldsException("receivedAt", "must be between the occurrence and now");
    }
    if (!earlier.isEmpty() && received.isBefore(earlier.get(earlier.size() - 1).figuresReceivedAt())) {
      throw new InvalidFieldsException("receivedAt", "must not be before the figures of the previous correction");
    }
    AccidentGrade grade = grades.grade(deaths, injuries, loss);
    boolean casualtiesChanged = deaths != a.deaths() || injuries != a.seriousInjuries();
    boolean late = casualtiesChanged && policy.casualtyReports().late(a.industryCode(),
        a.occurredAt().atZone(clock.getZone()), received.atZone(clock.getZone()));
    accidents.insertCorrection(id, new AccidentCorrection(a.deaths(), deaths, a.seriousInjuries(), injuries,
        a.directLoss(), loss, a.grade(), grade, correction.reason().trim(), late, correctedBy, now, received));
    accidents.setFigures(id, deaths, injuries, loss, grade);
    judgeReporting(id);
    watchPendingLevels(id);
    if (a.processInstanceId() != null && runtime.createProcessInstanceQuery()
        .processInstanceId(a.processInstanceId()).count() > 0) {
      runtime.setVariable(a.processInstanceId(), "accidentLabel",
          PrepareAccidentFollowUpDelegate.label(accidents.find(id).orElseThrow(),
              jurisdictions.withAncestors(a.jurisdictionCode()), clock));
    }
    return view(id);
  }

  @Transactional(readOnly = true)
  public AccidentView view(long id) {
    return view(accidents.find(id).orElseThrow(() -> new NotFoundException("Accident", id)));
  }

  /** One page of accidents as summaries, in one query (and one to count them). */
  @Transactional(readOnly = true)
  public Page<AccidentSummary> list(String jurisdiction, boolean includeSubdivisions, AccidentGrade grade, Integer year,
      int page, int size) {
    Set<String> codes = jurisdictions.scope(jurisdiction, includeSubdivisions);
    return Page.of(accidents.summaries(codes, grade, year, page, size), page, size,
        accidents.count(codes, grade, year));
  }

  static final List<String> EXPORT_HEADERS = List.of("事故编号", "发生地区", "地点", "发生时间", "行业", "等级", "死亡人数",
      "重伤人数", "直接经济损失（元）", "状态", "调查期限", "结论时间", "迟报等记录", "问责案件");


  /** The accidents the filters select as an XLSX workbook, written to {@code out} as they are read. */
  @Transactional(readOnly = true)
  public void export(Set<String> codes, AccidentGrade grade, Integer year, java.io.OutputStream out)
      throws java.io.IOException {
    try (var sheet = new cn.gx.safeduty.kernel.export.SheetWriter(out, "生产安全事故", EXPORT_HEADERS, clock.getZone())) {
      accidents.forEachExported(codes, grade, year, a -> sheet.row(a.accidentNumber(), a.jurisdictionName(), a.place(),
          a.occurredAt(), a.industry(), a.grade().chineseName(), a.deaths(), a.seriousInjuries(), a.directLoss(),
          a.status().chineseName(), a.investigationDue(), a.concludedAt(), a.lateSteps(), a.cases()));
    }
  }

  /** The investigation's first due date: the policy's period from the accident. */
  @Transactional
  public InvestigationDue startInvestigation(long id) {
    Accident a = locked(id);
    LifecycleStatus.check("Accident " + a.accidentNumber(), a.status(), AccidentStatus.INVESTIGATING);
    Instant due = ZonedDateTime.ofInstant(a.occurredAt(), clock.getZone()).plus(policy.investigation().period())
        .toInstant();
    accidents.setInvestigationDue(id, due, false);
    return new InvestigationDue(due, false);
  }

  /**
   * After the investigation's deadline passes: the one extension granted (calendar days in China
   * Standard Time, once) or else the next reminder. Returns the due date and whether the extension is used.
   */
  @Transactional
  public InvestigationDue investigationDue(long id, Integer grantedDays) {
    Accident a = locked(id);
    LifecycleStatus.check("Accident " + a.accidentNumber(), a.status(), AccidentStatus.INVESTIGATING);
    Instant due;
    boolean extended = a.investigationExtended();
    if (!extended && grantedDays != null) {
      // calendar days in China Standard Time: an extension of n days ends at the same hour n days later
      due = a.investigationDue().atZone(clock.getZone()).plusDays(grantedDays).toInstant();
      extended = true;
    } else {
      due = ZonedDateTime.now(clock).plus(policy.investigation().overdueReminder()).toInstant();
    }
    accidents.setInvestigationDue(id, due, extended);
    return new InvestigationDue(due, extended);
  }

  /** When the investigation is due now, and whether its one extension is used. */
  public record InvestigationDue(Instant due, boolean extended) {

    /** The due time as staff read it, in China Standard Time: 2027年1月27日 10:00. */
    public String label(java.time.ZoneId zone) {
      return cn.gx.safeduty.kernel.ChineseDates.MINUTE.format(due.atZone(zone));
    }
  }

  /** One cadre's part in a confirmed reporting failure: the degree of responsibility and the Art 23/24/26 facts. */
  @Transactional
  public void assess(long responsibleId, Responsibility responsibility, CaseFacts facts) {
    accidents.assess(responsibleId, responsibility, facts);
  }

  /** The case opened for one responsible cadre, kept with the cadre's line of the conclusion or finding. */
  @Transactional
  public void linkCase(long responsibleId, long caseId) {
    accidents.setCase(responsibleId, caseId);
  }

  /** Closes the follow-up once every case it started has closed. */
  @Transactional
  public void close(long id) {
    Accident a = locked(id);
    AccidentStatus closed = accidents.responsibles(id).isEmpty() ? AccidentStatus.CLOSED_NO_LEADER_RESPONSIBLE
        : AccidentStatus.CLOSED;
    LifecycleStatus.check("Accident " + a.accidentNumber(), a.status(), closed);
    if (!accidents.close(id, closed, clock.instant())) {
      throw new ConflictException("Accident " + a.accidentNumber() + " is not concluded");
    }
  }

  private Accident locked(long id) {
    return accidents.lock(id).orElseThrow(() -> new NotFoundException("Accident", id));
  }

  private AccidentView view(Accident a) {
    List<ResponsibleCadre> responsibles = accidents.responsibles(a.id());
    Map<Long, CaseState> opened = cases.states(responsibles.stream().map(ResponsibleCadre::caseId)
        .filter(java.util.Objects::nonNull).toList());
    List<AccidentView.CaseSummary> caseSummaries = responsibles.stream()
        .map(r -> {
          CaseState c = r.caseId() != null ? opened.get(r.caseId()) : null;
          return new AccidentView.CaseSummary(r.cadreId(), r.ground(), r.responsibility(), r.reportingFailure(),
              c != null ? c.id() : null, c != null ? c.caseNumber() : null, c != null ? c.status() : null,
              c != null ? c.outcome() : null);
        })
        .toList();
    List<Receipt> receipts = accidents.receipts(a.id());
    List<AccidentCorrection> corrections = accidents.corrections(a.id());
    return AccidentView.of(a, receipts, rules().steps(reportingRecord(a, corrections)), accidents.findings(a.id()),
        accidents.lateSteps(a.id()), caseSummaries, corrections, answering(a));
  }

  /**
   * Who answers for the accident in its jurisdiction and those above it, as held on its day: the
   * overall roles, then the members whose portfolio covered its industry (Art 4 一岗双责).
   */
  List<AccidentView.AnsweringLeader> answering(Accident a) {
    java.time.LocalDate day = a.occurredAt().atZone(clock.getZone()).toLocalDate();
    List<AccidentView.AnsweringLeader> leaders = new java.util.ArrayList<>();
    for (var j : jurisdictions.withAncestors(a.jurisdictionCode())) {
      for (CoveringLeader l : portfolios.covering(j.code(), a.industryCode(), day)) {
        leaders.add(new AccidentView.AnsweringLeader(l.cadre().id(), l.cadre().name(), j.code(), j.name(),
            l.cadre().post(), l.basis()));
      }
    }
    return leaders;
  }
}
