package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.LifecycleStatus;

/** Where one assessee stands: duty report, evidence, scores, grade, linked to the cadre's 履职评定. */
public enum AssesseeStatus implements LifecycleStatus<AssesseeStatus> {
  AWAITING_REPORT, REPORTED, EVIDENCE_GATHERED, SCORED, GRADED, LINKED;

  /** One step after the other; linked is final. */
  @Override
  public boolean mayBecome(AssesseeStatus next) {
    return this != LINKED && next.ordinal() == ordinal() + 1;
  }
}
