package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A cadre to register: one {@code role}, or several {@code roles} (the first is the one lists show);
 * {@code safetyCommitteeViceChair} for Art 8; {@code portfolio}: the sectors a member is in charge of
 * (分管范围; industry codes and other areas of work); {@code status} defaults to IN_OFFICE.
 */
public record NewCadre(
    @NotBlank @Size(max = 50) String name,
    @NotBlank @Size(max = 12) String jurisdictionCode,
    CadreRole role,
    @Size(max = 6) List<@NotNull CadreRole> roles,
    @Size(max = 100) String post,
    CadreStatus status,
    Boolean safetyCommitteeViceChair,
    @Size(max = 40) List<@NotBlank @Size(max = 40) String> portfolio) {

  /** A cadre with no portfolio recorded. */
  public NewCadre(String name, String jurisdictionCode, CadreRole role, List<CadreRole> roles, String post,
      CadreStatus status, Boolean safetyCommitteeViceChair) {
    this(name, jurisdictionCode, role, roles, post, status, safetyCommitteeViceChair, null);
  }

  /** A cadre with one role. */
  public NewCadre(String name, String jurisdictionCode, CadreRole role, String post, CadreStatus status) {
    this(name, jurisdictionCode, role, null, post, status, null, null);
  }

  CadreStatus statusOrDefault() {
    return status != null ? status : CadreStatus.IN_OFFICE;
  }

  /** {@code roles} when given, else {@code role}; each once, in the order given. */
  public List<CadreRole> allRoles() {
    List<CadreRole> all = new ArrayList<>();
    if (roles != null && !roles.isEmpty()) {
      roles.stream().filter(r -> !all.contains(r)).forEach(all::add);
    } else if (role != null) {
      all.add(role);
    }
    return all;
  }

  boolean viceChair() {
    return Boolean.TRUE.equals(safetyCommitteeViceChair);
  }
}
