package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.calendar.WorkingDays;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The due dates of the commendation's tasks from policy, e.g. {@code ${commendationDeadlines.review()}}. */
@Component("commendationDeadlines")
public class CommendationDeadlines {

  private final CommendationPolicy policy;
  private final WorkingDays workingDays;

  public CommendationDeadlines(CommendationPolicy policy, WorkingDays workingDays) {
    this.policy = policy;
    this.workingDays = workingDays;
  }

  public Date review() {
    return workingDays.due(policy.due().review());
  }

  public Date verify() {
    return workingDays.due(policy.due().verify());
  }

  public Date decision() {
    return workingDays.due(policy.due().decision());
  }
}
