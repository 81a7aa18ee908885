package cn.gx.safeduty.kernel.task;

import org.camunda.bpm.engine.AuthorizationException;

/** A user may not act on this task (403): it belongs to another department, or is held by someone else. */
public class TaskRefusedException extends AuthorizationException {

  private static final long serialVersionUID = 1L;

  public TaskRefusedException(String reason) {
    super(reason);
  }
}
