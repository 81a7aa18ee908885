package cn.gx.safeduty.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A duty list to record: whose, for which year, which kind, and the document it is. */
public record NewDutyList(
    @NotBlank @Size(max = 12) String jurisdictionCode,
    @NotNull @Min(2018) @Max(2100) Integer year,
    @NotNull DutyList.Kind kind,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 200) String documentRef,
    @NotNull LocalDate issuedOn) {
}
