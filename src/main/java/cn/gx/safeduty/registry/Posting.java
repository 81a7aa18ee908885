package cn.gx.safeduty.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One posting of a cadre (任职): the jurisdiction, post and roles held from {@code startsOn} to
 * {@code endsOn} (the last day; null while in force), the portfolio (分管范围) held in it, why it
 * began, who recorded it and when.
 */
public record Posting(long id, String jurisdictionCode, String jurisdictionName, String post, List<CadreRole> roles,
    boolean safetyCommitteeViceChair, LocalDate startsOn, LocalDate endsOn, List<PortfolioEntry> portfolio,
    String reason, String recordedBy, Instant recordedAt) {

  Posting withPortfolio(List<PortfolioEntry> entries) {
    return new Posting(id, jurisdictionCode, jurisdictionName, post, roles, safetyCommitteeViceChair, startsOn, endsOn,
        List.copyOf(entries), reason, recordedBy, recordedAt);
  }

  /**
   * Whether the cadre held this posting at some time in [from, to]. The registry records cadres in post, so
   * a cadre's first posting counts as held before it was recorded ({@code first}); the SQL of
   * {@code CadreRepository.holders} keeps the same rule.
   */
  public boolean heldDuring(LocalDate from, LocalDate to, boolean first) {
    return (first || !startsOn.isAfter(to)) && (endsOn == null || !endsOn.isBefore(from));
  }

  /** Whether the cadre held this posting on the day. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
  }
}
