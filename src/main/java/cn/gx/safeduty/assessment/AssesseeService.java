package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.casework.CaseConcerns;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.CaseSource;
import cn.gx.safeduty.kernel.casework.Casework;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.task.FormOptions;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.Duty;
import cn.gx.safeduty.registry.DutyCatalogue;
import cn.gx.safeduty.registry.ProcedureFacts;
import cn.gx.safeduty.registry.RecordAccess;
import cn.gx.safeduty.registry.SafetyEvidence;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns one assessee's way through a cycle: the duty report (Art 14 ¶2), the evidence and the scores
 * the rules derive from it, emergency management's scores, the grade with its caps (Art 22), the
 * Art 18 proposal decision for an excellent member and the Art 19 review of a failing grade with the
 * cases it opens.
 */
@Service
public class AssesseeService {

  /** An assessee with the cycle and target it belongs to. */
  record InCycle(AssessmentCycle cycle, AssessmentCycle.Target target, AssessmentCycle.Assessee assessee) {
  }

  private final AssessmentCycleRepository repository;
  private final AssessmentCycleService cycles;
  private final EvidenceGatherer evidence;
  private final AssessmentPolicy policy;
  private final GradeTable gradeTable;
  private final CadreService cadres;
  private final DutyCatalogue duties;
  private final Casework cases;
  private final SafetyEvidence records;
  private final Clock clock;

  public AssesseeService(AssessmentCycleRepository repository, AssessmentCycleService cycles, EvidenceGatherer evidence,
      AssessmentPolicy policy, GradeTable gradeTable, CadreService cadres, DutyCatalogue duties,
      Casework cases, SafetyEvidence records, Clock clock) {
    this.repository = repository;
    this.cycles = cycles;
    this.evidence = evidence;
    this.policy = policy;
    this.gradeTable = gradeTable;
    this.cadres = cadres;
    this.duties = duties;
    this.cases = cases;
    this.records = records;
    this.clock = clock;
  }

  private void lock(long assesseeId) {
    if (!repository.lockAssessee(assesseeId)) {
      throw new NotFoundException("Assessee", assesseeId);
    }
  }

  InCycle find(long assesseeId) {
    long targetId = repository.targetOfAssessee(assesseeId)
        .orElseThrow(() -> new NotFoundException("Assessee", assesseeId));
    AssessmentCycle cycle = cycles.viewOfTarget(repository.cycleOfTarget(targetId), targetId);
    AssessmentCycle.Target target = cycle.targets().stream().filter(t -> t.id() == targetId).findFirst().orElseThrow();
    AssessmentCycle.Assessee assessee = target.assessees().stream().filter(a -> a.id() == assesseeId).findFirst()
        .orElseThrow();
    return new InCycle(cycle, target, assessee);
  }

  /** Whether an assessee belongs to the cycle: a task's assessee must be its instance's. */
  public boolean belongsTo(long assesseeId, long cycleId) {
    return repository.targetOfAssessee(assesseeId).map(t -> repository.cycleOfTarget(t) == cycleId).orElse(false);
  }

  /** Who the task is about, as the forms show it. */
  public String label(long assesseeId) {
    InCycle c = find(assesseeId);
    return label(c);
  }

  public String card(long assesseeId) {
    InCycle c = find(assesseeId);
    return c.assessee().team() ? c.assessee().name() : c.target().jurisdictionName() + " " + c.assessee().name();
  }

  private static String label(InCycle c) {
    AssessmentCycle.Assessee a = c.assessee();
    String who = a.team() ? a.name() : c.target().jurisdictionName() + " " + a.name() + "（"
        + a.roles().stream().map(r -> CadreRole.valueOf(r).chineseName()).collect(Collectors.joining("、")) + "）";
    return c.cycle().year() + "年度 " + who;
  }

  /** The step acts on the assessee only where it stands now (its row locked). */
  private void expect(InCycle c, AssesseeStatus status) {
    LifecycleStatus.expect("Assessee " + c.assessee().name(), c.assessee().status(), status);
  }


  /** 述职 with its safety section, as emergency management recorded it. */
  @Transactional
  public void report(long id, String summary, String safetySection, LocalDate reportedOn, String ref, String by) {
    lock(id);
    expect(find(id), AssesseeStatus.AWAITING_REPORT);
    repository.report(id, new AssessmentCycle.DutyReport(summary, safetySection, reportedOn, ref, null, by,
        clock.instant()));
  }

