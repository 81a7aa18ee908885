package cn.gx.safeduty.accountability;

import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the rules (Art 21-28) to the case's current facts and keeps the recommendation. */
@Component
public class RecommendSanctionDelegate implements JavaDelegate {

  private final AccountabilityCaseRepository cases;
  private final CadreService cadres;
  private final SanctionRecommender recommender;
  private final ObjectMapper json;
  private final Clock clock;

  public RecommendSanctionDelegate(AccountabilityCaseRepository cases, CadreService cadres, BaselineTable baseline,
      ObjectMapper json, Clock clock) {
    this.cases = cases;
    this.cadres = cadres;
    this.recommender = new SanctionRecommender(baseline);
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = CaseVariables.caseId(execution);
    AccountabilityCase c = cases.find(caseId).orElseThrow();
    Cadre cadre = cadres.get(c.cadreId());
    Recommendation r = recommender.recommend(
        new CaseSubject(c.ground(), c.accidentGrade(), c.responsibility(), c.facts(), cadre.status()));
    cases.insertRecommendation(caseId, r, factsUsed(c, cadre), clock.instant());
    cases.updateStatus(caseId, CaseStatus.UNDER_REVIEW);
    cases.setProcessInstance(caseId, execution.getProcessInstanceId());

    execution.setVariable("exempted", r.exempted());
    execution.setVariable("departureNeedsDecision", r.departureNeedsDecision());
    execution.setVariable("suspectedDutyCrime", c.facts().suspectedDutyCrime());
    execution.setVariable("recommendedSanction", r.sanction() != null ? r.sanction().name() : null);
    execution.setVariable("decidingGroup", r.decidingGroup());
    execution.setVariable("needsReviewerWeighing", r.needsReviewerWeighing());
    execution.setVariable("caseNumber", c.caseNumber());
    execution.setVariable("cadreLabel", CaseLabels.cadre(cadre));
    execution.setVariable("groundLabel", CaseLabels.ground(c));
    execution.setVariable("summary", c.summary());
    execution.setVariable("factsLabel", CaseLabels.facts(c.facts()));
    execution.setVariable("recommendationLabel", CaseLabels.recommendation(r));
    execution.setVariable("articlesLabel", Articles.chinese(r.articles()));
    execution.setVariable("reviewOpinionsLabel", CaseLabels.reviews(cases.steps(caseId)));
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
