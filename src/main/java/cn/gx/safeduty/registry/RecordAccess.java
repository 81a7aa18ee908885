package cn.gx.safeduty.registry;

import java.time.Instant;

/** One look at a cadre's record or eligibility: who, for what purpose, by which way in (BRIEF §5). */
public record RecordAccess(String by, String purpose, Via via) {

  /** What the log says when the caller gave no purpose. */
  public static final String UNSTATED = "未说明";

  public enum Via {
    RECORD, ELIGIBILITY, NOMINATION, VETTING, ASSESSMENT
  }

  public RecordAccess {
    purpose = purpose == null || purpose.isBlank() ? UNSTATED : purpose.strip();
  }

  /** A logged look, as the log lists it. */
  public record Logged(long cadreId, String by, Instant at, String purpose, Via via) {
  }
}
