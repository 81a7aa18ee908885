package cn.gx.safeduty.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies of {@code POST /api/accountability-cases} for tests and drills. */
public final class CaseRequests {

  private CaseRequests() {
  }

  /** Facts with nothing that mitigates, aggravates or exempts, unless the duties were fully performed. */
  public static Map<String, Object> facts(boolean fullyPerformedDuties) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("fullyPerformedDuties", fullyPerformedDuties);
    facts.put("enlargedLossByPoorWork", false);
    facts.put("seriousSocialImpact", false);
    facts.put("mitigation", "NONE");
    facts.put("egregiousAndSerious", false);
    facts.put("suspectedDutyCrime", false);
    return facts;
  }

  /** A Chapter 2 duty failure (Art 19) with plain facts. */
  public static Map<String, Object> dutyFailure(long cadreId, String summary) {
    return Map.of("cadreId", cadreId, "ground", "DUTY_FAILURE", "summary", summary, "facts", facts(false));
  }
}
