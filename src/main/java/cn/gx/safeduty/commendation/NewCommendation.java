package cn.gx.safeduty.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A nomination as a department makes it: the cadre, the basis (Art 17 contribution or Art 18
 * assessment), the contribution type (for a contribution), the assessment cycle (for the assessment's
 * basis: the one that graded the cadre 优秀), the award proposed, the citation of what they did (for the
 * assessment's basis, the outstanding facts), and the unit nominating. The codes are those of
 * {@code safeduty.commendation.*}.
 */
public record NewCommendation(
    @NotNull Long cadreId,
    @NotNull Basis basis,
    @Size(max = 30) String contributionType,
    Long cycleId,
    @NotBlank @Size(max = 30) String proposedAward,
    @NotBlank @Size(max = 4000) String citation,
    @NotBlank @Size(max = 200) String nominatingUnit) {
}
