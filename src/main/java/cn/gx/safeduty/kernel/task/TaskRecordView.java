package cn.gx.safeduty.kernel.task;

import java.util.Optional;

/**
 * A cadre's record that a task's form shows but the engine never keeps: it is read when someone of
 * the task's departments opens the task, for them, and logged as their look. Nobody else reads it
 * through the engine, and no variable holds it to be listed or searched.
 */
public interface TaskRecordView {

  /** The process whose tasks show it. */
  String processKey();

  /** The form field it fills. */
  String field();

  /** The record as this task shows it, read for the user who opened it and logged; empty where the task shows none. */
  Optional<String> show(OpenedTask task);

  /** A task as someone opens it. */
  record OpenedTask(String processInstanceId, String taskId, String taskKey, String taskName, String user) {

    /** What the look is logged as: the task it was for. */
    public String purpose() {
      return "办理“" + taskName + "”（任务" + taskId + "）";
    }
  }
}
