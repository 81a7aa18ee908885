package cn.gx.safeduty.accident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Counts the reporting findings still being handled (each a run of {@code SubProcess_Finding}, from
 * the finding to its dismissal or to the close of the cases it opened): one more as a finding starts,
 * one fewer as it ends. The follow-up closes only when none is left ({@code Event_FindingsSettled}).
 */
@Component
public class CountOpenFindingsDelegate implements ExecutionListener {

  static final String OPEN_FINDINGS = "openFindings";

  @Override
  public void notify(DelegateExecution execution) {
    int open = execution.getVariable(OPEN_FINDINGS) instanceof Number n ? n.intValue() : 0;
    int now = EVENTNAME_START.equals(execution.getEventName()) ? open + 1 : Math.max(0, open - 1);
    // the count lives on the process instance, where the closing event waits on it
    execution.getProcessInstance().setVariable(OPEN_FINDINGS, now);
  }
}
