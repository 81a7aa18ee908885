package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.calendar.WorkingDays;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The due dates of the tour's tasks from policy, e.g. {@code camunda:dueDate="${tourDeadlines.inspect()}"}. */
@Component("tourDeadlines")
public class TourDeadlines {

  private final TourPolicy policy;
  private final WorkingDays workingDays;

  public TourDeadlines(TourPolicy policy, WorkingDays workingDays) {
    this.policy = policy;
    this.workingDays = workingDays;
  }

  public Date approve() {
    return workingDays.due(policy.approveDue());
  }

  public Date inspect() {
    return workingDays.due(policy.inspectDue());
  }

  public Date findings() {
    return workingDays.due(policy.findingsDue());
  }

  public Date mark() {
    return workingDays.due(policy.markDue());
  }

  public Date copy() {
    return workingDays.due(policy.copyDue());
  }

  public Date file() {
    return workingDays.due(policy.fileDue());
  }
}
