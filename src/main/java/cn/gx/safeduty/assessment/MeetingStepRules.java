package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.StepRules;
import cn.gx.safeduty.kernel.task.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The quarter's urging of the Party committees and governments behind with their meetings: what was done is required. */
@Component
public class MeetingStepRules implements StepRules {

  public static final String PROCESS_KEY = "meeting-compliance";
  public static final String URGE_MEETINGS = "Task_UrgeMeetings";

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public void check(TaskStep step, FormFields fields) {
    if (URGE_MEETINGS.equals(step.taskKey())) {
      fields.requiredText("urgeNote", "请填写督促情况");
    }
  }

  @Override
  public void record(TaskStep step, FormFields fields, DelegateTask task) {
    // the note stays in the task's history with who gave it; nothing else follows from it
  }
}
