package cn.gx.safeduty.accountability;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Opens a lane's answer to the appeal on blank fields of its own ({@link LaneFields}). */
@Component
public class OpenAppealFormDelegate implements TaskListener {

  private static final List<String> OWN_FIELDS = List.of("appealOutcome", "appealSanction", "appealDisciplinaryKind",
      "appealDecisionReasons");

  @Override
  public void notify(DelegateTask task) {
    LaneFields.openBlank(task, OWN_FIELDS, "appealGroups");
  }
}
