package cn.gx.safeduty.accident;

/** Where an accident's follow-up stands. */
public enum AccidentStatus {
  /** Recorded; the investigation runs outside SafeDuty. */
  INVESTIGATING,
  /** The conclusion is in; the accountability cases it started are open. */
  CONCLUDED,
  /** Every case it started has closed. */
  CLOSED
}
