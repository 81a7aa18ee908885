package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The quarter's urging of the Party committees and governments behind with their meetings (Art 5(2),
 * 6(2)): what was done is required; it stays in the task's history with who gave it.
 */
@Component
public class MeetingSteps implements StepDeclarations {

  public static final String PROCESS_KEY = "meeting-compliance";
  public static final String URGE_MEETINGS = "Task_UrgeMeetings";

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(Step.task(URGE_MEETINGS).of(step -> step.processInstanceId())
        .reads(List.of("urgeNote"), fields -> fields.requiredText("urgeNote", "请填写督促情况"))
        .recordsNothing());
  }
}
