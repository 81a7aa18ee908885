package cn.gx.safeduty.accountability;

/** What a decision on a case is: the first decision, not pursued, or one of the three answers to an appeal. */
public enum DecisionKind {
  DECISION,
  NOT_PURSUED,
  /** One deciding group's 不予问责: no measure of its own, with the Art 27 factors and its reasons. */
  NOT_HELD_ACCOUNTABLE,
  APPEAL_UPHELD,
  APPEAL_CHANGED,
  APPEAL_REVOKED
}
