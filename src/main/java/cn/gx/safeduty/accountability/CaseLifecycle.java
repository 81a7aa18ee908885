package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.SafetyRecord;
import cn.gx.safeduty.registry.SafetyRecordService;
import cn.gx.safeduty.security.SafeDutyGroup;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** A deciding group's decision as its form gave it (Art 27 factors included). */
  public record ProposedDecision(Sanction sanction, DisciplinaryKind disciplinaryKind, String group, String by,
      String postDuties, String dutyPerformance, String dutyConditions, String reasons) {
  }

  /** The decision taken, or, when the sanction is another group's to decide (Art 28), the group it goes to. */
  public record DecisionTaken(Decision decision, String transferredTo) {
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

  public CaseLifecycle(AccountabilityCaseRepository cases, CadreService cadres, SafetyRecordService records,
      BaselineTable baseline, AccountabilityPolicy policy, ObjectMapper json, Clock clock) {
    this.cases = cases;
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
    Recommendation r = recommender.recommend(
        new CaseSubject(c.ground(), c.accidentGrade(), c.responsibility(), c.facts(), cadre.status()));
    cases.insertRecommendation(caseId, r, factsUsed(c, cadre), clock.instant());
    cases.setProcessInstance(caseId, processInstanceId);
    return new Recommended(c, cadre, r);
  }

  /** New facts while under review: kept with the case, for the rules to run on again. */
  @Transactional
  public void reopen(long caseId, CaseFacts facts, String note, String by) {
    move(caseId, CaseStatus.UNDER_REVIEW);
    cases.updateFacts(caseId, facts);
    cases.insertStep(caseId, new CaseStep("NEW_FACTS", "补充新事实", null, by, "REOPENED", null,
        (note != null ? note + "\n" : "") + CaseLabels.facts(facts), clock.instant()));
  }

  /** Takes the decision if the sanction is within the deciding group's authority (Art 28), else records the transfer. */
  @Transactional
  public DecisionTaken decide(long caseId, ProposedDecision p) {
    Sanction sanction = p.sanction();
    if (!sanction.decidingGroup().equals(p.group())) {
      move(caseId, CaseStatus.UNDER_REVIEW);
      cases.insertStep(caseId, new CaseStep("Task_RecordDecision", "记录问责决定", p.group(), p.by(), "TRANSFERRED",
          sanction.name(), "拟定的问责方式“" + sanction.chineseName() + "”由" + CaseLabels.group(sanction.decidingGroup())
              + "按照权限决定（第二十八条）", clock.instant()));
      return new DecisionTaken(null, sanction.decidingGroup());
    }
    move(caseId, CaseStatus.DECIDED);
    Decision decision = new Decision(DecisionKind.DECISION, sanction,
        sanction == Sanction.DISCIPLINARY_SANCTION ? p.disciplinaryKind() : null,
        cases.latestRecommendation(caseId).map(Recommendation::sanction).orElse(null),
        p.group(), p.by(), p.postDuties(), p.dutyPerformance(), p.dutyConditions(), p.reasons(), clock.instant());
    cases.insertDecision(caseId, decision);
    return new DecisionTaken(decision, null);
  }

  /**
   * The decision notice (问责决定书) is issued and the decision takes effect: the measure enters the
   * cadre's record and its restrictions (Art 21, Art 22's one-vote veto) run from the decision date;
   * the appeal window starts, and an appeal does not suspend any of it.
   */
  @Transactional
  public Sanction issue(long caseId) {
    AccountabilityCase c = move(caseId, CaseStatus.DECIDED);
    Decision decision = cases.latestDecision(caseId).orElseThrow();
    cases.insertStep(caseId, new CaseStep("Task_IssueDecisionNotice", "制发并执行问责决定", null, "system", "ISSUED", null,
        "申诉期 " + policy.getAppealWindow() + "；申诉期间，不停止本决定的执行", clock.instant()));
    putIntoRecord(c, decision, decision);
    return decision.sanction();
  }

  /** The cadre's appeal (申诉) is received; the deciding group reviews. */
  @Transactional
  public void appeal(long caseId, String grounds, String by) {
    move(caseId, CaseStatus.APPEALED);
    cases.insertStep(caseId, new CaseStep("APPEAL", "受理申诉", null, by, "RECEIVED", null, grounds, clock.instant()));
  }

  /**
   * The deciding group's answer to the appeal becomes the decision in force. A change or a
   * revocation amends the record: the measure ends as CHANGED or REVOKED and its restrictions are
   * lifted from today, both kept with the reasons; a changed measure enters the record with its own
   * restrictions, counted from the original decision date.
   */
  @Transactional
  public Decision answerAppeal(long caseId, AppealAnswer a) {
    AccountabilityCase c = move(caseId, CaseStatus.DECIDED);
    Decision inForce = cases.latestDecision(caseId).orElseThrow();
    Decision answer = switch (a.outcome()) {
      case UPHOLD -> new Decision(DecisionKind.APPEAL_UPHELD, inForce.sanction(), inForce.disciplinaryKind(),
          inForce.recommended(), a.group(), a.by(), null, null, null, a.reasons(), clock.instant());
      case CHANGE -> new Decision(DecisionKind.APPEAL_CHANGED, a.changedTo(),
          a.changedTo() == Sanction.DISCIPLINARY_SANCTION ? a.changedKind() : null,
          inForce.recommended(), a.group(), a.by(), null, null, null, a.reasons(), clock.instant());
      case REVOKE -> new Decision(DecisionKind.APPEAL_REVOKED, null, null, inForce.recommended(), a.group(), a.by(),
          null, null, null, a.reasons(), clock.instant());
    };
    cases.insertDecision(caseId, answer);
    LocalDate today = LocalDate.now(clock);
    String why = "复查" + (a.outcome() == AppealOutcome.REVOKE ? "撤销" : "变更") + "原决定：" + a.reasons();
    switch (a.outcome()) {
      case UPHOLD -> {
      }
      case CHANGE -> {
        records.endCase(c.cadreId(), c.caseNumber(), SafetyRecord.SanctionStatus.CHANGED, today, why);
        Decision first = cases.decisions(caseId).stream().filter(d -> d.kind() == DecisionKind.DECISION)
            .findFirst().orElseThrow();
        putIntoRecord(c, answer, first);
      }
      case REVOKE -> {
        records.endCase(c.cadreId(), c.caseNumber(), SafetyRecord.SanctionStatus.REVOKED, today, why);
        cases.setOutcome(caseId, AccountabilityCase.NOT_PURSUED);
      }
    }
    return answer;
  }

  /** The measure of a decision in force enters the record, its restrictions counted from the first decision's date. */
  private void putIntoRecord(AccountabilityCase c, Decision inForce, Decision first) {
    Sanction sanction = inForce.sanction();
    LocalDate decidedOn = LocalDate.ofInstant(inForce.decidedAt(), clock.getZone());
    LocalDate effectiveFrom = LocalDate.ofInstant(first.decidedAt(), clock.getZone());
    records.addSanction(c.cadreId(), sanction.name(), "21", decidedOn, c.caseNumber());
    for (RestrictionTerm term : new RestrictionPolicy(policy.getRestrictions())
        .terms(sanction, inForce.disciplinaryKind(), c.ground(), effectiveFrom)) {
      records.addRestriction(c.cadreId(), new SafetyRecord.Restriction(term.kind(), term.article(), term.scope(),
          term.startsOn(), term.endsOn(), c.caseNumber()));
    }
    cases.setOutcome(c.id(), sanction.name());
  }

  /** A decided case, its appeal window over (and the notice published where that is the measure), is closed. */
  @Transactional
  public void close(long caseId) {
    move(caseId, CaseStatus.CLOSED);
    cases.close(caseId, clock.instant());
  }

  /**
   * Closes the case as 不予追究: exempted under Art 25, not proceeded against a departed cadre
   * (Art 26), or its decision revoked on appeal (the revocation is already the decision in force).
   */
  @Transactional
  public void closeNotPursued(long caseId, NotPursued why, String by) {
    move(caseId, CaseStatus.CLOSED);
    if (why != NotPursued.REVOKED) {
      List<CaseStep> steps = cases.steps(caseId);
      String remarks = steps.isEmpty() ? null : steps.get(steps.size() - 1).remarks();
      cases.insertDecision(caseId, new Decision(DecisionKind.NOT_PURSUED, null, null, null,
          SafeDutyGroup.EMERGENCY_MANAGEMENT.id(), by, null, null, null,
          why.reason + (remarks != null ? "：" + remarks : ""), clock.instant()));
    }
    cases.setOutcome(caseId, AccountabilityCase.NOT_PURSUED);
    cases.close(caseId, clock.instant());
  }

  /** Locks the case and moves it to {@code next}, if its current status allows. */
  private AccountabilityCase move(long caseId, CaseStatus next) {
    AccountabilityCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException("Accountability case", caseId));
    if (!c.status().mayBecome(next)) {
      throw new ConflictException("Case " + c.caseNumber() + " is " + c.status() + " and cannot become " + next);
    }
    if (c.status() != next) {
      cases.updateStatus(caseId, next);
    }
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
