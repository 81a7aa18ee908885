package cn.gx.safeduty.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed unverified: the item becomes overdue before its escalation task arrives. */
@Component
public class MarkItemOverdueDelegate implements JavaDelegate {

  private final SupervisionItemService items;

  public MarkItemOverdueDelegate(SupervisionItemService items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    items.markOverdue(((Number) execution.getVariable("itemId")).longValue());
  }
}
