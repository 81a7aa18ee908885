package cn.gx.safeduty.inspection;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervision item as recorded: what was required of whom by when, its deadline now (a re-order
 * moves it), what happened to it and its result. {@code events} and
 * {@code marks} only on a single item; {@code deadlineProvisional}: the deadline lies in a year whose
 * holiday notice is not out, so it was counted from the statutory holidays alone.
 */
public record SupervisionItem(long id, String itemNumber, SupervisionSource source, String sourceRef,
    String jurisdictionCode, String inspectingCode, String requirement, LocalDate firstDeadline, LocalDate deadline,
    int rounds, SupervisionStatus status, boolean wentOverdue, String resultNote, String verifiedBy,
    Instant verifiedAt, String processInstanceId, String createdBy, Instant createdAt, List<Long> cadreIds,
    List<String> dutyIds, @JsonInclude(JsonInclude.Include.NON_NULL) List<Event> events,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Mark> marks, boolean deadlineProvisional) {

  /** One thing that happened to the item, in order. */
  public record Event(Kind kind, String note, LocalDate deadline, String by, Instant at) {
  }

  /** A leader marked as not fulfilling Chapter 2 duties when the item was verified not done (Art 19), and the case. */
  public record Mark(long cadreId, String reason, Long caseId, String caseNumber, String markedBy, Instant markedAt) {
  }

  public enum Kind {
    ORDERED, REMINDED, OVERDUE, URGED, DONE, NOT_DONE, REORDERED
  }

  SupervisionItem with(List<Long> cadres, List<String> duties, List<Event> history, List<Mark> marked) {
    return new SupervisionItem(id, itemNumber, source, sourceRef, jurisdictionCode, inspectingCode, requirement,
        firstDeadline, deadline, rounds, status, wentOverdue, resultNote, verifiedBy, verifiedAt, processInstanceId,
        createdBy, createdAt, cadres, duties, history, marked, deadlineProvisional);
  }

  SupervisionItem provisional(boolean provisional) {
    return new SupervisionItem(id, itemNumber, source, sourceRef, jurisdictionCode, inspectingCode, requirement,
        firstDeadline, deadline, rounds, status, wentOverdue, resultNote, verifiedBy, verifiedAt, processInstanceId,
        createdBy, createdAt, cadreIds, dutyIds, events, marks, provisional);
  }
}
