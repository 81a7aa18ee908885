package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.casework.CaseConcerns;
import cn.gx.safeduty.kernel.casework.Casework;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the accountability case of one responsible cadre (the multi-instance element
 * {@code responsibleId}); the call activity that follows runs the {@code accountability} process for it.
 */
@Component
public class OpenAccountabilityCaseDelegate implements JavaDelegate {

  private final AccidentRepository accidents;
  private final AccidentService service;
  private final Casework cases;
  private final java.time.ZoneId zone;

  public OpenAccountabilityCaseDelegate(AccidentRepository accidents, AccidentService service, Casework cases,
      java.time.Clock clock) {
    this.zone = clock.getZone();
    this.accidents = accidents;
    this.service = service;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long responsibleId = ((Number) execution.getVariable("responsibleId")).longValue();
    ResponsibleCadre r = accidents.responsible(responsibleId).orElseThrow();
    Accident a = accidents.find(r.accidentId()).orElseThrow();
    String summary = a.accidentNumber() + " " + a.place() + "（" + a.grade().chineseName() + "）："
        + (r.ground() == Ground.REPORTING_FAILURE
            ? "对事故" + (r.reportingFailure() != null ? r.reportingFailure().chineseName() : "报告失职") + "负有领导责任"
            : a.conclusionSummary());
    var opened = cases.open(new NewAccountabilityCase(r.cadreId(), r.ground(),
        r.ground() == Ground.ACCIDENT_RESPONSIBILITY ? a.grade() : null, r.responsibility(), summary, r.facts(), null,
        CaseConcerns.day(a.occurredAt().atZone(zone).toLocalDate())), r.recordedBy());
    service.linkCase(responsibleId, opened.id());
    execution.setVariableLocal("caseId", opened.id());
    execution.setVariableLocal("caseNumber", opened.caseNumber());
  }
}
