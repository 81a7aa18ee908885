package cn.gx.safeduty.kernel.casework;

import java.util.List;

/**
 * A supervision item a procedure orders as the follow-up of what it found (Art 11, 19): where it
 * comes from ({@code source}, and {@code sourceRef}, which identifies the shortfall so it is ordered
 * once), the jurisdiction that must act, the leaders who owe it, the duties concerned and what is required.
 */
public record SupervisionOrder(Source source, String sourceRef, String jurisdictionCode, List<Long> cadreIds,
    List<String> dutyIds, String requirement) {

  /** The checks that order follow-up items. */
  public enum Source {
    /** A Party committee or government behind with its meetings on work safety (Art 5(2), 6(2)). */
    MEETING_CHECK,
    /** A duty list not made for the year (Art 5(3), 6(3)). */
    DUTY_LIST_CHECK,
    /** A departure from Art 8's arrangement of the deputy for safety. */
    SAFETY_DEPUTY_CHECK
  }
}
