package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.JurisdictionLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a jurisdiction held the meetings on work safety it owes for a year: Art 5(2) (standing
 * committee, presided over by the Party principal) and Art 6(2) (government executive meetings, a
 * year and quarter by quarter), and which periods are missing. A period not yet over and short of
 * its meetings is PENDING, not MISSING.
 */
public record MeetingCompliance(String jurisdictionCode, String jurisdictionName, JurisdictionLevel level, int year,
    StandingCommittee standingCommittee, Executive executive, List<Missing> missing) {

  public enum Status {
    MET, MISSING, PENDING, NOT_REQUIRED
  }

  /** Art 5(2): meetings presided over by the principal; the others listed with why they do not count. */
  public record StandingCommittee(String article, int required, int presidedByPrincipal, List<NotCounted> notCounted,
      Status status) {
  }

  public record NotCounted(long meetingId, LocalDate heldOn, String reason) {
  }

  /** Art 6(2): executive meetings in the year and in each quarter. */
  public record Executive(String article, int requiredPerYear, int requiredPerQuarter, int held, Status yearStatus,
      List<Quarter> quarters) {
  }

  public record Quarter(int quarter, int held, Status status) {
  }

  /** A period short of its meetings once it is over: {@code period} is {@code 2026} or {@code 2026-Q2}. */
  public record Missing(MeetingBody body, String article, String period) {
  }
}
