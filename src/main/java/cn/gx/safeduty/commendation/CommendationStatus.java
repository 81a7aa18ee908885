package cn.gx.safeduty.commendation;

/** Where a nomination stands; AWARDED, NOT_AWARDED and STOPPED are final. */
public enum CommendationStatus {
  NOMINATED, UNDER_REVIEW, ON_NOTICE, AWAITING_DECISION, AWARDED, NOT_AWARDED, STOPPED
}
