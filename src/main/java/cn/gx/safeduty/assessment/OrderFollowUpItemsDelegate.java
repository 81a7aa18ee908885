package cn.gx.safeduty.assessment;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Orders a supervision item for each shortfall the quarter's check found still standing, in the name of who decided it. */
@Component
public class OrderFollowUpItemsDelegate implements JavaDelegate {

  private final QuarterCheck check;

  public OrderFollowUpItemsDelegate(QuarterCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> ordered = check.orderFollowUps(LocalDate.parse((String) execution.getVariable("checkedOn")),
        code -> true, (String) execution.getVariable("orderedBy"));
    execution.setVariable("orderedCount", ordered.size());
  }
}
