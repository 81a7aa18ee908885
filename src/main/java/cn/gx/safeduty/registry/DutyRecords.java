package cn.gx.safeduty.registry;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the duty checks of Art 6(3), 6(4) and 9(4) read, as recorded and as requested: a periodic
 * check of a duty list, a year's safety fund beside the fiscal revenue, an analysis of the
 * work-safety situation a government leader organised.
 */
public final class DutyRecords {

  private DutyRecords() {
  }

  /** A check (检查考核) of a duty list: when, and what it found. */
  public record Review(long id, long dutyListId, LocalDate reviewedOn, String summary, String recordedBy,
      Instant recordedAt) {
  }

  public record NewReview(@NotNull LocalDate reviewedOn, @NotBlank @Size(max = 2000) String summary) {
  }

  /** A jurisdiction's year: the safety fund in its budget and its fiscal revenue (万元), and the budget document. */
  public record Budget(String jurisdictionCode, int year, BigDecimal safetyFund, BigDecimal fiscalRevenue,
      String documentRef, String recordedBy, Instant recordedAt) {
  }

  public record NewBudget(
      @NotBlank @Size(max = 12) String jurisdictionCode,
      @NotNull @Min(2018) @Max(2100) Integer year,
      @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal safetyFund,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) BigDecimal fiscalRevenue,
      @NotBlank @Size(max = 200) String documentRef) {
  }

  /** An analysis of the work-safety situation a government leader organised in their portfolio (Art 9(4)). */
  public record Analysis(long id, long cadreId, String cadreName, String jurisdictionCode, LocalDate heldOn,
      String summary, String recordedBy, Instant recordedAt) {
  }

  public record NewAnalysis(@NotNull Long cadreId, @NotNull LocalDate heldOn, @NotBlank @Size(max = 2000) String summary) {
  }
}
