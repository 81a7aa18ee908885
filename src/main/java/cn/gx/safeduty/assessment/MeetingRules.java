package cn.gx.safeduty.assessment;

import cn.gx.safeduty.registry.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Art 5(2) and 6(2) judged from the year's meetings: plain rules, no database. */
final class MeetingRules {

  private MeetingRules() {
  }

  /**
   * @param meetings the jurisdiction's meetings of the year
   * @param presidedByPrincipal whether a standing-committee meeting was presided over by the Party principal
   * @param today periods that end after today are pending, not missing
   */
  static MeetingCompliance check(Jurisdiction jurisdiction, int year, MeetingRequirements.Requirement required,
      List<SafetyMeeting> meetings, Predicate<SafetyMeeting> presidedByPrincipal, LocalDate today) {
    List<MeetingCompliance.Missing> missing = new ArrayList<>();

    List<MeetingCompliance.NotCounted> notCounted = new ArrayList<>();
    int presided = 0;
    for (SafetyMeeting m : meetings) {
      if (m.body() == MeetingBody.PARTY_STANDING_COMMITTEE) {
        if (presidedByPrincipal.test(m)) {
          presided++;
        } else {
          notCounted.add(new MeetingCompliance.NotCounted(m.id(), m.heldOn(), "主持人当日不是本地区党委主要负责人"));
        }
      }
    }
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    MeetingCompliance.Status standing = status(required.standingCommitteePerYear(), presided, yearEnd, today);
    if (standing == MeetingCompliance.Status.MISSING) {
      missing.add(new MeetingCompliance.Missing(MeetingBody.PARTY_STANDING_COMMITTEE, MeetingBody.PARTY_STANDING_COMMITTEE.article(),
          String.valueOf(year)));
    }

    int[] byQuarter = new int[4];
    int held = 0;
    for (SafetyMeeting m : meetings) {
      if (m.body() == MeetingBody.GOVERNMENT_EXECUTIVE) {
        byQuarter[(m.heldOn().getMonthValue() - 1) / 3]++;
        held++;
      }
    }
    MeetingCompliance.Status yearStatus = status(required.executivePerYear(), held, yearEnd, today);
    if (yearStatus == MeetingCompliance.Status.MISSING) {
      missing.add(new MeetingCompliance.Missing(MeetingBody.GOVERNMENT_EXECUTIVE, MeetingBody.GOVERNMENT_EXECUTIVE.article(),
          String.valueOf(year)));
    }
    List<MeetingCompliance.Quarter> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      LocalDate quarterEnd = java.time.YearMonth.of(year, q * 3).atEndOfMonth();
      MeetingCompliance.Status s = status(required.executivePerQuarter(), byQuarter[q - 1], quarterEnd, today);
      quarters.add(new MeetingCompliance.Quarter(q, byQuarter[q - 1], s));
      if (s == MeetingCompliance.Status.MISSING) {
        missing.add(new MeetingCompliance.Missing(MeetingBody.GOVERNMENT_EXECUTIVE, MeetingBody.GOVERNMENT_EXECUTIVE.article(),
            year + "-Q" + q));
      }
    }
    return new MeetingCompliance(jurisdiction.code(), jurisdiction.name(), jurisdiction.level(), year,
        new MeetingCompliance.StandingCommittee(MeetingBody.PARTY_STANDING_COMMITTEE.article(), required.standingCommitteePerYear(),
            presided, notCounted, standing),
        new MeetingCompliance.Executive(MeetingBody.GOVERNMENT_EXECUTIVE.article(), required.executivePerYear(), required.executivePerQuarter(),
            held, yearStatus, quarters),
        missing);
  }

  private static MeetingCompliance.Status status(int required, int held, LocalDate periodEnd, LocalDate today) {
    if (required == 0) {
      return MeetingCompliance.Status.NOT_REQUIRED;
    }
    if (held >= required) {
      return MeetingCompliance.Status.MET;
    }
    return today.isAfter(periodEnd) ? MeetingCompliance.Status.MISSING : MeetingCompliance.Status.PENDING;
  }
}