  /** Whether the assessee's report is in as a file, so that its text may be a summary or left out. */
  public boolean hasReportFile(long id) {
    return repository.reportFile(id).isPresent();
  }

  /** The report as a PDF, uploaded by emergency management until the report is recorded; it replaces an earlier one. */
  @Transactional
  public AssessmentCycle.Assessee uploadReportFile(long cycleId, long id, String fileName, byte[] content, String by) {
    lock(id);
    InCycle c = inCycle(cycleId, id);
    if (c.assessee().status() != AssesseeStatus.AWAITING_REPORT) {
      throw new ConflictException("The duty report of " + c.assessee().name() + " is already recorded");
    }
    if (content.length == 0) {
      throw new cn.gx.safeduty.kernel.InvalidFieldsException("file", "is empty");
    }
    if (!isPdf(content)) {
      throw new cn.gx.safeduty.kernel.InvalidFieldsException("file", "is not a PDF document");
    }
    String name = cn.gx.safeduty.kernel.DisplayFileName.of(fileName, ".pdf", "述职报告.pdf");
    repository.saveReportFile(id, name.length() > 200 ? name.substring(name.length() - 200) : name, content, by,
        clock.instant());
    return find(id).assessee();
  }

  @Transactional(readOnly = true)
  public AssessmentCycleRepository.ReportFile reportFile(long cycleId, long id) {
    inCycle(cycleId, id);
    return repository.reportFile(id).orElseThrow(() -> new NotFoundException("Duty report file of assessee", id));
  }

  private InCycle inCycle(long cycleId, long id) {
    if (!belongsTo(id, cycleId)) {
      throw new NotFoundException("Assessee of assessment cycle " + cycleId, id);
    }
    return find(id);
  }

  private static boolean isPdf(byte[] content) {
    try (var document = org.apache.pdfbox.Loader.loadPDF(content)) {
      return document.getNumberOfPages() > 0;
    } catch (java.io.IOException notAPdf) {
      return false;
    }
  }

  /** Reads the year's records, derives the scores the evidence decides; returns what the scoring form shows. */
  @Transactional
  public Map<String, Object> gatherEvidence(long id) {
    lock(id);
    InCycle c = find(id);
    expect(c, AssesseeStatus.REPORTED);
    Evidence e = evidence.gather(c.target().jurisdictionCode(), c.cycle().year());
    IndicatorRules.Assessed assessed = c.assessee().team() ? IndicatorRules.Assessed.wholeTeam()
        : new IndicatorRules.Assessed(c.assessee().cadreId(),
            c.assessee().roles().stream().map(CadreRole::valueOf).toList());
    List<AssessmentCycle.Score> derived = new ArrayList<>();
    for (Indicator ind : c.cycle().indicators()) {
      IndicatorRules.Derived d = IndicatorRules.derive(ind.rule(), e, assessed, policy.deductions());
      derived.add(new AssessmentCycle.Score(ind.code(), ind.name(), ind.weight(), d == null ? null : d.score(),
          d == null ? IndicatorRule.MANUAL.source() : ind.rule().source() + "：" + d.source(), null, null, null, null));
    }
    String described = EvidenceGatherer.describe(e);
    repository.evidence(id, described, derived);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("assesseeLabel", label(c));
    variables.put("member", !c.assessee().team());
    variables.put("evidence", described);
    AssessmentCycle.DutyReport report = c.assessee().report();
    variables.put("dutyReport", (report.summary() != null ? report.summary() : "（见述职报告文件）")
        + (report.file() != null ? "\n【述职报告文件】" + report.file().fileName() : "")
        + "\n【安全生产履职情况】" + report.safetySection());
    variables.put("indicatorCount", derived.size());
    for (int n = 1; n <= derived.size(); n++) {
      variables.putAll(slot(n, derived.get(n - 1)));
    }
    return variables;
  }

  /**
   * Slot N of the scoring form: the indicator, what the rules gave and why, and the score to confirm or
   * change (prefilled with the derived one). The slots beyond {@code indicatorCount} stay hidden.
   */
  private static Map<String, Object> slot(int n, AssessmentCycle.Score s) {
    Map<String, Object> slot = new LinkedHashMap<>();
    slot.put("indicator" + n, s.indicatorName() + "（权重" + IndicatorRules.plain(s.weight()) + "）");
    slot.put("basis" + n, s.derived() == null ? s.source() : "规则得分" + IndicatorRules.plain(s.derived()) + "分。" + s.source());
    slot.put("score" + n, s.derived() == null ? null : s.derived().doubleValue());
    return slot;
  }

