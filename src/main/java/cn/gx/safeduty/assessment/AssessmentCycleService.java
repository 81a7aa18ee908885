package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.RecordNumbers;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import cn.gx.safeduty.registry.SafetyRecordService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns an assessment cycle's lifecycle (Art 13, 16): started with its indicators, targets and
 * assessees; each target's results linked to the cadres' 履职评定 by the organisation department;
 * published or circulated. What happens to each assessee is {@link AssesseeService}'s.
 */
@Service
public class AssessmentCycleService {

  public static final String PROCESS_KEY = "performance-assessment";
  static final String NUMBER_KIND = "考核";

  private final AssessmentCycleRepository cycles;
  private final AssessmentPolicy policy;
  private final RecordNumbers numbers;
  private final JurisdictionService jurisdictions;
  private final CadreService cadres;
  private final SafetyRecordService records;
  private final RuntimeService runtime;
  private final Clock clock;

  private final ResultsIssuing issuing;

  public AssessmentCycleService(AssessmentCycleRepository cycles, AssessmentPolicy policy, RecordNumbers numbers,
      JurisdictionService jurisdictions, CadreService cadres, SafetyRecordService records, RuntimeService runtime,
      ResultsIssuing issuing, Clock clock) {
    this.cycles = cycles;
    this.issuing = issuing;
    this.policy = policy;
    this.numbers = numbers;
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.records = records;
    this.runtime = runtime;
    this.clock = clock;
    BigDecimal total = policy.indicators().stream().map(AssessmentPolicy.Indicator::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(IndicatorRules.FULL) != 0) {
      throw new IllegalStateException("safeduty.assessment.indicators: the weights add up to " + total + ", not 100");
    }
    if (policy.indicators().size() > AssessmentSteps.SLOTS) {
      throw new IllegalStateException("safeduty.assessment.indicators: at most " + AssessmentSteps.SLOTS
          + " indicators fit the scoring form");
    }
  }

