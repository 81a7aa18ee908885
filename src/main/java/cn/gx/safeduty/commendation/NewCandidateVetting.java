package cn.gx.safeduty.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A vetting the organisation department starts: the candidate, the post, whether it is a promotion in post or rank. */
public record NewCandidateVetting(
    @NotNull Long cadreId,
    @NotBlank @Size(max = 200) String proposedPost,
    @NotNull Boolean higherPost) {
}
