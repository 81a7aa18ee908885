package cn.gx.safeduty.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A nomination as recorded, with every step taken on it and the objections raised during its notice. */
public record Commendation(long id, String nominationNumber, int year, long cadreId, String cadreName,
    String jurisdictionCode, Basis basis, String contributionType, String proposedAward, String citation,
    String nominatingUnit, Long proposalId, String proposalRef, CommendationStatus status, Stop stop, Review review,
    LocalDate noticeFrom, LocalDate noticeUntil, Decision decision, String processInstanceId, String createdBy,
    Instant createdAt, Instant closedAt, List<Objection> objections) {

  /** Why the nomination stopped, citing its article. */
  public record Stop(String article, String reason) {
  }

  /** The organisation department's review of the safety record (Art 15 ¶2). */
  public record Review(boolean passed, String note, String by, Instant at) {
  }

  /** The upper-level Party committee and government's decision, as the organisation department recorded it. */
  public record Decision(boolean awarded, String award, String ref, LocalDate decidedOn, String note, String by,
      Instant at) {
  }

  /** An objection raised during the notice and its verification by discipline inspection. */
  public record Objection(long id, String raisedBy, String content, String recordedBy, Instant recordedAt,
      Boolean substantiated, String verificationNote, String verifiedBy, Instant verifiedAt) {
  }
}
