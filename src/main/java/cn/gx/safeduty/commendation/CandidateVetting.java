package cn.gx.safeduty.commendation;

import java.time.Instant;

/** A vetting as recorded: the compiled record, the stop with its article, the opinion and the conclusion. */
public record CandidateVetting(long id, String vettingNumber, long cadreId, String cadreName, String proposedPost,
    boolean higherPost, VettingStatus status, String compiledRecord, Instant compiledAt, Stop stop, Opinion opinion,
    Conclusion conclusion, String processInstanceId, String createdBy, Instant createdAt) {

  /** The vetting with its compiled record left out, for a reader who gave no purpose. */
  public CandidateVetting withoutRecord() {
    return new CandidateVetting(id, vettingNumber, cadreId, cadreName, proposedPost, higherPost, status, null, compiledAt,
        stop, opinion, conclusion, processInstanceId, createdBy, createdAt);
  }

  public record Stop(String article, String reason) {
  }

  public record Opinion(VettingOpinion opinion, String reasons, String by, Instant at) {
  }

  public record Conclusion(boolean passed, String text, String by, Instant at) {
  }
}
