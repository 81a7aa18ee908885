package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** Where an accident's follow-up stands. */
public enum AccidentStatus implements LifecycleStatus<AccidentStatus> {
  /** Recorded; the investigation runs outside SafeDuty. */
  INVESTIGATING,
  /** The conclusion is in; the accountability cases it started are open. */
  CONCLUDED,
  /** Every case it started has closed. */
  CLOSED;

  @Override
  public boolean mayBecome(AccidentStatus next) {
    return switch (this) {
      case INVESTIGATING -> next == INVESTIGATING || next == CONCLUDED;
      case CONCLUDED -> next == CLOSED;
      case CLOSED -> false;
    };
  }
}
