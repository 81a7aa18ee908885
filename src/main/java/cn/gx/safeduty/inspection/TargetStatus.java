package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** How far the tour of one target has come. */
public enum TargetStatus implements LifecycleStatus<TargetStatus> {
  PLANNED, NOTIFIED, INSPECTED, FINDINGS_RECORDED, RATED, FILED, CANCELLED;

  /** Step by step; only a target not yet notified is cancelled, with its tour's plan. */
  @Override
  public boolean mayBecome(TargetStatus next) {
    return switch (this) {
      case PLANNED -> next == NOTIFIED || next == CANCELLED;
      case NOTIFIED -> next == INSPECTED;
      case INSPECTED -> next == FINDINGS_RECORDED;
      case FINDINGS_RECORDED -> next == RATED;
      case RATED -> next == FILED;
      case FILED, CANCELLED -> false;
    };
  }
}
