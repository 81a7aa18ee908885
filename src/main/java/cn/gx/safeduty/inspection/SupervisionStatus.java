package cn.gx.safeduty.inspection;

/** OPEN until verified; OVERDUE once its deadline passed unverified; DONE or NOT_DONE when verified. */
public enum SupervisionStatus {
  OPEN, OVERDUE, DONE, NOT_DONE;

  public boolean verified() {
    return this == DONE || this == NOT_DONE;
  }
}
