package cn.gx.safeduty.accident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the investigation's deadline: the one extension the follow-up step granted, or the next
 * reminder; the timer waits for the due date the accident's record now holds.
 */
@Component
public class SetInvestigationDueDelegate implements JavaDelegate {

  private final AccidentService accidents;
  private final java.time.Clock clock;

  public SetInvestigationDueDelegate(AccidentService accidents, java.time.Clock clock) {
    this.accidents = accidents;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object granted = AccidentSteps.DECIDE_EXTENSION.equals(execution.getVariable(AccidentSteps.LAST_FOLLOW_UP))
        ? execution.getVariable(AccidentSteps.GRANTED_EXTENSION_DAYS) : null;
    AccidentService.InvestigationDue due = accidents.investigationDue(
        ((Number) execution.getVariable("accidentId")).longValue(),
        granted instanceof Number days ? days.intValue() : null);
    execution.setVariable("investigationDue", Date.from(due.due()));
    execution.setVariable("investigationDueLabel", due.label(clock.getZone()));
    execution.setVariable("investigationExtended", due.extended());
  }
}
