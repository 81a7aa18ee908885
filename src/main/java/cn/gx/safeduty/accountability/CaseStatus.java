package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** Where an accountability case stands. */
public enum CaseStatus implements LifecycleStatus<CaseStatus> {
  /** Registered: rules applied, exemption or joint review and decision under way. */
  UNDER_REVIEW("审查中"),
  /** Decided and notified; the appeal window runs. */
  DECIDED("已决定"),
  /** The cadre appealed; the deciding group reviews. */
  APPEALED("申诉复查中"),
  CLOSED("已结案");

  private final String chineseName;

  /** The statuses this one may become; staying where it is counts where a step writes without moving the case. */
  @Override
  public boolean mayBecome(CaseStatus next) {
    return switch (this) {
      case UNDER_REVIEW -> next == UNDER_REVIEW || next == DECIDED || next == CLOSED;
      case DECIDED -> next == DECIDED || next == APPEALED || next == CLOSED;
      case APPEALED -> next == DECIDED;
      case CLOSED -> false;
    };
  }

  CaseStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
