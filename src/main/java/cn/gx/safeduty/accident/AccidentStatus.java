package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** Where an accident's follow-up stands. */
public enum AccidentStatus implements LifecycleStatus<AccidentStatus> {
  /** Recorded; the investigation runs outside SafeDuty. */
  INVESTIGATING,
  /** The conclusion is in; the accountability cases it started are open. */
  CONCLUDED,
  /** Every case it started has closed, and every reporting finding is settled. */
  CLOSED,
  /**
   * The conclusion held no Party or government leader responsible (only the enterprise's people),
   * with its reason; no case was opened from it, and every reporting finding is settled.
   */
  CLOSED_NO_LEADER_RESPONSIBLE;

  public String chineseName() {
    return switch (this) {
      case INVESTIGATING -> "调查中";
      case CONCLUDED -> "已作出调查结论";
      case CLOSED -> "已办结";
      case CLOSED_NO_LEADER_RESPONSIBLE -> "已办结（无领导干部负有责任）";
    };
  }

  @Override
  public boolean mayBecome(AccidentStatus next) {
    return switch (this) {
      case INVESTIGATING -> next == INVESTIGATING || next == CONCLUDED;
      case CONCLUDED -> next == CLOSED || next == CLOSED_NO_LEADER_RESPONSIBLE;
      case CLOSED, CLOSED_NO_LEADER_RESPONSIBLE -> false;
    };
  }
}
