package cn.gx.safeduty.accountability;

/** The deciding group's answer to an appeal, as the appeal review form submits it. */
public enum AppealOutcome {
  UPHOLD, CHANGE, REVOKE
}
