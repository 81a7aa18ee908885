package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** How far the tour of one target has come. */
public enum TargetStatus implements LifecycleStatus<TargetStatus> {
  PLANNED, NOTIFIED, INSPECTED, FINDINGS_RECORDED, RATED, FILED, CANCELLED;

  public String chineseName() {
    return switch (this) {
      case PLANNED -> "待通知";
      case NOTIFIED -> "已通知";
      case INSPECTED -> "已实地巡查";
      case FINDINGS_RECORDED -> "已记录巡查发现";
      case RATED -> "已评定等次";
      case FILED -> "已归档";
      case CANCELLED -> "已取消";
    };
  }

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
