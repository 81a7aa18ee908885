package cn.gx.safeduty.commendation;

/** Where a vetting stands; CONCLUDED and STOPPED are final. */
public enum VettingStatus {
  COMPILING, AWAITING_OPINION, AWAITING_CONCLUSION, CONCLUDED, STOPPED
}
