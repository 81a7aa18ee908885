package cn.gx.safeduty.accountability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which groups decide a case after its joint review (Art 28, 分别负责): every group whose measure
 * a department proposed in this round of review; when none proposed any, the group of the rules'
 * recommendation, so that a case always reaches a decision. For the model's inclusive gateway:
 * {@code ${caseDecisions.decides(caseId, 'organization')}}.
 */
@Component("caseDecisions")
public class CaseDecisions {

  private final AccountabilityCaseRepository cases;

  public CaseDecisions(AccountabilityCaseRepository cases) {
    this.cases = cases;
  }

  public boolean decides(Object caseId, String group) {
    long id = ((Number) caseId).longValue();
    return decidingGroups(cases.steps(id), cases.latestRecommendation(id).orElseThrow()).contains(group);
  }

  /** The deciding groups from the review steps of the current round (after the last new facts). */
  static Set<String> decidingGroups(List<CaseStep> steps, Recommendation recommendation) {
    int roundStart = 0;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).step().equals("NEW_FACTS")) {
        roundStart = i + 1;
      }
    }
    Set<String> groups = new LinkedHashSet<>();
    for (CaseStep step : steps.subList(roundStart, steps.size())) {
      if (CaseTasks.JOINT_REVIEW.contains(step.step()) && step.proposed() != null) {
        groups.add(Sanction.valueOf(step.proposed()).decidingGroup());
      }
    }
    if (groups.isEmpty()) {
      groups.add(recommendation.decidingGroup());
    }
    return groups;
  }
}
