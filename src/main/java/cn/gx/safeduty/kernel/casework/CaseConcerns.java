package cn.gx.safeduty.kernel.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * When and where the facts of a case lie: the posting the cadre held in {@code jurisdictionCode} (any
 * jurisdiction when absent) at some time in [{@code from}, {@code to}] is the one the case concerns.
 * Art 26 asks whether the cadre has since left it (调离转岗、提拔或者退休).
 */
public record CaseConcerns(@Size(max = 12) String jurisdictionCode, @NotNull LocalDate from, @NotNull LocalDate to) {

  /** The facts of one day, wherever the cadre served. */
  public static CaseConcerns day(LocalDate day) {
    return new CaseConcerns(null, day, day);
  }

  /** A year's duties in a jurisdiction (a tour, an assessment). */
  public static CaseConcerns year(String jurisdictionCode, int year) {
    return new CaseConcerns(jurisdictionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  @AssertTrue(message = "must not end before it begins")
  boolean isOrdered() {
    return from == null || to == null || !to.isBefore(from);
  }
}
