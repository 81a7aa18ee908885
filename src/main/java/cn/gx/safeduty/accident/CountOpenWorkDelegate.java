package cn.gx.safeduty.accident;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Counts the follow-up's work still running in its event subprocesses: the reporting findings being
 * handled ({@code SubProcess_Finding}, from the finding to its dismissal or the close of the cases it
 * opened) and the levels whose reporting limit is watched ({@code SubProcess_LevelWatch}) — one more as
 * each starts, one fewer as it ends. The follow-up closes only when both are none
 * ({@code Event_ReportingSettled}).
 */
@Component
public class CountOpenWorkDelegate implements ExecutionListener {

  static final String OPEN_FINDINGS = "openFindings";
  static final String OPEN_LEVEL_WATCHES = "openLevelWatches";

  private static final Map<String, String> COUNTER_OF = Map.of(
      "SubProcess_Finding", OPEN_FINDINGS,
      "SubProcess_LevelWatch", OPEN_LEVEL_WATCHES);

  @Override
  public void notify(DelegateExecution execution) {
    String counter = COUNTER_OF.get(execution.getCurrentActivityId());
    if (counter == null) {
      throw new IllegalStateException("No count of open work is kept for " + execution.getCurrentActivityId());
    }
    int open = execution.getVariable(counter) instanceof Number n ? n.intValue() : 0;
    int now = EVENTNAME_START.equals(execution.getEventName()) ? open + 1 : Math.max(0, open - 1);
    // the count lives on the process instance, where the closing event waits on it
    execution.getProcessInstance().setVariable(counter, now);
  }
}
