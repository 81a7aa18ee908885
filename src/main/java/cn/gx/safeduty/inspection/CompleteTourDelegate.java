package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 全部被巡查地区归档后巡查完成. */
@Component
public class CompleteTourDelegate implements JavaDelegate {

  private final InspectionTourService tours;

  public CompleteTourDelegate(InspectionTourService tours) {
    this.tours = tours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tours.complete(((Number) execution.getVariable("tourId")).longValue());
  }
}
