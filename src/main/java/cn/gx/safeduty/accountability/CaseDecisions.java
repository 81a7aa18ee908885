package cn.gx.safeduty.accountability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which groups decide a case after its joint review (Art 28, 分别负责): every group whose measure
 * a department proposed in this round of review; when none proposed any, the group of the rules'
 * recommendation, so that a case always reaches a decision. The joint review's last step writes them
 * as {@code decidingGroups}, which the model's inclusive gateway reads; {@link #decides} answers the
 * instances started on a version of the model that still asks this bean.
 */
@Component("caseDecisions")
public class CaseDecisions {

  private final AccountabilityCaseRepository cases;

  public CaseDecisions(AccountabilityCaseRepository cases) {
    this.cases = cases;
  }

  public boolean decides(Object caseId, String group) {
    return decidingGroups(((Number) caseId).longValue()).contains(group);
  }

  private Set<String> decidingGroups(long id) {
    return decidingGroups(cases.steps(id), cases.latestRecommendation(id).orElseThrow());
  }

  /** The deciding groups from the review steps of the current round (after the last new facts). */
  static Set<String> decidingGroups(List<CaseStep> steps, Recommendation recommendation) {
    Set<String> groups = new LinkedHashSet<>();
    for (CaseStep step : currentRound(steps)) {
      if (AccountabilitySteps.JOINT_REVIEW.contains(step.step()) && step.proposed() != null) {
        groups.add(Sanction.valueOf(step.proposed()).decidingGroup());
      }
    }
    if (groups.isEmpty()) {
      groups.add(recommendation.decidingGroup());
    }
    return groups;
  }

  /**
   * The measure the joint review of the current round proposed within {@code group}'s authority (the
   * latest, where two reviews did), or null: the group's decision form opens with it, or with 不予问责.
   */
  static Sanction proposalFor(List<CaseStep> steps, String group) {
    Sanction proposal = null;
    for (CaseStep step : currentRound(steps)) {
      if (AccountabilitySteps.JOINT_REVIEW.contains(step.step()) && step.proposed() != null
          && Sanction.valueOf(step.proposed()).decidingGroup().equals(group)) {
        proposal = Sanction.valueOf(step.proposed());
      }
    }
    return proposal;
  }

  private static List<CaseStep> currentRound(List<CaseStep> steps) {
    int roundStart = 0;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).step().equals("NEW_FACTS")) {
        roundStart = i + 1;
      }
    }
    return steps.subList(roundStart, steps.size());
  }
}
