package cn.gx.safeduty.accountability;

import java.time.Instant;

/**
 * One measure of a case (Art 21), decided by the group whose authority it is (Art 28). A case may
 * carry several, e.g. 党纪处分 by discipline inspection together with 免职 by the organisation
 * department; each is appealed, changed or revoked on its own.
 */
public record Measure(
    long id,
    Sanction sanction,
    DisciplinaryKind disciplinaryKind,
    String decidingGroup,
    String decidedBy,
    String reasons,
    Instant decidedAt,
    Status status,
    Long replacesId,
    boolean contested,
    Instant endedAt,
    String endReason) {

  /** Decided, in force once the decision is issued, or ended on appeal. */
  public enum Status {
    DECIDED, IN_FORCE, CHANGED, REVOKED
  }

  /** A measure a group has just decided, not yet stored. */
  public static Measure decided(Sanction sanction, DisciplinaryKind kind, String group, String by, String reasons,
      Instant at) {
    return new Measure(0, sanction, kind, group, by, reasons, at, Status.DECIDED, null, false, null, null);
  }

  public boolean inForce() {
    return status == Status.IN_FORCE;
  }
}
