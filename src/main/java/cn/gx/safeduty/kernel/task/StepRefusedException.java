package cn.gx.safeduty.kernel.task;

import cn.gx.safeduty.kernel.FieldProblem;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completion (or any other way into a task) that SafeDuty refuses: a field the step's form
 * does not have, or a step rule that is not met. The message is the reason in Chinese, for staff;
 * both APIs answer it with 400.
 */
public class StepRefusedException extends BadUserRequestException {

  private final List<FieldProblem> problems;

  public StepRefusedException(String reason) {
    this(reason, List.of());
  }

  public StepRefusedException(String reason, List<FieldProblem> problems) {
    super(reason);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** Refuses the step with every problem found, in staff's words, joined; nothing when there is none. */
  public static void ifAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new StepRefusedException(String.join("；", problems));
    }
  }
}
