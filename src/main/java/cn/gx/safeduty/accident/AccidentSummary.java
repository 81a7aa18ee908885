package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import java.time.Instant;

/** An accident as a list shows it, read for a whole page in one query; the full view is {@code GET /api/accidents/{id}}. */
public record AccidentSummary(
    long id,
    String accidentNumber,
    String jurisdictionCode,
    String place,
    Instant occurredAt,
    String industry,
    String industryCode,
    AccidentGrade grade,
    AccidentStatus status,
    int lateStepCount,
    int caseCount,
    Instant investigationDue,
    Instant concludedAt) {
}
