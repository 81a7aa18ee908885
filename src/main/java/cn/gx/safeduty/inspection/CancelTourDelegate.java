package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 取消未获批的巡查. */
@Component
public class CancelTourDelegate implements JavaDelegate {

  private final InspectionTourService tours;

  public CancelTourDelegate(InspectionTourService tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tours.cancel(((Number) execution.getVariable("tourId")).longValue());
  }
}
