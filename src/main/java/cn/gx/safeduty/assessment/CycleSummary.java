package cn.gx.safeduty.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** A cycle as a list shows it. */
public record CycleSummary(long id, String cycleNumber, int year, String assessingCode, String assessingName,
    CycleStatus status, int targetCount, int assesseeCount, int gradedCount, PublicationMode publicationMode,
    LocalDate publishedOn, String processInstanceId, Instant createdAt) {
}
