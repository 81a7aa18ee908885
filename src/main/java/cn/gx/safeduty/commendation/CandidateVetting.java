package cn.gx.safeduty.commendation;

import cn.gx.safeduty.registry.AppointmentKind;
import java.time.Instant;

/**
 * A vetting as recorded: the kind of appointment, the compiled record, the stop with its article,
 * the opinion and the conclusion (on a stopped vetting too). {@code higherPost}: whether the kind is
 * a promotion, for older readers.
 */
public record CandidateVetting(long id, String vettingNumber, long cadreId, String cadreName, String proposedPost,
    AppointmentKind kind, VettingStatus status, String compiledRecord, Instant compiledAt, Stop stop, Opinion opinion,
    Conclusion conclusion, String processInstanceId, String createdBy, Instant createdAt) {

  /** The vetting with its compiled record left out, for a reader who gave no purpose. */
  public CandidateVetting withoutRecord() {
    return new CandidateVetting(id, vettingNumber, cadreId, cadreName, proposedPost, kind, status, null, compiledAt,
        stop, opinion, conclusion, processInstanceId, createdBy, createdAt);
  }

  public boolean higherPost() {
    return kind == AppointmentKind.PROMOTION;
  }

  public record Stop(String article, String reason) {
  }

  public record Opinion(VettingOpinion opinion, String reasons, String by, Instant at) {
  }

  public record Conclusion(boolean passed, String text, String by, Instant at) {
  }
}
