package cn.gx.safeduty.accountability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    return decidingGroups(((Number) caseId).longValue()).contains(group);
  }

  /**
   * The gateway asks once per group in one transaction; the groups are read once and kept until the
   * transaction ends (nothing in between changes the steps it counts).
   */
  private Set<String> decidingGroups(long id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return decidingGroups(cases.steps(id), cases.latestRecommendation(id).orElseThrow());
    }
    String key = "caseDecisions:" + id;
    @SuppressWarnings("unchecked")
    Set<String> groups = (Set<String>) TransactionSynchronizationManager.getResource(key);
    if (groups == null) {
      groups = decidingGroups(cases.steps(id), cases.latestRecommendation(id).orElseThrow());
      TransactionSynchronizationManager.bindResource(key, groups);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return groups;
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
      if (AccountabilitySteps.JOINT_REVIEW.contains(step.step()) && step.proposed() != null) {
        groups.add(Sanction.valueOf(step.proposed()).decidingGroup());
      }
    }
    if (groups.isEmpty()) {
      groups.add(recommendation.decidingGroup());
    }
    return groups;
  }
}