  public int indicatorCount(long id) {
    return find(id).assessee().scores().size();
  }

  public List<String> scoreProblems(long id, List<Scoring.Entry> entries) {
    return Scoring.problems(find(id).assessee().scores(), entries);
  }

  @Transactional
  public void score(long id, List<Scoring.Entry> entries, String by) {
    lock(id);
    InCycle c = find(id);
    expect(c, AssesseeStatus.EVIDENCE_GATHERED);
    List<String> problems = Scoring.problems(c.assessee().scores(), entries);
    if (!problems.isEmpty()) {
      throw new cn.gx.safeduty.kernel.task.StepRefusedException(String.join("；", problems));
    }
    List<AssessmentCycle.Score> settled = Scoring.settle(c.assessee().scores(), entries);
    repository.score(id, settled, Scoring.total(settled), by, clock.instant());
  }

  /** The grade from the total by the policy table, capped for a member by Art 22; returns what the gateway routes on. */
  @Transactional
  public Map<String, Object> grade(long id) {
    lock(id);
    InCycle c = find(id);
    expect(c, AssesseeStatus.SCORED);
    Grade fromTotal = gradeTable.grade(c.assessee().total());
    GradeCaps.Capped capped;
    if (c.assessee().team()) {
      capped = new GradeCaps.Capped(fromTotal, fromTotal, List.of());
    } else {
      LocalDate today = LocalDate.now(clock);
      int year = c.cycle().year();
      List<String> accidentCases = records.measuresDecided(List.of(c.assessee().cadreId()), year).stream()
          .filter(ProcedureFacts.CaseMeasures::forAccident).map(ProcedureFacts.CaseMeasures::caseNumber).toList();
      capped = GradeCaps.apply(fromTotal, cadres.eligibility(c.assessee().cadreId(), today, new RecordAccess("system",
          "履职考核评定等次（" + c.cycle().cycleNumber() + "）", RecordAccess.Via.ASSESSMENT)).restrictions(), accidentCases);
    }
    repository.grade(id, capped, clock.instant());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("grade", capped.grade().name());
    variables.put("gradeLabel", gradeLabel(c.assessee().total(), capped));
    variables.put("scoreSummary", scoreSummary(find(id).assessee()));
    if (capped.grade() == Grade.UNQUALIFIED) {
      variables.putAll(reviewOptions(c));
    }
    return variables;
  }

  static String gradeLabel(java.math.BigDecimal total, GradeCaps.Capped capped) {
    String text = "总分" + IndicatorRules.plain(total) + "分，" + capped.grade().chineseName();
    if (!capped.caps().isEmpty()) {
      text += "（按总分为" + capped.fromTotal().chineseName() + "；" + capped.caps().stream()
          .map(cap -> "依据" + cn.gx.safeduty.kernel.Articles.chinese(cap.article()) + "：" + cap.reason())
          .collect(Collectors.joining("；")) + "）";
    }
    return text;
  }

  static String scoreSummary(AssessmentCycle.Assessee a) {
    return a.scores().stream().map(s -> s.indicatorName() + "：" + IndicatorRules.plain(s.score())
            + (s.reason() != null ? "（调整理由：" + s.reason() + "）" : ""))
        .collect(Collectors.joining("\n"));
  }

  private Map<String, Object> reviewOptions(InCycle c) {
    Set<Duty> relevant = new LinkedHashSet<>();
    if (c.assessee().team()) {
      relevant.addAll(duties.all());
    } else {
      c.assessee().roles().forEach(r -> relevant.addAll(duties.of(CadreRole.valueOf(r))));
    }
    List<AssessmentCycle.Assessee> namable = c.assessee().team()
        ? c.target().assessees().stream().filter(a -> !a.team()).toList() : List.of(c.assessee());
    return Map.of(
        "dutyOptions", FormOptions.of(List.copyOf(relevant), d -> d.citation() + " " + d.summary(), Duty::id),
        "caseCadreOptions", FormOptions.of(namable, AssessmentCycle.Assessee::name, a -> String.valueOf(a.cadreId())));
  }

