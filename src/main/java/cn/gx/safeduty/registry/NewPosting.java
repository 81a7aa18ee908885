package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A move of a cadre to a new posting (transfer, promotion, a new post in the same place): where, the
 * post and roles held there (the first is the one lists show), the Art 8 vice-chair flag, the
 * portfolio held there (分管范围: industry codes and other areas of work), the day it takes effect and why. The cadre stays one person: record, restrictions and cases follow.
 */
public record NewPosting(
    @NotBlank @Size(max = 12) String jurisdictionCode,
    @NotBlank @Size(max = 100) String post,
    @NotEmpty @Size(max = 6) List<@NotNull CadreRole> roles,
    Boolean safetyCommitteeViceChair,
    @Size(max = 40) List<@NotBlank @Size(max = 40) String> portfolio,
    @NotNull LocalDate effectiveOn,
    @NotBlank @Size(max = 500) String reason) {
}
