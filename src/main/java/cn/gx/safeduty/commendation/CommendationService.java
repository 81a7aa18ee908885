package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.RecordNumbers;
import cn.gx.safeduty.kernel.calendar.WorkingDays;
import cn.gx.safeduty.kernel.task.FormOptions;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.JurisdictionService;
import cn.gx.safeduty.registry.ProcedureFacts;
import cn.gx.safeduty.registry.RecordAccess;
import cn.gx.safeduty.registry.SafetyEvidence;
import cn.gx.safeduty.registry.SafetyRecordService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns a nomination's lifecycle (Art 15 ¶2, 17, 18, 22): nominated by a department or taken up from
 * an assessment's proposal, checked for eligibility, its safety record reviewed, put on public notice
 * with objections verified, checked again, decided, and the award entered in the record — or stopped
 * with the reason and its article.
 */
@Service
public class CommendationService {

  public static final String PROCESS_KEY = "commendation";
  public static final String OBJECTION_MESSAGE = "CommendationObjection";
  static final String NUMBER_KIND = "表彰";
  static final String SYSTEM_USER = "system";

  private final CommendationRepository nominations;
  private final CommendationPolicy policy;
  private final CadreService cadres;
  private final JurisdictionService jurisdictions;
  private final SafetyRecordService records;
  private final SafetyEvidence evidence;
  private final RecordNumbers numbers;
  private final WorkingDays workingDays;
  private final RuntimeService runtime;
  private final Clock clock;

  private final AwardIssuing issuing;