  /** Records the cycle with its indicators, targets and assessees, and starts it; all or nothing. */
  @Transactional
  public AssessmentCycle plan(NewAssessmentCycle cycle, String createdBy) {
    List<FieldProblem> problems = new ArrayList<>();
    Jurisdiction assessing = jurisdictions.find(cycle.assessingJurisdiction()).orElse(null);
    if (assessing == null) {
      problems.add(new FieldProblem("assessingJurisdiction", "names no jurisdiction"));
    }
    problems.addAll(jurisdictions.subordinateProblems(assessing == null ? null : assessing.code(), "targets",
        cycle.targets()));
    if (cycle.year() > LocalDate.now(clock).getYear()) {
      problems.add(new FieldProblem("year", "is a year not yet begun"));
    }
    List<Indicator> indicators = indicators(cycle.indicators(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    List<String> assessed = cycles.alreadyAssessed(cycle.year(), cycle.targets());
    if (!assessed.isEmpty()) {
      throw new ConflictException("Already assessed for " + cycle.year() + ": " + String.join(", ", assessed));
    }
    String number = numbers.next(NUMBER_KIND, cycle.year());
    long id = cycles.insertCycle(number, cycle.year(), assessing.code(), createdBy, clock.instant());
    cycles.insertIndicators(id, indicators);
    for (String code : cycle.targets()) {
      long targetId = cycles.insertTarget(id, code, cycle.year());
      cycles.insertAssessee(targetId, null, List.of());
      for (Cadre member : members(code, cycle.year())) {
        cycles.insertAssessee(targetId, member.id(), member.roles().stream()
            .filter(policy.memberRoles()::contains).map(Enum::name).toList());
      }
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("cycleId", id);
    variables.put("cycleLabel", cycle.year() + "年度" + assessing.name() + "安全生产履职考核（" + number + "）");
    String pid = runtime.startProcessInstanceByKey(PROCESS_KEY, number, variables).getId();
    cycles.setProcessInstance(id, pid);
    return view(id);
  }

  /**
   * The members assessed: the leaders who held a role the policy names there in the assessed year,
   * departed since or not, with the roles they held there.
   */
  private List<Cadre> members(String jurisdictionCode, int year) {
    return cadres.holders(jurisdictionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .filter(c -> c.roles().stream().anyMatch(policy.memberRoles()::contains)).toList();
  }

  /** The default set with the weights the request gives (an indicator it leaves out weighs 0); they add up to 100. */
  private List<Indicator> indicators(List<NewAssessmentCycle.Weight> weights, List<FieldProblem> problems) {
    if (weights.isEmpty()) {
      return policy.indicators().stream().map(i -> i.toIndicator(i.weight())).toList();
    }
    Map<String, BigDecimal> given = new HashMap<>();
    Set<String> known = policy.indicators().stream().map(AssessmentPolicy.Indicator::code).collect(Collectors.toSet());
    for (int i = 0; i < weights.size(); i++) {
      NewAssessmentCycle.Weight w = weights.get(i);
      if (!known.contains(w.code())) {
        problems.add(new FieldProblem("indicators[" + i + "].code", "names no indicator of the default set"));
      } else if (given.put(w.code(), w.weight()) != null) {
        problems.add(new FieldProblem("indicators[" + i + "].code", "names the same indicator twice"));
      }
    }
    BigDecimal total = given.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(IndicatorRules.FULL) != 0) {
      problems.add(new FieldProblem("indicators", "weights add up to " + total.stripTrailingZeros().toPlainString()
          + ", not 100"));
    }
    return policy.indicators().stream().map(i -> i.toIndicator(given.getOrDefault(i.code(), BigDecimal.ZERO))).toList();
  }

  /** The organisation department links the target's results to each member's 履职评定 and the team's record (Art 13, 14). */
  @Transactional
  public void link(long targetId, List<CountsIn> countsIn, String remark, String by) {
    AssessmentCycle cycle = get(cycles.cycleOfTarget(targetId));
    AssessmentCycle.Target target = view(cycle.id()).targets().stream().filter(t -> t.id() == targetId).findFirst()
        .orElseThrow(() -> new NotFoundException("Assessment target", targetId));
    if ("LINKED".equals(target.status())) {
      throw new ConflictException("The results of " + target.jurisdictionCode() + " are already linked");
    }
    List<String> counts = countsIn.stream().map(Enum::name).toList();
    for (AssessmentCycle.Assessee a : target.assessees()) {
      if (a.team()) {
        records.addTeamEntry(target.jurisdictionCode(), cycle.year(), "ASSESSMENT", cycle.cycleNumber(),
            a.grade().name(), "考核得分" + a.total() + "，等次" + a.grade().chineseName()
                + (remark != null ? "。" + remark : ""), by);
      } else {
        records.addAssessmentGrade(a.cadreId(), cycle.year(), a.grade().name(), a.total(), cycle.cycleNumber(), counts,
            remark, by);
      }
    }
    cycles.link(targetId, countsIn, remark, by, clock.instant());
  }

  /** Art 16: the results published or circulated, with the mode and the date; the cycle is marked published. */
  @Transactional
  public void publish(long cycleId, PublicationMode mode, LocalDate on, String ref, String note, String by) {
    cycles.lockCycle(cycleId);
    AssessmentCycle cycle = get(cycleId);
    LifecycleStatus.check("Assessment " + cycle.cycleNumber(), cycle.status(), CycleStatus.PUBLISHED);
    cycles.publish(cycleId, new AssessmentCycle.Publication(mode, on, ref, note, by, clock.instant()));
    issuing.number(cycleId, cycle.assessingCode(), on, ref);
  }

  /** What is wrong with the number a clerk typed for the results' publication. */
  @Transactional(readOnly = true)
  public List<cn.gx.safeduty.kernel.FieldProblem> publicationRefProblems(long cycleId, String ref, LocalDate on) {
    return issuing.refProblems(get(cycleId).assessingCode(), ref, on);
  }

  public List<Long> targetIds(long cycleId) {
    return cycles.targetIds(cycleId);
  }

  public long cycleOfInstance(String processInstanceId) {
    return cycles.cycleOfInstance(processInstanceId)
        .orElseThrow(() -> new NotFoundException("Assessment cycle of process instance", processInstanceId));
  }

  public AssessmentCycle get(long id) {
    return cycles.cycle(id).orElseThrow(() -> new NotFoundException("Assessment cycle", id));
  }

  /** The cadre's grade in the cycle, if the cycle graded them (Art 18: a nomination on its basis needs 优秀). */
  @Transactional(readOnly = true)
  public java.util.Optional<cn.gx.safeduty.registry.ProcedureFacts.CycleGrade> gradeOf(long cycleId, long cadreId) {
    return cycles.cycle(cycleId).flatMap(cycle -> cycles.gradeOf(cycleId, cadreId)
        .map(grade -> new cn.gx.safeduty.registry.ProcedureFacts.CycleGrade(cycleId, cycle.cycleNumber(), cycle.year(),
            cadreId, grade == Grade.EXCELLENT, grade.chineseName())));
  }

  @Transactional(readOnly = true)
  public AssessmentCycle view(long id) {
    return view(id, cycles.targets(id));
  }

  /**
   * The cycle with only one of its targets: what a step about one assessee needs, read without the
   * other targets' assessees (a city's cycle has a few hundred).
   */
  @Transactional(readOnly = true)
  AssessmentCycle viewOfTarget(long id, long targetId) {
    return view(id, cycles.targets(id).stream().filter(t -> t.id() == targetId).toList());
  }

  private AssessmentCycle view(long id, List<AssessmentCycle.Target> targets) {
    AssessmentCycle c = get(id);
    List<Indicator> indicators = cycles.indicators(id);
    Map<String, Indicator> byCode = indicators.stream()
        .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    var assessees = cycles.assessees(targets.stream().map(AssessmentCycle.Target::id).toList(), byCode);
    return new AssessmentCycle(c.id(), c.cycleNumber(), c.year(), c.assessingCode(), c.assessingName(), c.status(),
        indicators, c.publication(), c.processInstanceId(), c.createdBy(), c.createdAt(),
        targets.stream().map(t -> new AssessmentCycle.Target(t.id(), t.jurisdictionCode(), t.jurisdictionName(),
            t.status(), t.countsIn(), t.linkRemark(), t.linkedBy(), t.linkedAt(),
            assessees.getOrDefault(t.id(), List.of()))).toList());
  }

  @Transactional(readOnly = true)
  public List<AssessmentCycle.Proposal> proposals(long cycleId) {
    get(cycleId);
    return cycles.proposalsOfCycle(cycleId);
  }

  /** Art 18 proposals not yet taken up by the commendation procedure, oldest first, whatever the cycle. */
  @Transactional(readOnly = true)
  public List<AssessmentCycle.Proposal> pendingProposals() {
    return cycles.pendingProposals();
  }

  /** The commendation procedure has taken the proposal up; false when it was taken up already. */
  @Transactional
  public boolean takeUpProposal(long proposalId) {
    return cycles.takeUp(proposalId);
  }

  @Transactional(readOnly = true)
  /** The assessment cycles the jurisdiction organised for the year (Art 6(6)). */
  public List<String> organisedBy(String jurisdictionCode, int year) {
    return cycles.organisedBy(jurisdictionCode, year);
  }

  static final List<String> RESULT_HEADERS = List.of("考核编号", "年度", "考核组织单位", "被考核地区", "被考核对象", "进度",
      "总分", "考核等次", "评定时间");


  /** Each assessee's result of the cycles the filters select, as an XLSX workbook written as it is read. */
  @Transactional(readOnly = true)
  public void exportResults(Integer year, Set<String> scope, CycleStatus status, java.io.OutputStream out)
      throws java.io.IOException {
    try (var sheet = new cn.gx.safeduty.kernel.export.SheetWriter(out, "考核结果", RESULT_HEADERS, clock.getZone())) {
      cycles.forEachResult(year, scope, status, r -> sheet.row(r.cycleNumber(), r.year(), r.assessingName(),
          r.targetName(), r.cadreName() != null ? r.cadreName() : "领导班子", r.status().chineseName(), r.total(),
          r.grade() != null ? r.grade().chineseName() : null, r.gradedAt()));
    }
  }

  public Page<CycleSummary> list(Integer year, String jurisdiction, boolean includeSubdivisions, CycleStatus status,
      int page, int size) {
    Set<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    return Page.of(cycles.summaries(year, scope, status, page, size), page, size, cycles.count(year, scope, status));
  }
}
