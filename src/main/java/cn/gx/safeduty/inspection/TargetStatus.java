package cn.gx.safeduty.inspection;

/** How far the tour of one target has come. */
public enum TargetStatus {
  PLANNED, NOTIFIED, INSPECTED, FINDINGS_RECORDED, RATED, FILED, CANCELLED
}
