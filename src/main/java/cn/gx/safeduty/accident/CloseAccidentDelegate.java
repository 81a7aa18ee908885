package cn.gx.safeduty.accident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the accident once every case it started has closed. */
@Component
public class CloseAccidentDelegate implements JavaDelegate {

  private final AccidentService accidents;

  public CloseAccidentDelegate(AccidentService accidents) {
    this.accidents = accidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    accidents.close(((Number) execution.getVariable("accidentId")).longValue());
  }
}
