package cn.gx.safeduty.inspection;

/**
 * Where a supervision item comes from: a tour's rectification order, a key task, anything else
 * ordered by hand, or a check that orders its follow-up (meetings, duty lists, Art 8's deputy).
 */
public enum SupervisionSource {
  TOUR, KEY_TASK, OTHER, MEETING_CHECK, DUTY_LIST_CHECK, SAFETY_DEPUTY_CHECK;

  /** Whether staff may order an item of this source over the API; the others are ordered by what finds them. */
  boolean orderedByHand() {
    return this == KEY_TASK || this == OTHER;
  }
}
