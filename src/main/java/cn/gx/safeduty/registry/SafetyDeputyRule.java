package cn.gx.safeduty.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Art 8: at county level and above, the government leader in charge of safety (SAFETY_DEPUTY) is a
 * member of the same level's Party standing committee and the standing vice-chair of its safety
 * committee. A condition the organisation department must meet: the registry records what is true and
 * flags each departure, it never refuses to record it.
 */
public final class SafetyDeputyRule {

  static final Set<JurisdictionLevel> COUNTY_AND_ABOVE = Set.of(JurisdictionLevel.REGION, JurisdictionLevel.CITY,
      JurisdictionLevel.COUNTY);

  /** How a jurisdiction departs from Art 8. */
  public enum Departure {
    NO_SAFETY_DEPUTY("未明确分管安全生产的政府领导干部"),
    NOT_ON_STANDING_COMMITTEE("分管安全生产的政府领导干部不是本级党委常委"),
    NOT_VICE_CHAIR("分管安全生产的政府领导干部不是本级安全生产委员会常务副主任");

    private final String chineseName;

    Departure(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  /** One departure: where, how, and the safety deputy concerned (none for a missing one). */
  public record Flag(String jurisdictionCode, String jurisdictionName, Departure departure, Long cadreId,
      String cadreName, String detail) {
  }

  private SafetyDeputyRule() {
  }

  /** Whether Art 8 applies at this level. */
  public static boolean applies(JurisdictionLevel level) {
    return COUNTY_AND_ABOVE.contains(level);
  }

  /** The departures of one jurisdiction, from its safety deputies in office (none is a departure too). */
  public static List<Flag> flags(Jurisdiction j, List<Cadre> safetyDeputies) {
    List<Flag> flags = new ArrayList<>();
    if (!applies(j.level())) {
      return flags;
    }
    if (safetyDeputies.isEmpty()) {
      flags.add(new Flag(j.code(), j.name(), Departure.NO_SAFETY_DEPUTY, null, null,
          "第八条：" + j.name() + Departure.NO_SAFETY_DEPUTY.chineseName()));
    }
    for (Cadre c : safetyDeputies) {
      if (!c.roles().contains(CadreRole.STANDING_COMMITTEE_MEMBER)) {
        flags.add(new Flag(j.code(), j.name(), Departure.NOT_ON_STANDING_COMMITTEE, c.id(), c.name(),
            "第八条：" + j.name() + c.name() + "分管安全生产，未任本级党委常委"));
      }
      if (!c.safetyCommitteeViceChair()) {
        flags.add(new Flag(j.code(), j.name(), Departure.NOT_VICE_CHAIR, c.id(), c.name(),
            "第八条：" + j.name() + c.name() + "分管安全生产，未任本级安全生产委员会常务副主任"));
      }
    }
    return flags;
  }
}
