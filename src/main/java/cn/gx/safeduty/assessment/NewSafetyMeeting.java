package cn.gx.safeduty.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A meeting on work safety to record: where, which body, when, who presided or convened, on what, and its minutes. */
public record NewSafetyMeeting(
    @NotBlank @Size(max = 12) String jurisdictionCode,
    @NotNull MeetingBody body,
    @NotNull LocalDate heldOn,
    @NotNull Long cadreId,
    @NotBlank @Size(max = 500) String topic,
    @NotBlank @Size(max = 200) String minutesRef) {
}