  /** Art 18: emergency management proposes 记功 or 嘉奖 for an excellent member, with the outstanding facts, or not. */
  @Transactional
  public void decideProposal(long id, boolean propose, Award award, String facts, String note, String by) {
    lock(id);
    InCycle c = find(id);
    expect(c, AssesseeStatus.GRADED);
    if (c.assessee().team() || c.assessee().grade() != Grade.EXCELLENT) {
      throw new ConflictException("Only a member graded excellent may be proposed for an award");
    }
    if (c.assessee().proposal() != null || c.assessee().proposalNote() != null) {
      throw new ConflictException("The proposal for " + c.assessee().name() + " is already decided");
    }
    if (propose) {
      repository.insertProposal(id, c.assessee().cadreId(), award, facts, by, clock.instant());
    }
    repository.proposalDecided(id, propose ? "提请" + award.chineseName() + (note != null ? "。" + note : "")
        : "不提请奖励" + (note != null ? "：" + note : ""), by, clock.instant());
  }

  /** What a review may cite and name: the duties offered and the members who may be held to account. */
  public List<String> reviewProblems(long id, List<String> dutyIds, boolean openCase, List<Long> cadreIds) {
    InCycle c = find(id);
    List<String> problems = new ArrayList<>();
    Set<String> allowedDuties = c.assessee().team() ? duties.all().stream().map(Duty::id).collect(Collectors.toSet())
        : c.assessee().roles().stream().flatMap(r -> duties.of(CadreRole.valueOf(r)).stream()).map(Duty::id)
            .collect(Collectors.toSet());
    dutyIds.stream().filter(d -> !allowedDuties.contains(d)).forEach(d -> problems.add("所选职责不适用：" + d));
    Set<Long> allowedCadres = c.assessee().team()
        ? c.target().assessees().stream().filter(a -> !a.team()).map(AssessmentCycle.Assessee::cadreId)
            .collect(Collectors.toSet())
        : Set.of(c.assessee().cadreId());
    cadreIds.stream().filter(k -> !allowedCadres.contains(k)).forEach(k -> problems.add("所选干部不属于本次考核对象：" + k));
    if (openCase && dutyIds.isEmpty()) {
      problems.add("启动问责的，请选择未履行的具体职责（第十九条）");
    }
    if (openCase && cadreIds.isEmpty()) {
      problems.add("启动问责的，请选择被问责的领导干部");
    }
    return problems;
  }

  /** Art 19: the duty failures behind a failing grade, and the members a case is to be opened against. */
  @Transactional
  public void review(long id, List<String> dutyIds, String note, boolean openCase, List<Long> cadreIds, String by) {
    lock(id);
    InCycle c = find(id);
    expect(c, AssesseeStatus.GRADED);
    if (c.assessee().grade() != Grade.UNQUALIFIED || c.assessee().review() != null) {
      throw new ConflictException("Only a failing grade is reviewed, once");
    }
    repository.review(id, dutyIds, note, by, clock.instant());
    if (openCase) {
      new LinkedHashSet<>(cadreIds).forEach(k -> repository.insertReviewCase(id, k));
    }
  }

  /** A DUTY_FAILURE case for each member the review named, citing the duties, not the grade; source ASSESSMENT. */
  @Transactional
  public void openCases(long id) {
    InCycle c = find(id);
    AssessmentCycle.Review review = c.assessee().review();
    if (review == null) {
      return;
    }
    Map<Long, String> names = c.target().assessees().stream().filter(a -> !a.team())
        .collect(Collectors.toMap(AssessmentCycle.Assessee::cadreId, AssessmentCycle.Assessee::name));
    String cited = review.dutyIds().stream().map(duties::get).map(d -> d.citation() + d.summary())
        .collect(Collectors.joining("、"));
    CaseFacts facts = new CaseFacts(false, false, false, Mitigation.NONE, false, false);
    for (AssessmentCycle.ReviewCase rc : review.cases()) {
      if (rc.caseId() != null) {
        continue;
      }
      String summary = c.cycle().cycleNumber() + " 履职考核审查认定" + names.getOrDefault(rc.cadreId(), "")
          + "未履行安全生产职责（" + cited + "）：" + review.note();
      var registered = cases.register(new NewAccountabilityCase(rc.cadreId(), Ground.DUTY_FAILURE, null, null,
          summary.length() > 4000 ? summary.substring(0, 4000) : summary, facts,
          new CaseSource(CaseSource.Kind.ASSESSMENT, c.cycle().cycleNumber(), review.dutyIds()),
          CaseConcerns.year(c.target().jurisdictionCode(), c.cycle().year())), review.by());
      repository.setReviewCase(id, rc.cadreId(), registered.id(), registered.caseNumber());
    }
  }
}
