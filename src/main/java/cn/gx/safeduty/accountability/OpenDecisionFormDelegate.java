package cn.gx.safeduty.accountability;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import cn.gx.safeduty.kernel.SafeDutyGroup;
import cn.gx.safeduty.kernel.task.TaskActors;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Opens a deciding group's decision form on what the joint review proposed within its authority, or
 * on 不予问责 where the review proposed nothing of the group's (BRIEF §3.4): the value sits on the task
 * itself, since the three lanes' forms share the field.
 */
@Component
public class OpenDecisionFormDelegate implements TaskListener {

  private static final java.util.List<String> OWN_FIELDS = java.util.List.of("partyDisciplineKind",
      "governmentSanctionKind", "postDuties", "dutyPerformance", "dutyConditions", "decisionReasons");

  private final AccountabilityCaseRepository cases;

  public OpenDecisionFormDelegate(AccountabilityCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    String group = TaskActors.candidateGroups(task).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("Decision task " + task.getTaskDefinitionKey() + " has no group"));
    Sanction proposal = CaseDecisions.proposalFor(cases.steps(CaseVariables.caseId(task.getExecution())), group);
    String opening = proposal != null ? proposal.name() : AccountabilitySteps.NO_MEASURE;
    LaneFields.openBlank(task, OWN_FIELDS, "decidingGroups");
    if (SafeDutyGroup.ORGANIZATION.id().equals(group)) {
      // the organisation department's form chooses one or several measures: a checklist, opened on the proposal
      task.setVariableLocal("decisionMeasures", SpinValues.jsonValue("[\"" + opening + "\"]").create());
    } else {
      task.setVariableLocal("decisionSanction", opening);
    }
  }
}
