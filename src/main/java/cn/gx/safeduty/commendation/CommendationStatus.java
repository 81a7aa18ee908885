package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** Where a nomination stands; AWARDED, NOT_AWARDED and STOPPED are final. */
public enum CommendationStatus implements LifecycleStatus<CommendationStatus> {
  NOMINATED, UNDER_REVIEW, ON_NOTICE, AWAITING_DECISION, AWARDED, NOT_AWARDED, STOPPED;

  public String chineseName() {
    return switch (this) {
      case NOMINATED -> "已提名";
      case UNDER_REVIEW -> "审核中";
      case ON_NOTICE -> "公示中";
      case AWAITING_DECISION -> "待决定";
      case AWARDED -> "已表彰";
      case NOT_AWARDED -> "未予表彰";
      case STOPPED -> "已终止";
    };
  }

  /**
   * Eligible → under review; reviewed → on notice, or straight to the decision without one; after the
   * notice's recheck → the decision; any open stage may stop (ineligible, review failed, objection upheld).
   */
  @Override
  public boolean mayBecome(CommendationStatus next) {
    return switch (this) {
      case NOMINATED -> next == UNDER_REVIEW || next == STOPPED;
      case UNDER_REVIEW -> next == ON_NOTICE || next == AWAITING_DECISION || next == STOPPED;
      case ON_NOTICE -> next == AWAITING_DECISION || next == STOPPED;
      case AWAITING_DECISION -> next == AWARDED || next == NOT_AWARDED;
      case AWARDED, NOT_AWARDED, STOPPED -> false;
    };
  }
}
