package cn.gx.safeduty.registry;

import java.time.Instant;
import java.util.List;

/** A cadre: {@code role} is the first of {@code roles}, the one lists show. */
public record Cadre(long id, String name, String jurisdictionCode, String jurisdictionName, CadreRole role,
    String post, CadreStatus status, Instant createdAt, List<CadreRole> roles, boolean safetyCommitteeViceChair) {

  /** Name and post, as a choice in a form shows the cadre. */
  public String label() {
    return name + "（" + post + "）";
  }
}
