package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.registry.AppointmentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A vetting the organisation department starts: the candidate, the post and the kind of
 * appointment ({@code kind}; the older {@code higherPost: true} still reads as a promotion, false as
 * an equivalent post).
 */
public record NewCandidateVetting(
    @NotNull Long cadreId,
    @NotBlank @Size(max = 200) String proposedPost,
    AppointmentKind kind,
    Boolean higherPost) {

  public NewCandidateVetting(Long cadreId, String proposedPost, AppointmentKind kind) {
    this(cadreId, proposedPost, kind, null);
  }

  /** The kind the vetting is for, from {@code kind} or the older flag; refused when they disagree or both are missing. */
  AppointmentKind appointmentKind() {
    if (kind == null && higherPost == null) {
      throw new InvalidFieldsException("kind", "is required: PROMOTION, IMPORTANT_APPOINTMENT, EQUIVALENT or OTHER");
    }
    if (kind == null) {
      return higherPost ? AppointmentKind.PROMOTION : AppointmentKind.EQUIVALENT;
    }
    if (higherPost != null && higherPost != (kind == AppointmentKind.PROMOTION)) {
      throw new InvalidFieldsException("higherPost", "contradicts kind " + kind);
    }
    return kind;
  }
}
