package cn.gx.safeduty.inspection;

/** PLANNED until the plan is approved; UNDERWAY while targets are inspected; COMPLETED or CANCELLED (plan not approved). */
public enum TourStatus {
  PLANNED, UNDERWAY, COMPLETED, CANCELLED
}
