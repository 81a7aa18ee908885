package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A cadre's roles from now on (the first is the one lists show), the Art 8 vice-chair flag if it changes, and why. */
public record RolesChange(
    @NotEmpty @Size(max = 6) List<@NotNull CadreRole> roles,
    Boolean safetyCommitteeViceChair,
    @Size(max = 500) String reason) {
}
