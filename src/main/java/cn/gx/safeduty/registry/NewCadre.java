package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A cadre to register; {@code status} defaults to IN_OFFICE. */
public record NewCadre(
    @NotBlank @Size(max = 50) String name,
    @NotBlank @Size(max = 12) String jurisdictionCode,
    @NotNull CadreRole role,
    @Size(max = 100) String post,
    CadreStatus status) {

  CadreStatus statusOrDefault() {
    return status != null ? status : CadreStatus.IN_OFFICE;
  }
}
