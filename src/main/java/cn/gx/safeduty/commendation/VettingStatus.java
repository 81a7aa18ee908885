package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** Where a vetting stands; STOPPED awaits the organisation department's conclusion, CONCLUDED is final. */
public enum VettingStatus implements LifecycleStatus<VettingStatus> {
  COMPILING, AWAITING_OPINION, AWAITING_CONCLUSION, CONCLUDED, STOPPED;

  @Override
  public boolean mayBecome(VettingStatus next) {
    return switch (this) {
      case COMPILING -> next == AWAITING_OPINION || next == STOPPED;
      case AWAITING_OPINION -> next == AWAITING_CONCLUSION;
      case AWAITING_CONCLUSION, STOPPED -> next == CONCLUDED;
      case CONCLUDED -> false;
    };
  }
}
