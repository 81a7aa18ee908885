package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.calendar.WorkingDays;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The due dates of the vetting's tasks from policy, e.g. {@code ${vettingDeadlines.opinion()}}. */
@Component("vettingDeadlines")
public class VettingDeadlines {

  private final VettingPolicy policy;
  private final WorkingDays workingDays;

  public VettingDeadlines(VettingPolicy policy, WorkingDays workingDays) {
    this.policy = policy;
    this.workingDays = workingDays;
  }

  public Date opinion() {
    return workingDays.due(policy.due().opinion());
  }

  public Date conclusion() {
    return workingDays.due(policy.due().conclusion());
  }
}
