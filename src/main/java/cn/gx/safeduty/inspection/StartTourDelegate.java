package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 巡查方案获批（或无需报批）后开始巡查. */
@Component
public class StartTourDelegate implements JavaDelegate {

  private final InspectionTourService tours;

  public StartTourDelegate(InspectionTourService tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tours.start(((Number) execution.getVariable("tourId")).longValue());
  }
}
