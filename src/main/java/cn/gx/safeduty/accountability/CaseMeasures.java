package cn.gx.safeduty.accountability;

import java.util.List;

/** A case and the measures of it in force: what an assessment counts against its cadre. */
public record CaseMeasures(long caseId, String caseNumber, long cadreId, Ground ground, List<Sanction> sanctions) {

  /** Held to leadership responsibility for an accident (Art 20(3)), which bars excellence that year (Art 22). */
  public boolean forAccident() {
    return ground == Ground.ACCIDENT_RESPONSIBILITY;
  }
}
