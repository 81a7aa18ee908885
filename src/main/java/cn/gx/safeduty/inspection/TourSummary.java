package cn.gx.safeduty.inspection;

import java.time.Instant;

/** A tour in a list: its number, year, inspecting level, status and how many targets are filed. */
public record TourSummary(long id, String tourNumber, int year, String inspectingCode, TourStatus status,
    int targets, int targetsFiled, String processInstanceId, Instant createdAt) {
}
