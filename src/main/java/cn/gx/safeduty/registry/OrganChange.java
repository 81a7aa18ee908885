package cn.gx.safeduty.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator's record of an organ's official name and 代字, and whether the 代字 is the official one. */
public record OrganChange(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Pattern(regexp = "\\s*\\p{IsHan}{1,10}\\s*", message = "must be one to ten Chinese characters") String code,
    @NotNull Boolean codeConfirmed) {
}
