package cn.gx.safeduty.accountability;

import java.time.Instant;

/**
 * A decision on a case, with the Art 27 factors and reasons written down: the first decision,
 * NOT_PURSUED, or an appeal outcome. The latest one is in force.
 */
public record Decision(
    DecisionKind kind,
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
}
