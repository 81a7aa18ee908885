package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A jurisdiction to add: typically a township or a functional zone under an existing one. */
public record NewJurisdiction(
    @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "must be a GB/T 2260 code of 6, 9 or 12 digits")
    String code,
    @NotBlank @Size(max = 100) String name,
    @NotNull JurisdictionLevel level,
    @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "must be a GB/T 2260 code of 6, 9 or 12 digits")
    String parentCode) {
}
