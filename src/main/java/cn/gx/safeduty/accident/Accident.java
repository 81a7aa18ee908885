package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import java.math.BigDecimal;
import java.time.Instant;

/** An accident as stored. */
public record Accident(
    long id,
    String accidentNumber,
    String jurisdictionCode,
    String place,
    Instant occurredAt,
    String industry,
    String industryCode,
    int deaths,
    int seriousInjuries,
    BigDecimal directLoss,
    String description,
    AccidentGrade grade,
    Reporting reporting,
    AccidentStatus status,
    Instant investigationDue,
    boolean investigationExtended,
    String conclusionSummary,
    /** Why the conclusion holds no leader responsible; null when it names some, or has not come. */
    String noLeaderReason,
    Instant concludedAt,
    String processInstanceId,
    String registeredBy,
    Instant registeredAt,
    Instant closedAt) {
}
