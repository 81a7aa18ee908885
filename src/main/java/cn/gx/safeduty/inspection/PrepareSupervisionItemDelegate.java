package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Links the item to its instance and sets its timers and the text its tasks show. */
@Component
public class PrepareSupervisionItemDelegate implements JavaDelegate {

  private final SupervisionItemService items;

  public PrepareSupervisionItemDelegate(SupervisionItemService items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long itemId = ((Number) execution.getVariable("itemId")).longValue();
    execution.setVariables(items.prepare(itemId, execution.getProcessInstanceId()));
  }
}
