package cn.gx.safeduty.kernel.task;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * One procedure's rules for its user tasks, plugged into the submission guard. {@link #check} runs
 * before the engine takes a completion, with only the fields of the step's form; {@link #record}
 * runs inside the completion (the {@code recordTaskStepListener} on the task's complete event),
 * with the same fields, before the process moves on.
 */
public interface StepRules {

  /** The id of the process whose user tasks these rules cover. */
  String processKey();

  /** Refuses a completion that does not carry what its step needs, with {@link StepRefusedException}. */
  void check(TaskStep step, FormFields fields);

  /** Writes the accepted step down, in SafeDuty's tables and the variables the process routes on. */
  void record(TaskStep step, FormFields fields, DelegateTask task);
}
