package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.calendar.WorkingDays;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The due dates of the assessment's tasks from policy, e.g. {@code camunda:dueDate="${assessmentDeadlines.report()}"}. */
@Component("assessmentDeadlines")
public class AssessmentDeadlines {

  private final AssessmentPolicy policy;
  private final WorkingDays workingDays;

  public AssessmentDeadlines(AssessmentPolicy policy, WorkingDays workingDays) {
    this.policy = policy;
    this.workingDays = workingDays;
  }

  public Date report() {
    return workingDays.due(policy.due().report());
  }

  public Date score() {
    return workingDays.due(policy.due().score());
  }

  public Date proposal() {
    return workingDays.due(policy.due().proposal());
  }

  public Date review() {
    return workingDays.due(policy.due().review());
  }

  public Date link() {
    return workingDays.due(policy.due().link());
  }

  public Date publish() {
    return workingDays.due(policy.due().publish());
  }
}
