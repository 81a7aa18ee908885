package cn.gx.safeduty.accident;

import cn.gx.safeduty.accountability.CaseFacts;
import cn.gx.safeduty.accountability.Ground;
import cn.gx.safeduty.accountability.Mitigation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the cadres 应急管理部门 confirmed as bearing leadership responsibility for the
 * reporting failure (20(2)); the facts for Art 23–26 start empty and can be added in their case.
 */
@Component
public class RecordReportingFailureDelegate implements JavaDelegate {

  static final CaseFacts NOT_YET_ESTABLISHED = new CaseFacts(false, false, false, Mitigation.NONE, false, false);

  private final AccidentRepository accidents;

  public RecordReportingFailureDelegate(AccidentRepository accidents) {
    this.accidents = accidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long accidentId = ((Number) execution.getVariable("accidentId")).longValue();
    ReportingFailureKind kind = ReportingFailureKind.valueOf(execution.getVariable("failureKind").toString());
    String by = (String) execution.getVariable("reportingConfirmedBy");
    for (String cadreId : execution.getVariable(AccidentStepRules.CONFIRMED_CADRE_IDS).toString().split(",")) {
      accidents.insertResponsible(accidentId, Long.parseLong(cadreId), Ground.REPORTING_FAILURE, null, kind,
          NOT_YET_ESTABLISHED, by);
    }
  }
}
