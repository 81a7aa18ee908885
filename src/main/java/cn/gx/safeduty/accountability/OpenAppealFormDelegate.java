package cn.gx.safeduty.accountability;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Opens a lane's answer to the appeal on blank fields of its own: the three lanes' appeal forms share
 * field names and answer in parallel, and one lane's form must not show what another submitted. A lone
 * lane with nothing before it writes nothing.
 */
@Component
public class OpenAppealFormDelegate implements TaskListener {

  private static final List<String> OWN_FIELDS = List.of("appealOutcome", "appealSanction", "appealDisciplinaryKind",
      "appealDecisionReasons");

  @Override
  public void notify(DelegateTask task) {
    boolean beside = String.valueOf(task.getVariable("appealGroups")).contains(",");
    OWN_FIELDS.stream().filter(field -> beside || task.hasVariable(field))
        .forEach(field -> task.setVariableLocal(field, null));
  }
}
