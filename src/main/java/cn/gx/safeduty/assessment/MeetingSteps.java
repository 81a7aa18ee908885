package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The quarter's urging of the Party committees and governments behind with their meetings and duty
 * lists (Art 5(2), 5(3), 6(2), 6(3)): what was done is required, and whether supervision items are
 * ordered for them (Art 19), in the name of who decided it.
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
        .reads(List.of("urgeNote", "orderItems"), fields -> {
          fields.requiredText("urgeNote", "请填写督促情况");
          return fields.flag("orderItems", "是否下达督办事项");
        })
        .records((pid, orderItems, step, task) -> {
          task.getExecution().setVariable("orderItems", orderItems);
          task.getExecution().setVariable("orderedBy", step.userId());
        }));
  }
}
