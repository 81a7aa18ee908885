package cn.gx.safeduty.inspection;

/** Where a supervision item comes from: a tour's rectification order, a key task, or anything else. */
public enum SupervisionSource {
  TOUR, KEY_TASK, OTHER
}
