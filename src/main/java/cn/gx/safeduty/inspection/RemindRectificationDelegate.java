package cn.gx.safeduty.inspection;

import cn.gx.safeduty.notification.TaskMails;
import cn.gx.safeduty.kernel.SafeDutyGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The reminder before a rectification deadline: kept on the item, mailed to emergency management when mail is on. */
@Component
public class RemindRectificationDelegate implements JavaDelegate {

  private final SupervisionItemService items;
  private final ObjectProvider<TaskMails> mails;

  public RemindRectificationDelegate(SupervisionItemService items, ObjectProvider<TaskMails> mails) {
    this.items = items;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String text = items.remind(((Number) execution.getVariable("itemId")).longValue());
    mails.ifAvailable(m -> m.groupNotice(SafeDutyGroup.EMERGENCY_MANAGEMENT.id(),
        "督办事项即将到期（" + execution.getProcessBusinessKey() + "）", text, execution.getProcessInstanceId()));
  }
}
