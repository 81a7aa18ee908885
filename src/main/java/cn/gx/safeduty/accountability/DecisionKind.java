package cn.gx.safeduty.accountability;

/** What a decision on a case is: the first decision, not pursued, or one of the three answers to an appeal. */
public enum DecisionKind {
  DECISION,
  NOT_PURSUED,
  APPEAL_UPHELD,
  APPEAL_CHANGED,
  APPEAL_REVOKED
}
