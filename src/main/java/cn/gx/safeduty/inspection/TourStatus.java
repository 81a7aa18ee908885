package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** PLANNED until the plan is approved; UNDERWAY while targets are inspected; COMPLETED or CANCELLED (plan not approved). */
public enum TourStatus implements LifecycleStatus<TourStatus> {
  PLANNED, UNDERWAY, COMPLETED, CANCELLED;

  @Override
  public boolean mayBecome(TourStatus next) {
    return switch (this) {
      case PLANNED -> next == UNDERWAY || next == CANCELLED;
      case UNDERWAY -> next == COMPLETED;
      case COMPLETED, CANCELLED -> false;
    };
  }
}
