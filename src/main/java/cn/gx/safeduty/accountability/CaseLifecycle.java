package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.SafeDutyGroup;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.SafetyRecord;
import cn.gx.safeduty.registry.SafetyRecordService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of an accountability case's lifecycle: every change of its status, outcome and
 * decisions goes through here, each from the statuses it may come from ({@link CaseStatus#mayBecome}),
 * under the case row's lock. The process's delegates and the case API call it; nothing else writes
 * a case's state.
 */
@Service
public class CaseLifecycle {

  /** The rules' answer for a case, with the case and cadre it was given for. */
  public record Recommended(AccountabilityCase c, Cadre cadre, Recommendation recommendation) {
  }

  /** One measure a group chose, with its kind where it is a 处分. */
  public record Chosen(Sanction sanction, DisciplinaryKind disciplinaryKind) {
  }

  /** A deciding group's decision as its form gave it: its measures, none for 不予问责, and the Art 27 factors. */
  public record ProposedDecision(List<Chosen> measures, String group, String by, String postDuties,
      String dutyPerformance, String dutyConditions, String reasons) {
  }

  /** A deciding group's answer to the cadre's appeal. */
  public record AppealAnswer(AppealOutcome outcome, Sanction changedTo, DisciplinaryKind changedKind, String group,
      String by, String reasons) {
  }

  /** Why a case ends without a sanction. */
  public enum NotPursued {
    EXEMPTED("依第二十五条不予追究领导责任"),
    DEPARTED("干部已离任，失职失责并非性质恶劣、后果严重，经应急管理部门研究决定不再追究"),
    REVOKED(null);

    private final String reason;

    NotPursued(String reason) {
      this.reason = reason;
    }
  }

  private final AccountabilityCaseRepository cases;
  private final CadreService cadres;
  private final SafetyRecordService records;
  private final SanctionRecommender recommender;
  private final AccountabilityPolicy policy;
  private final ObjectMapper json;
  private final Clock clock;

  private final CaseIssuing issuing;

  public CaseLifecycle(AccountabilityCaseRepository cases, CadreService cadres, SafetyRecordService records,
      BaselineTable baseline, AccountabilityPolicy policy, ObjectMapper json, CaseIssuing issuing, Clock clock) {
    this.cases = cases;
    this.issuing = issuing;
    this.cadres = cadres;
    this.records = records;
    this.recommender = new SanctionRecommender(baseline);
    this.policy = policy;
    this.json = json;
    this.clock = clock;
  }

  /** Applies the rules (Art 21–28) to the case's current facts; the case is under review in this process instance. */
  @Transactional
  public Recommended recommend(long caseId, String processInstanceId) {
    AccountabilityCase c = move(caseId, CaseStatus.UNDER_REVIEW);
    Cadre cadre = cadres.get(c.cadreId());
    boolean leftPosting = c.concernsPostingId() != null && cadres.leftPosting(c.cadreId(), c.concernsPostingId());
    Recommendation r = recommender.recommend(
        new CaseSubject(c.ground(), c.accidentGrade(), c.responsibility(), c.facts(), cadre.status(), leftPosting));
    cases.insertRecommendation(caseId, r, factsUsed(c, cadre), clock.instant());
    cases.setProcessInstance(caseId, processInstanceId);
    return new Recommended(c, cadre, r);
  }

  /** New facts while under review: kept with the case, for the rules to run on again. */
  @Transactional
  public void reopen(long caseId, CaseFacts facts, String note, String by) {
    move(caseId, CaseStatus.UNDER_REVIEW);
    cases.dropUnissuedMeasures(caseId);
    cases.updateFacts(caseId, facts);
    cases.insertStep(caseId, new CaseStep("NEW_FACTS", "补充新事实", null, by, "REOPENED", null,
        (note != null ? note + "\n" : "") + CaseLabels.facts(facts), clock.instant()));
  }

  /**
   * One deciding group's decision (Art 28, 分别负责): its measures, each within its authority and kept
   * as a decision and a measure of its own (党纪处分 and 政务处分 together, or several organisational
   * measures), with the Art 27 factors; or 不予问责 from this group. The case stays under review until the
   * last deciding group has decided and the decision is issued. {@code recommended} is what the rules
   * last recommended, as the step read it with the case, kept with each decision.
   */
  @Transactional
  public List<Decision> decide(long caseId, ProposedDecision p, Sanction recommended) {
    for (Chosen m : p.measures()) {
      if (!m.sanction().decidingGroup().equals(p.group())) {
        throw new ConflictException("“" + m.sanction().chineseName() + "” is decided by " + m.sanction().decidingGroup());
      }
    }
    move(caseId, CaseStatus.UNDER_REVIEW);
    Instant now = clock.instant();
    if (p.measures().isEmpty()) {
      Decision none = new Decision(DecisionKind.NOT_HELD_ACCOUNTABLE, null, null, recommended, p.group(), p.by(),
          p.postDuties(), p.dutyPerformance(), p.dutyConditions(), p.reasons(), now);
      cases.insertDecision(caseId, none);
      return List.of(none);
    }
    List<Decision> decisions = new java.util.ArrayList<>();
    for (Chosen m : p.measures()) {
      DisciplinaryKind kind = m.sanction() == Sanction.DISCIPLINARY_SANCTION ? m.disciplinaryKind() : null;
      Decision decision = new Decision(DecisionKind.DECISION, m.sanction(), kind, recommended, p.group(), p.by(),
          p.postDuties(), p.dutyPerformance(), p.dutyConditions(), p.reasons(), now);
      cases.insertDecision(caseId, decision);
      cases.insertMeasure(caseId, Measure.decided(m.sanction(), kind, p.group(), p.by(), p.reasons(), now), null);
      decisions.add(decision);
    }
    return decisions;
  }

  /**
   * The decision notice (问责决定书, one for all the measures) is issued and the decision takes
   * effect: every measure enters the cadre's record and the restriction — the longest of the
   * measures' (Art 21, Art 22's one-vote veto) — runs from the decision date; the appeal window
   * starts, and an appeal does not suspend any of it.
   */
  @Transactional
  public List<Measure> issue(long caseId) {
    AccountabilityCase c = locked(caseId, CaseStatus.DECIDED);
    cases.putMeasuresInForce(caseId);
    List<Measure> all = cases.measures(caseId);
    List<Measure> inForce = all.stream().filter(Measure::inForce).toList();
    cases.insertStep(caseId, new CaseStep("Task_IssueDecisionNotice", "制发并执行问责决定", null, "system", "ISSUED", null,
        "申诉期 " + policy.appealWindow() + "；申诉期间，不停止本决定的执行", clock.instant()));
    for (Measure m : inForce) {
      records.addSanction(c.cadreId(), m.sanction().name(), kindOf(m), m.sanction().named(m.disciplinaryKind()), "21",
          LocalDate.ofInstant(m.decidedAt(), clock.getZone()), c.caseNumber());
    }
    cases.decided(caseId, c.status(), restrict(c, all, inForce));
    String level = issuing.level(c);
    issuing.number(CaseIssuing.DECISION, c, issuing.deciding(level,
        inForce.stream().map(Measure::decidingGroup).toList(), inForce), LocalDate.now(clock));
    return inForce;
  }

  /**
   * The cadre's appeal (申诉) against some or all of the measures in force; the groups that decided
   * them review. Returns those groups.
   */
  @Transactional
  public Set<String> appeal(long caseId, String grounds, Collection<Long> contested, String by) {
    AccountabilityCase c = move(caseId, CaseStatus.APPEALED);
    List<Measure> inForce = inForce(caseId);
    List<Long> ids = contested == null || contested.isEmpty() ? inForce.stream().map(Measure::id).toList()
        : List.copyOf(contested);
    Set<Long> known = inForce.stream().map(Measure::id).collect(Collectors.toSet());
    for (Long id : ids) {
      if (!known.contains(id)) {
        throw new InvalidFieldsException("measures", "names no measure in force of case " + c.caseNumber() + ": " + id);
      }
    }
    cases.setContested(caseId, ids);
    // a 政务处分 is contested by asking for its 复审 (监察法 Art 49), every other measure by an appeal (申诉)
    java.util.Set<Boolean> review = inForce.stream().filter(m -> ids.contains(m.id()))
        .map(m -> MeasureCategory.of(m.sanction(), m.disciplinaryKind()) == MeasureCategory.GOVERNMENT_SANCTION)
        .collect(Collectors.toSet());
    Contest contest = review.equals(java.util.Set.of(true)) ? Contest.REVIEW
        : review.contains(true) ? Contest.BOTH : Contest.APPEAL;
    cases.insertStep(caseId, new CaseStep(APPEAL_STEP, contest.received, null, by, "RECEIVED", null, grounds,
        clock.instant()));
    return inForce.stream().filter(m -> ids.contains(m.id())).map(Measure::decidingGroup)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * One group's answer to the appeal, for the contested measures it decided. A change or a
   * revocation amends the record: the measure ends as CHANGED or REVOKED, kept with the reasons; a
   * changed measure enters the record in its place; the case's restriction is recomputed from the
   * measures then in force, counted from the original decision date, the old one lifted from today.
   */
  @Transactional
  public Decision answerAppeal(long caseId, AppealAnswer a) {
    AccountabilityCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException("Accountability case", caseId));
    if (c.status() != CaseStatus.APPEALED) {
      throw new ConflictException("Case " + c.caseNumber() + " is " + c.status() + ", not under appeal");
    }
    List<Measure> ours = inForce(caseId).stream()
        .filter(m -> m.contested() && m.decidingGroup().equals(a.group())).toList();
    Sanction recommended = cases.latestRecommendation(caseId).map(Recommendation::sanction).orElse(null);
    Decision answer = switch (a.outcome()) {
      case UPHOLD -> new Decision(DecisionKind.APPEAL_UPHELD, ours.isEmpty() ? null : ours.get(0).sanction(),
          ours.isEmpty() ? null : ours.get(0).disciplinaryKind(), recommended, a.group(), a.by(), null, null, null,
          a.reasons(), clock.instant());
      case CHANGE -> new Decision(DecisionKind.APPEAL_CHANGED, a.changedTo(),
          a.changedTo() == Sanction.DISCIPLINARY_SANCTION ? a.changedKind() : null,
          recommended, a.group(), a.by(), null, null, null, a.reasons(), clock.instant());
      case REVOKE -> new Decision(DecisionKind.APPEAL_REVOKED, null, null, recommended, a.group(), a.by(),
          null, null, null, a.reasons(), clock.instant());
    };
    cases.insertDecision(caseId, answer);
    LocalDate today = LocalDate.now(clock);
    String why = "复查" + (a.outcome() == AppealOutcome.REVOKE ? "撤销" : "变更") + "原决定：" + a.reasons();
    List<Measure> changing = a.outcome() == AppealOutcome.CHANGE ? changedBy(ours, answer) : List.of();
    for (Measure m : ours) {
      switch (a.outcome()) {
        case UPHOLD -> cases.uncontest(m.id());
        case CHANGE -> {
          if (!changing.contains(m)) {
            cases.uncontest(m.id()); // a 政务处分 stands while the 党纪处分 beside it is changed, and the reverse
            continue;
          }
          cases.endMeasure(m.id(), Measure.Status.CHANGED, clock.instant(), why);
          records.endSanction(c.cadreId(), c.caseNumber(), m.sanction().name(), kindOf(m),
              SafetyRecord.SanctionStatus.CHANGED, today, why);
        }
        case REVOKE -> {
          cases.endMeasure(m.id(), Measure.Status.REVOKED, clock.instant(), why);
          records.endSanction(c.cadreId(), c.caseNumber(), m.sanction().name(), kindOf(m),
              SafetyRecord.SanctionStatus.REVOKED, today, why);
        }
      }
    }
    if (!changing.isEmpty()) {
      // the group's contested measures become the one measure its answer names, in place of the most severe
      Measure replaced = changing.stream().max(java.util.Comparator.comparingInt(m -> m.sanction().level())).orElseThrow();
      Measure changed = new Measure(0, answer.sanction(), answer.disciplinaryKind(), a.group(), a.by(),
          a.reasons(), answer.decidedAt(), Measure.Status.IN_FORCE, replaced.id(), false, null, null);
      cases.insertMeasure(caseId, changed, replaced.id());
      records.addSanction(c.cadreId(), changed.sanction().name(), kindOf(changed),
          changed.sanction().named(changed.disciplinaryKind()), "21", today, c.caseNumber());
    }
    if (a.outcome() != AppealOutcome.UPHOLD && !ours.isEmpty()) {
      records.liftRestrictions(c.cadreId(), c.caseNumber(), today, why);
      List<Measure> all = cases.measures(caseId);
      String outcome = restrict(c, all, all.stream().filter(Measure::inForce).toList());
      if (outcome != null) {
        cases.setOutcome(caseId, outcome);
      }
    }
    return answer;
  }

  /**
   * The appeal as settled once every group has answered: the measures then in force, whether the
   * 通报 was revoked (or changed) on appeal, and whether it had already been published — then a
   * correcting notice withdraws it.
   */
  public record AppealSettled(List<Measure> inForce, boolean noticeRevoked, boolean noticePublished) {
  }

  /** The step a received appeal is kept as. */
  static final String APPEAL_STEP = "APPEAL";

  /** What a cadre contested: by 申诉, by a request for 复审 (a 政务处分, 监察法 Art 49), or both; and how it is received. */
  enum Contest {
    APPEAL("受理申诉", true, false), REVIEW("受理复审申请", false, true), BOTH("受理申诉和复审申请", true, true);

    final String received;
    final boolean appealed;
    final boolean review;

    Contest(String received, boolean appealed, boolean review) {
      this.received = received;
      this.appealed = appealed;
      this.review = review;
    }

    static Contest of(CaseStep step) {
      return java.util.Arrays.stream(values()).filter(c -> c.received.equals(step.stepName())).findFirst().orElse(APPEAL);
    }
  }

  /** The latest appeal as received, with what was contested and the answers recorded since. */
  record LatestAppeal(CaseStep received, Contest contest, List<Decision> answers) {
  }

  java.util.Optional<LatestAppeal> latestAppeal(long caseId) {
    return cases.steps(caseId).stream().filter(s -> s.step().equals(APPEAL_STEP)).reduce((a, b) -> b)
        .map(step -> new LatestAppeal(step, Contest.of(step), cases.decisions(caseId).stream()
            .filter(d -> d.kind().name().startsWith("APPEAL_") && !d.decidedAt().isBefore(step.doneAt())).toList()));
  }

  /**
   * The contested measures of one group that a change replaces: of a 处分 changed to another kind, those
   * of the same category (党纪 or 政务) where there are any; otherwise all the group's contested measures.
   */
  private static List<Measure> changedBy(List<Measure> ours, Decision answer) {
    if (answer.disciplinaryKind() != null) {
      List<Measure> sameCategory = ours.stream().filter(m -> m.disciplinaryKind() != null
          && m.disciplinaryKind().partyDiscipline() == answer.disciplinaryKind().partyDiscipline()).toList();
      if (!sameCategory.isEmpty()) {
        return sameCategory;
      }
    }
    return ours;
  }

  /** Every group has answered the appeal: the decision in force stands, amended, or no measure is left. */
  @Transactional
  public AppealSettled appealAnswered(long caseId) {
    AccountabilityCase c = locked(caseId, CaseStatus.DECIDED);
    List<Measure> all = cases.measures(caseId);
    List<Measure> inForce = all.stream().filter(Measure::inForce).toList();
    cases.decided(caseId, c.status(), inForce.isEmpty() ? AccountabilityCase.NOT_PURSUED : null);
    boolean noticeRevoked = all.stream().anyMatch(m -> m.sanction() == Sanction.NOTICE
        && (m.status() == Measure.Status.REVOKED || m.status() == Measure.Status.CHANGED));
    latestAppeal(caseId).filter(appeal -> !appeal.answers().isEmpty()).ifPresent(appeal -> issuing.number(
        CaseIssuing.APPEAL_DECISION, c, issuing.answering(issuing.level(c), appeal), LocalDate.now(clock)));
    return new AppealSettled(inForce, noticeRevoked, noticeRevoked && published(caseId));
  }

  /**
   * The 通报 is about to be published (Art 21's 通报 is carried out at once: an appeal does not suspend
   * it); one revoked on appeal before it was published is not published.
   */
  @Transactional
  public void publishNotice(long caseId) {
    AccountabilityCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException("Accountability case", caseId));
    if (inForce(caseId).stream().noneMatch(m -> m.sanction() == Sanction.NOTICE)) {
      throw new ConflictException("The 通报 of case " + c.caseNumber() + " was revoked on appeal; it is not published");
    }
  }

  private boolean published(long caseId) {
    return cases.steps(caseId).stream().anyMatch(s -> AccountabilitySteps.PUBLISH_NOTICE.equals(s.step())
        && AccountabilitySteps.PUBLISHED.equals(s.outcome()));
  }

  public List<Measure> inForce(long caseId) {
    return cases.measures(caseId).stream().filter(Measure::inForce).toList();
  }

  /**
   * The restriction of the measures in force — for each scope the longest of theirs — each counted from
   * its own measure's decision date; the outcome is the most severe of the measures. {@code all} are every
   * measure the case has had, {@code inForce} those of them in force. Returns the outcome, null when
   * no measure is in force.
   */
  private String restrict(AccountabilityCase c, List<Measure> all, List<Measure> inForce) {
    if (inForce.isEmpty()) {
      return null;
    }
    RestrictionPolicy restrictions = new RestrictionPolicy(policy.restrictions());
    for (RestrictionTerm term : RestrictionPolicy.longest(inForce.stream()
        .flatMap(m -> restrictions.terms(m.sanction(), m.disciplinaryKind(), c.ground(), decidedOn(m, all)).stream())
        .toList())) {
      records.addRestriction(c.cadreId(), new SafetyRecord.Restriction(term.kind(), term.article(), term.bars(),
          term.startsOn(), term.endsOn(), c.caseNumber(), term.measure()));
    }
    return inForce.stream().map(Measure::sanction).max(java.util.Comparator.comparingInt(Sanction::level))
        .orElseThrow().name();
  }

  private static String kindOf(Measure m) {
    return m.disciplinaryKind() != null ? m.disciplinaryKind().name() : null;
  }

  /**
   * The day a measure's restriction runs from: its own decision's; for a measure that replaced another
   * on appeal, the original decision's.
   */
  private LocalDate decidedOn(Measure m, List<Measure> all) {
    Measure original = m;
    for (int hops = 0; original.replacesId() != null && hops < all.size(); hops++) {
      long replaced = original.replacesId();
      original = all.stream().filter(x -> x.id() == replaced).findFirst().orElseThrow();
    }
    return LocalDate.ofInstant(original.decidedAt(), clock.getZone());
  }

  /** A decided case, its appeal window over (and the notice published where that is the measure), is closed. */
  @Transactional
  public void close(long caseId) {
    AccountabilityCase c = locked(caseId, CaseStatus.CLOSED);
    cases.close(caseId, c.status(), null, clock.instant());
  }

  /**
   * Closes the case as 不予追究: exempted under Art 25, not proceeded against a departed cadre
   * (Art 26), or its decision revoked on appeal (the revocation is already the decision in force).
   * It is decided by whoever took the step that led here, with that step's reasons.
   */
  @Transactional
  public void closeNotPursued(long caseId, NotPursued why) {
    AccountabilityCase c = locked(caseId, CaseStatus.CLOSED);
    if (why != NotPursued.REVOKED) {
      List<CaseStep> steps = cases.steps(caseId);
      CaseStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
      String remarks = last == null ? null : last.remarks();
      String by = last == null ? "system" : last.doneBy();
      cases.insertDecision(caseId, new Decision(DecisionKind.NOT_PURSUED, null, null, null,
          SafeDutyGroup.EMERGENCY_MANAGEMENT.id(), by, null, null, null,
          why.reason + (remarks != null ? "：" + remarks : ""), clock.instant()));
      issuing.number(CaseIssuing.NOT_PURSUED, c, issuing.deciding(issuing.level(c),
          List.of(SafeDutyGroup.EMERGENCY_MANAGEMENT.id()), List.of()), LocalDate.now(clock));
    }
    cases.close(caseId, c.status(), AccountabilityCase.NOT_PURSUED, clock.instant());
  }

  /**
   * After review no deciding group decided a measure: the case closes as 不予问责 — no measure, no
   * restriction — each group's decision and reasons already kept.
   */
  @Transactional
  public void closeNotHeldAccountable(long caseId) {
    AccountabilityCase c = locked(caseId, CaseStatus.CLOSED);
    if (!cases.measures(caseId).isEmpty()) {
      throw new ConflictException("Case " + c.caseNumber() + " has measures decided; it is not closed as 不予问责");
    }
    cases.close(caseId, c.status(), AccountabilityCase.NOT_HELD_ACCOUNTABLE, clock.instant());
    List<String> concluding = cases.decisions(caseId).stream().filter(d -> d.kind() == DecisionKind.NOT_HELD_ACCOUNTABLE)
        .map(Decision::decidingGroup).toList();
    if (!concluding.isEmpty()) {
      issuing.number(CaseIssuing.NOT_HELD_ACCOUNTABLE, c, issuing.deciding(issuing.level(c), concluding, List.of()),
          LocalDate.now(clock));
    }
  }

  /** Locks the case and moves it to {@code next}, if its current status allows. */
  private AccountabilityCase move(long caseId, CaseStatus next) {
    AccountabilityCase c = locked(caseId, next);
    if (c.status() != next) {
      cases.updateStatus(caseId, c.status(), next);
    }
    return c;
  }

  /** Locks the case, if its current status allows it to become {@code next}; the caller writes the status. */
  private AccountabilityCase locked(long caseId, CaseStatus next) {
    AccountabilityCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException("Accountability case", caseId));
    LifecycleStatus.check("Case " + c.caseNumber(), c.status(), next);
    return c;
  }

  /** What the rules looked at, kept with the recommendation as JSON. */
  private String factsUsed(AccountabilityCase c, Cadre cadre) {
    Map<String, Object> used = new LinkedHashMap<>();
    used.put("ground", c.ground());
    used.put("accidentGrade", c.accidentGrade());
    used.put("responsibility", c.responsibility());
    used.put("facts", c.facts());
    used.put("cadreStatus", cadre.status());
    try {
      return json.writeValueAsString(used);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
