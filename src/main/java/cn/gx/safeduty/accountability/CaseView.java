package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.CaseSource;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.kernel.task.OpenTasks;
import cn.gx.safeduty.registry.RestrictionKind;
import cn.gx.safeduty.registry.SafetyRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An accountability case as the API shows it: facts, the rules' recommendation, the decision in force, what is open. */
public record CaseView(
    long id,
    String caseNumber,
    long cadreId,
    Ground ground,
    AccidentGrade accidentGrade,
    Responsibility responsibility,
    String summary,
    CaseFacts facts,
    CaseSource source,
    CaseStatus status,
    String outcome,
    String processInstanceId,
    RecommendationView recommendation,
    DecisionView decision,
    List<Measure> measures,
    RestrictionView restriction,
    List<RestrictionView> restrictionHistory,
    List<OpenTasks.OpenTask> openTasks,
    List<DecisionView> decisions,
    List<CaseStep> steps,
    String registeredBy,
    Instant registeredAt,
    Instant closedAt) {

  public record RecommendationView(boolean exempted, Integer bandLow, Integer bandHigh, Integer level,
      Sanction sanction, String decidingGroup, boolean aggravated, Mitigation mitigation,
      boolean needsReviewerWeighing, boolean departureNeedsDecision, List<String> articles) {

    static RecommendationView of(Recommendation r) {
      return new RecommendationView(r.exempted(), r.bandLow(), r.bandHigh(), r.level(), r.sanction(),
          r.decidingGroup(), r.aggravated(), r.mitigation(), r.needsReviewerWeighing(), r.departureNeedsDecision(),
          r.articles());
    }
  }

  public record DecisionView(DecisionKind kind, Sanction sanction, DisciplinaryKind disciplinaryKind, Sanction recommended,
      String decidingGroup, String decidedBy, String postDuties, String dutyPerformance, String dutyConditions,
      String reasons, Instant decidedAt) {

    static DecisionView of(Decision d) {
      return new DecisionView(d.kind(), d.sanction(), d.disciplinaryKind(), d.recommended(), d.decidingGroup(),
          d.decidedBy(), d.postDuties(), d.dutyPerformance(), d.dutyConditions(), d.reasons(), d.decidedAt());
    }
  }

  /** A restriction the case started; {@code liftedOn} and {@code liftReason} once an appeal changed or revoked it. */
  public record RestrictionView(RestrictionKind kind, String article, List<cn.gx.safeduty.registry.Barred> bars, LocalDate startsOn,
      LocalDate endsOn, LocalDate liftedOn, String liftReason) {

    static RestrictionView of(SafetyRecord.Restriction r) {
      return new RestrictionView(r.kind(), r.article(), r.bars(), r.startsOn(), r.endsOn(), r.liftedOn(),
          r.liftReason());
    }
  }

}
