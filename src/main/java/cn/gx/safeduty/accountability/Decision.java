package cn.gx.safeduty.accountability;

import java.time.Instant;

/**
 * A decision on a case, with the Art 27 factors and reasons written down: the first decision,
 * NOT_PURSUED, or an appeal outcome. The latest one is in force.
 */
public record Decision(
    String kind,
    Sanction sanction,
    DisciplinaryKind disciplinaryKind,
    Sanction recommended,
    String decidingGroup,
    String decidedBy,
    String postDuties,
    String dutyPerformance,
    String dutyConditions,
    String reasons,
    Instant decidedAt) {

  public static final String DECISION = "DECISION";
  public static final String NOT_PURSUED = "NOT_PURSUED";
  public static final String APPEAL_UPHELD = "APPEAL_UPHELD";
  public static final String APPEAL_CHANGED = "APPEAL_CHANGED";
  public static final String APPEAL_REVOKED = "APPEAL_REVOKED";
}
