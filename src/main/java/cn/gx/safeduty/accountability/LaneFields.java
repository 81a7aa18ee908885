package cn.gx.safeduty.accountability;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The lanes' decision and appeal forms share field names, so a lane working beside another, or after a
 * round that left values in the instance, opens on blank fields of its own (task-local), never on what
 * the other lane submitted. A lone lane with nothing before it writes none.
 */
final class LaneFields {

  private LaneFields() {
  }

  /** Blanks the task's own fields; {@code groupsVariable} names the groups working on this step ("a,b"). */
  static void openBlank(DelegateTask task, List<String> fields, String groupsVariable) {
    boolean beside = String.valueOf(task.getVariable(groupsVariable)).contains(",");
    fields.stream().filter(field -> beside || task.hasVariable(field))
        .forEach(field -> task.setVariableLocal(field, null));
  }
}
