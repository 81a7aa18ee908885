package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.LifecycleStatus;

/**
 * OPEN until verified; OVERDUE once its deadline passed unverified; DONE or NOT_DONE when verified,
 * and a NOT_DONE item re-ordered is OPEN again with a new deadline.
 */
public enum SupervisionStatus implements LifecycleStatus<SupervisionStatus> {
  OPEN, OVERDUE, DONE, NOT_DONE;

  public boolean verified() {
    return this == DONE || this == NOT_DONE;
  }

  @Override
  public boolean mayBecome(SupervisionStatus next) {
    return switch (this) {
      case OPEN -> next == OVERDUE || next == DONE || next == NOT_DONE;
      case OVERDUE -> next == DONE || next == NOT_DONE;
      case NOT_DONE -> next == OPEN;
      case DONE -> false;
    };
  }
}
