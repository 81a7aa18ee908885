package cn.gx.safeduty.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Compiles the candidate's safety record; a restriction barring the post stops the vetting. */
@Component
public class CompileCandidateRecordDelegate implements JavaDelegate {

  private final CandidateVettingService vettings;

  public CompileCandidateRecordDelegate(CandidateVettingService vettings) {
    this.vettings = vettings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(vettings.compile(((Number) execution.getVariable("vettingId")).longValue()));
  }
}
