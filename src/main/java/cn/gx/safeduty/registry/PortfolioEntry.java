package cn.gx.safeduty.registry;

import java.time.LocalDate;

/** One sector of a posting's portfolio: its code, its name, held from {@code startsOn} to {@code endsOn} (the last day; null while held). */
public record PortfolioEntry(String sector, String name, LocalDate startsOn, LocalDate endsOn) {

  public boolean heldOn(LocalDate day) {
    return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
  }
}
