package cn.gx.safeduty.accident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A required level's limit has passed: reached, found missed, or (its limit moved) waiting on. */
@Component
public class JudgeReportingLevelDelegate implements JavaDelegate {

  private final AccidentService accidents;

  public JudgeReportingLevelDelegate(AccidentService accidents) {
    this.accidents = accidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariableLocal("levelSettled", accidents.judgeLevel(((Number) execution.getVariable("accidentId"))
        .longValue(), ReportingLevel.valueOf(execution.getVariable("reportingLevel").toString())));
  }
}
