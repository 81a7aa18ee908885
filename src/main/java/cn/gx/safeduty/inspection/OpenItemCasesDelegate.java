package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens a DUTY_FAILURE case (Art 19) for each leader marked on an item verified not done. */
@Component
public class OpenItemCasesDelegate implements JavaDelegate {

  private final SupervisionItemService items;

  public OpenItemCasesDelegate(SupervisionItemService items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    items.openCases(((Number) execution.getVariable("itemId")).longValue());
  }
}
