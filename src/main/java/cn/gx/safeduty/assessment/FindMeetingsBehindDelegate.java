package cn.gx.safeduty.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * At a quarter's start, lists who was behind with meetings on work safety in the quarter just ended,
 * and the duty lists not made for its year.
 */
@Component
public class FindMeetingsBehindDelegate implements JavaDelegate {

  private final QuarterCheck check;
  private final Clock clock;

  public FindMeetingsBehindDelegate(QuarterCheck check, Clock clock) {
    this.check = check;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate checkedOn = LocalDate.now(clock).minusDays(1);
    QuarterCheck.Found found = check.find(checkedOn);
    execution.setVariable("checkedOn", checkedOn.toString());
    execution.setVariable("checkedPeriod", found.period());
    execution.setVariable("behindCount", found.count());
    execution.setVariable("behindLabel", found.label());
  }
}
