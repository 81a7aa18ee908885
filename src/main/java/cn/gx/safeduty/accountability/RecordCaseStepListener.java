package cn.gx.safeduty.accountability;

import java.time.Clock;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * On completion of every user task of the accountability process: checks what the step requires
 * (a refusal comes back to Tasklist or the caller as a 400 with the reason in Chinese) and writes
 * down who did what, so the case keeps every opinion, proposal and confirmation.
 */
@Component
public class RecordCaseStepListener implements TaskListener {

  private final AccountabilityCaseRepository cases;
  private final Clock clock;

  public RecordCaseStepListener(AccountabilityCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = ((Number) task.getVariable("caseId")).longValue();
    String group = candidateGroup(task);
    String user = user(task);
    CaseStep step;
    try {
      step = CaseStepRules.read(task.getTaskDefinitionKey(), task.getName(), group, user, clock.instant(),
          task::getVariable);
    } catch (InvalidStepException invalid) {
      throw new BadUserRequestException(invalid.getMessage());
    }
    cases.insertStep(caseId, step);
    task.getExecution().setVariable("lastStepBy", user);
    task.getExecution().setVariable("lastStepGroup", group);
    if (CaseLabels.isJointReviewStep(task.getTaskDefinitionKey())) {
      task.getExecution().setVariable("reviewOpinionsLabel", CaseLabels.reviews(cases.steps(caseId)));
    }
  }

  private static String candidateGroup(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst().orElse(null);
  }

  private static String user(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : "system";
  }
}