  public CommendationService(CommendationRepository nominations, CommendationPolicy policy, CadreService cadres,
      JurisdictionService jurisdictions, SafetyRecordService records, SafetyEvidence evidence, RecordNumbers numbers,
      WorkingDays workingDays, RuntimeService runtime, AwardIssuing issuing, Clock clock) {
    this.nominations = nominations;
    this.issuing = issuing;
    this.policy = policy;
    this.cadres = cadres;
    this.jurisdictions = jurisdictions;
    this.records = records;
    this.evidence = evidence;
    this.numbers = numbers;
    this.workingDays = workingDays;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** A department's nomination (Art 17, or Art 18 outside an assessment cycle); all or nothing. */
  @Transactional
  public Commendation nominate(NewCommendation c, String by) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!cadres.exists(c.cadreId())) {
      problems.add(new FieldProblem("cadreId", "names no cadre"));
    }
    if (c.basis() == Basis.CONTRIBUTION && c.contributionType() == null) {
      problems.add(new FieldProblem("contributionType", "is required for a contribution (Art 17)"));
    } else if (c.contributionType() != null && !policy.contributionTypes().containsKey(c.contributionType())) {
      problems.add(new FieldProblem("contributionType", "is not one of " + policy.contributionTypes().keySet()));
    }
    if (!policy.awards().containsKey(c.proposedAward())) {
      problems.add(new FieldProblem("proposedAward", "is not one of " + policy.awards().keySet()));
    } else if (c.basis() == Basis.ASSESSMENT && !policy.assessmentAwards().contains(c.proposedAward())) {
      problems.add(new FieldProblem("proposedAward", "on the assessment's basis is one of "
          + policy.assessmentAwards() + " (Art 18: 记功 or 嘉奖); other awards come under Art 17"));
    }
    String cycleNumber = null;
    if (c.basis() == Basis.ASSESSMENT) {
      if (c.cycleId() == null) {
        problems.add(new FieldProblem("cycleId", "is required on the assessment's basis (Art 18): the cycle that graded the cadre"));
      } else if (problems.stream().noneMatch(p -> p.field().equals("cadreId"))) {
        var grade = evidence.grade(c.cycleId(), c.cadreId());
        if (grade.isEmpty()) {
          problems.add(new FieldProblem("cycleId", "names no assessment cycle that graded this cadre"));
        } else if (!grade.get().excellent()) {
          problems.add(new FieldProblem("cycleId", "graded this cadre " + grade.get().gradeName()
              + " in " + grade.get().cycleNumber() + "; Art 18 needs 优秀"));
        } else {
          cycleNumber = grade.get().cycleNumber();
        }
      }
    } else if (c.cycleId() != null) {
      problems.add(new FieldProblem("cycleId", "is only for a nomination on the assessment's basis (Art 18)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    cadres.hold(c.cadreId());
    nominations.openNomination(c.cadreId(), c.proposedAward()).ifPresent(open -> {
      throw new ConflictException("Nomination " + open + " of this cadre for this award is still open");
    });
    return view(start(c, null, cycleNumber, by));
  }

  /** Starts a nomination for every pending Art 18 proposal, whenever it was made; returns those started. */
  @Transactional
  public List<Commendation> takeUpProposals(String by) {
    List<Commendation> started = new ArrayList<>();
    for (ProcedureFacts.AwardProposal p : evidence.pendingProposals()) {
      if (!evidence.takeUpProposal(p.id())) {
        continue;
      }
      NewCommendation c = new NewCommendation(p.cadreId(), Basis.ASSESSMENT, null, null, p.award(), p.facts(),
          p.proposer());
      started.add(view(start(c, p.id(), p.ref(), by)));
    }
    return started;
  }

  private long start(NewCommendation c, Long proposalId, String proposalRef, String by) {
    int year = LocalDate.now(clock).getYear();
    String number = numbers.next(NUMBER_KIND, year);
    long id = nominations.insert(number, year, c, proposalId, proposalRef, by, clock.instant());
    Commendation n = get(id);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("commendationId", id);
    variables.put("nomineeLabel", nominee(n));
    variables.put("nominationLabel", nomination(n));
    variables.put("noticeRequired", policy.publicNotice());
    nominations.setProcessInstance(id, runtime.startProcessInstanceByKey(PROCESS_KEY, number, variables).getId());
    return id;
  }

  /**
   * Eligibility now (Art 22, and open cases where policy says so); a blocked nomination stops here with
   * its reasons. Returns what the process routes on and the record the next form shows.
   */
  @Transactional
  public Map<String, Object> checkEligibility(long id) {
    nominations.lock(id);
    Commendation n = get(id);
    List<NominationEligibility.Block> blocks = NominationEligibility.blocks(
        cadres.eligibility(n.cadreId(), LocalDate.now(clock), access(n)), evidence.openCaseNumbers(n.cadreId()),
        policy.openCaseBlocks());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("eligible", blocks.isEmpty());
    if (!blocks.isEmpty()) {
      move(n, CommendationStatus.STOPPED);
      nominations.stop(id, n.status(), blocks.get(0).article(), blocks.stream()
          .map(b -> "依据" + Articles.chinese(b.article()) + "：" + b.reason()).collect(Collectors.joining("；")),
          clock.instant());
      return variables;
    }
    CommendationStatus next = n.status() == CommendationStatus.NOMINATED ? CommendationStatus.UNDER_REVIEW
        : CommendationStatus.AWAITING_DECISION;
    move(n, next);
    nominations.setStatus(id, n.status(), next);
    variables.put("awardOptions", FormOptions.of(List.copyOf(policy.awards().entrySet()), Map.Entry::getValue,
        Map.Entry::getKey));
    return variables;
  }

  /** The nominee's safety record as a commendation task shows it, read for the user who opened it; the look is logged. */
  @Transactional
  public Optional<String> safetyRecordFor(String processInstanceId, String user, String purpose) {
    Commendation n = get(ofInstance(processInstanceId));
    return Optional.of(RecordText.of(cadres.record(n.cadreId(), new RecordAccess(user,
        "表彰奖励审查（" + n.nominationNumber() + "）：" + purpose, RecordAccess.Via.NOMINATION)), LocalDate.now(clock),
        policy::awardName));
  }

  /** The system's look at the nominee's record on the nomination's behalf (Art 15 ¶2), logged. */
  private static RecordAccess access(Commendation n) {
    return new RecordAccess(SYSTEM_USER, "表彰奖励提名资格审查（" + n.nominationNumber() + "）", RecordAccess.Via.NOMINATION);
  }

  /** The organisation department's review of the nominee's safety record (Art 15 ¶2); a failed one stops the nomination. */
  @Transactional
  public void review(long id, boolean passed, String note, String by) {
    nominations.lock(id);
    Commendation n = get(id);
    LifecycleStatus.expect("Nomination " + n.nominationNumber(), n.status(), CommendationStatus.UNDER_REVIEW);
    nominations.review(id, passed, note, by, clock.instant());
    if (!passed) {
      move(n, CommendationStatus.STOPPED);
      nominations.stop(id, n.status(), "15", "组织部门审核安全生产履职情况未通过：" + note, clock.instant());
    }
  }

  /** A public notice starting at {@code start}: its first day and the end of its last working day. */
  public record NoticeWindow(LocalDate from, ZonedDateTime endsAt) {
  }

  public NoticeWindow noticeWindow(ZonedDateTime start) {
    return new NoticeWindow(start.toLocalDate(), workingDays.dueAt(start, policy.noticePeriod()));
  }

  /** The public notice from now for the policy's working days; returns when it ends, for the timer. */
  @Transactional
  public Map<String, Object> startNotice(long id) {
    nominations.lock(id);
    move(get(id), CommendationStatus.ON_NOTICE);
    NoticeWindow window = noticeWindow(ZonedDateTime.now(clock));
    LocalDate until = window.endsAt().toLocalDate();
    nominations.notice(id, window.from(), until);
    return Map.of("noticeEndsAt", Date.from(window.endsAt().toInstant()),
        "noticeLabel", "公示期：" + cn.gx.safeduty.kernel.ChineseDates.of(window.from()) + "至"
            + cn.gx.safeduty.kernel.ChineseDates.of(until));
  }

  /** An objection raised during the notice, recorded on behalf of whoever raised it, goes to discipline inspection. */
  @Transactional
  public Commendation.Objection object(long id, String raisedBy, String content, String by) {
    nominations.lock(id);
    Commendation n = get(id);
    if (n.status() != CommendationStatus.ON_NOTICE) {
      throw new ConflictException("Nomination " + n.nominationNumber() + " is not on public notice");
    }
    long objectionId = nominations.insertObjection(id, raisedBy, content, by, clock.instant());
    runtime.createMessageCorrelation(OBJECTION_MESSAGE).processInstanceId(n.processInstanceId())
        .setVariableToTriggeredScope("objectionId", objectionId)
        .setVariableToTriggeredScope("objectionLabel", raisedBy + "反映：" + content)
        .setVariableToTriggeredScope(cn.gx.safeduty.kernel.task.TaskCards.ITEM, "异议：" + raisedBy)
        .correlate();
    return get(id).objections().stream().filter(o -> o.id() == objectionId).findFirst().orElseThrow();
  }

  public boolean objectionBelongsTo(long objectionId, long commendationId) {
    return nominations.commendationOfObjection(objectionId).map(c -> c == commendationId).orElse(false);
  }

  /** Discipline inspection's verification; a substantiated objection stops the nomination with its reason. */
  @Transactional
  public void verify(long objectionId, boolean substantiated, String note, String by) {
    long id = nominations.commendationOfObjection(objectionId)
        .orElseThrow(() -> new NotFoundException("Objection", objectionId));
    nominations.lock(id);
    Commendation.Objection objection = get(id).objections().stream().filter(o -> o.id() == objectionId).findFirst()
        .orElseThrow();
    if (objection.substantiated() != null) {
      throw new ConflictException("This objection is already verified");
    }
    nominations.verify(objectionId, substantiated, note, by, clock.instant());
    if (substantiated) {
      Commendation n = get(id);
      move(n, CommendationStatus.STOPPED);
      nominations.stop(id, n.status(), "15", "公示期间反映的问题经纪检监察机关核实属实：" + objection.content() + "（"
          + note + "）", clock.instant());
    }
  }

  /** The upper level's decision as the organisation department records it; not awarded closes the nomination. */
  @Transactional
  public void decide(long id, boolean awarded, String award, String ref, LocalDate decidedOn, String note, String by) {
    nominations.lock(id);
    Commendation n = get(id);
    LifecycleStatus.expect("Nomination " + n.nominationNumber(), n.status(), CommendationStatus.AWAITING_DECISION);
    nominations.decide(id, new Commendation.Decision(awarded, award, ref, decidedOn, note, by, clock.instant()));
    if (!awarded) {
      move(n, CommendationStatus.NOT_AWARDED);
      nominations.close(id, CommendationStatus.NOT_AWARDED, clock.instant());
    }
  }

  public Set<String> awardCodes() {
    return policy.awards().keySet();
  }

  /** The award enters the cadre's record, citing the article of its basis, and its decision is numbered. */
  @Transactional
  public void grant(long id) {
    nominations.lock(id);
    Commendation n = get(id);
    move(n, CommendationStatus.AWARDED);
    records.addAward(n.cadreId(), n.decision().award(), n.basis().article(), n.decision().decidedOn(),
        n.nominationNumber());
    issuing.number(n);
    nominations.close(id, CommendationStatus.AWARDED, clock.instant());
  }

  /** Checks the nomination (its row locked) may become {@code next}. */
  private static void move(Commendation n, CommendationStatus next) {
    LifecycleStatus.check("Nomination " + n.nominationNumber(), n.status(), next);
  }

  public long ofInstance(String processInstanceId) {
    return nominations.ofInstance(processInstanceId)
        .orElseThrow(() -> new NotFoundException("Nomination of process instance", processInstanceId));
  }

  public Commendation get(long id) {
    return nominations.find(id).orElseThrow(() -> new NotFoundException("Commendation", id));
  }

  @Transactional(readOnly = true)
  public Commendation view(long id) {
    return get(id);
  }

  static final List<String> EXPORT_HEADERS = List.of("提名编号", "年度", "被提名人", "所在地区", "职务", "提名依据",
      "拟授予", "提名单位", "状态", "终止原因", "授予", "决定文号", "决定日期");


  /** The nominations the filters select as an XLSX workbook, written to {@code out} as they are read. */
  @Transactional(readOnly = true)
  public void export(Integer year, CommendationStatus status, Set<String> scope, java.io.OutputStream out)
      throws java.io.IOException {
    try (var sheet = new cn.gx.safeduty.kernel.export.SheetWriter(out, "表彰提名", EXPORT_HEADERS, clock.getZone())) {
      nominations.forEachExported(year, status, scope, n -> sheet.row(n.number(), n.year(), n.cadreName(),
          n.jurisdictionName(), n.post(), n.basis().chineseName(), policy.awardName(n.proposedAward()),
          n.nominatingUnit(), n.status().chineseName(), n.stopReason(),
          n.award() != null ? policy.awardName(n.award()) : null, n.decisionRef(), n.decidedOn()));
    }
  }

  @Transactional(readOnly = true)
  public Page<Commendation> list(Integer year, CommendationStatus status, String jurisdiction,
      boolean includeSubdivisions, int page, int size) {
    Set<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    return Page.of(nominations.page(year, status, scope, page, size), page, size,
        nominations.count(year, status, scope));
  }

  String nominee(Commendation n) {
    Cadre c = cadres.get(n.cadreId());
    return c.name() + "（" + jurisdictions.fullName(c.jurisdictionCode()) + " " + c.post() + "）";
  }

  String nomination(Commendation n) {
    return n.nominationNumber() + "：依据" + Articles.chinese(n.basis().article()) + "，" + n.basis().chineseName()
        + (n.contributionType() != null ? "（" + policy.contributionTypes().get(n.contributionType()) + "）" : "")
        + "；拟授予" + policy.awardName(n.proposedAward()) + "；提名单位：" + n.nominatingUnit()
        + (n.proposalRef() != null ? "；考核提请：" + n.proposalRef() : "") + "\n事迹：" + n.citation();
  }

  String awardName(String code) {
    return policy.awardName(code);
  }
}
