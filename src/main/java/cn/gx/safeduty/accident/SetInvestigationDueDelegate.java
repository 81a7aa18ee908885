package cn.gx.safeduty.accident;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Moves the investigation's due date after a follow-up: by the one extension 应急管理部门 granted,
 * or else by the reminder interval, so an overdue investigation keeps being chased.
 */
@Component
public class SetInvestigationDueDelegate implements JavaDelegate {

  private final AccidentRepository accidents;
  private final AccidentPolicy policy;
  private final java.time.Clock clock;

  public SetInvestigationDueDelegate(AccidentRepository accidents, AccidentPolicy policy, java.time.Clock clock) {
    this.accidents = accidents;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable("accidentId")).longValue();
    Accident a = accidents.find(id).orElseThrow();
    Object granted = AccidentSteps.DECIDE_EXTENSION.equals(execution.getVariable(AccidentSteps.LAST_FOLLOW_UP))
        ? execution.getVariable(AccidentSteps.GRANTED_EXTENSION_DAYS) : null;
    boolean extending = !a.investigationExtended() && granted != null;
    Instant due;
    if (extending) {
      // calendar days in China Standard Time: an extension of n days ends at the same hour n days later
      due = a.investigationDue().atZone(clock.getZone()).plusDays(((Number) granted).intValue()).toInstant();
    } else {
      due = ZonedDateTime.now(clock).plus(policy.investigation().overdueReminder()).toInstant();
    }
    boolean extended = a.investigationExtended() || extending;
    accidents.setInvestigationDue(id, due, extended);
    execution.setVariable("investigationDue", Date.from(due));
    execution.setVariable("investigationExtended", extended);
  }
}
