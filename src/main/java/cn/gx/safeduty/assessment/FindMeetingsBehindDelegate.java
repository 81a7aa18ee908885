package cn.gx.safeduty.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At a quarter's start, lists who was behind with meetings on work safety in the quarter just ended. */
@Component
public class FindMeetingsBehindDelegate implements JavaDelegate {

  private final SafetyMeetingService meetings;
  private final Clock clock;

  public FindMeetingsBehindDelegate(SafetyMeetingService meetings, Clock clock) {
    this.meetings = meetings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var behind = meetings.behindAtQuarterEnd(LocalDate.now(clock).minusDays(1));
    execution.setVariable("checkedPeriod", behind.period());
    execution.setVariable("behindCount", behind.lines().size());
    execution.setVariable("behindLabel", String.join("\n", behind.lines()));
  }
}
