package cn.gx.safeduty.assessment;

/** Where one assessee stands: duty report, evidence, scores, grade, linked to the cadre's 履职评定. */
public enum AssesseeStatus {
  AWAITING_REPORT, REPORTED, EVIDENCE_GATHERED, SCORED, GRADED, LINKED
}
