package cn.gx.safeduty.kernel.task;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A way into a task that someone has already completed: the loser of two completions at once, or a
 * second click. Answered with 409, unlike a task that never existed (404).
 */
public class TaskAlreadyDoneException extends ProcessEngineException {

  public TaskAlreadyDoneException() {
    super("该任务已办理完毕，请刷新后查看");
  }
}
