package cn.gx.safeduty.registry;

import java.util.List;
import java.util.Set;

/**
 * Art 8: at county level and above, the government leader in charge of safety (SAFETY_DEPUTY) is a
 * member of the same level's Party standing committee and the standing vice-chair of its safety
 * committee. Checked whenever roles are assigned.
 */
public final class SafetyDeputyRule {

  static final Set<JurisdictionLevel> COUNTY_AND_ABOVE = Set.of(JurisdictionLevel.REGION, JurisdictionLevel.CITY,
      JurisdictionLevel.COUNTY);

  private SafetyDeputyRule() {
  }

  /** The problem with these roles at this level, or null when Art 8 is met. */
  public static String problem(List<CadreRole> roles, boolean viceChair, JurisdictionLevel level) {
    if (!roles.contains(CadreRole.SAFETY_DEPUTY) || !COUNTY_AND_ABOVE.contains(level)) {
      return null;
    }
    if (!roles.contains(CadreRole.STANDING_COMMITTEE_MEMBER) || !viceChair) {
      return "第八条：县级以上分管安全生产的政府领导干部须任本级党委常委（STANDING_COMMITTEE_MEMBER）"
          + "和本级安全生产委员会常务副主任（safetyCommitteeViceChair）";
    }
    return null;
  }
}
