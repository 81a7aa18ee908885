package cn.gx.safeduty.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded meeting on work safety. {@code cadreId}: who presided (standing committee) or convened (executive meeting). */
public record SafetyMeeting(long id, String jurisdictionCode, MeetingBody body, LocalDate heldOn, long cadreId,
    String topic, String minutesRef, String recordedBy, Instant recordedAt) {
}
