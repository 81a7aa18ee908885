package cn.gx.safeduty.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A tour as recorded, with its targets, each with its findings, rectifications and marked leaders. */
public record InspectionTour(long id, String tourNumber, int year, String inspectingCode, String inspectingName,
    TourStatus status, List<String> focus, List<NewInspectionTour.Member> team,
    NewInspectionTour.Arrangements arrangements, String approvalRef,
    String approvalNote, String approvedBy, Instant approvedAt, String processInstanceId, String createdBy,
    Instant createdAt, Instant completedAt, List<Target> targets) {

  /** One toured jurisdiction. {@code counts} and {@code rating} once rated. */
  public record Target(long id, String jurisdictionCode, String jurisdictionName, TargetStatus status,
      String noticeNumber, Instant notifiedAt, LocalDate inspectedFrom, LocalDate inspectedTo, String inspectionNote,
      RatingCounts counts, Rating rating, Instant ratedAt, String markReason, String filingNote, String filedBy,
      Instant filedAt, List<Finding> findings, List<SupervisionItem> rectifications, List<Mark> marks) {
  }

  /** What the tour found of one duty, the leaders concerned, and the rectification ordered. */
  public record Finding(long id, String dutyId, Verdict verdict, String evidence, List<Long> cadreIds,
      String rectification, Long itemId, String recordedBy, Instant recordedAt) {
  }

  /** A leader marked as not fulfilling Chapter 2 duties (Art 19), and the case opened for it. */
  public record Mark(long cadreId, List<String> dutyIds, Long caseId, String caseNumber, String markedBy,
      Instant markedAt) {
  }
}
