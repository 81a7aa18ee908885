package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.assessment.MeetingCompliance.Status;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Art 5(2) and 6(2) at the period boundaries, for each level of the shipped policy table. */
class MeetingRulesTest {

  static final Jurisdiction REGION = new Jurisdiction("450000", "广西壮族自治区", JurisdictionLevel.REGION, null);
  static final Jurisdiction CITY = new Jurisdiction("450100", "南宁市", JurisdictionLevel.CITY, "450000");
  static final Jurisdiction TOWNSHIP = new Jurisdiction("450102001", "某街道", JurisdictionLevel.TOWNSHIP, "450102");
  static final MeetingRequirements.Requirement REGION_OWES = new MeetingRequirements.Requirement(1, 2, 0);
  static final MeetingRequirements.Requirement CITY_OWES = new MeetingRequirements.Requirement(1, 0, 1);
  static final MeetingRequirements.Requirement NOTHING = new MeetingRequirements.Requirement(0, 0, 0);
  static final long PRINCIPAL = 1;
  static final long MEMBER = 2;

  static List<SafetyMeeting> meetings(MeetingBody body, long cadre, String... days) {
    List<SafetyMeeting> list = new ArrayList<>();
    for (String day : days) {
      list.add(new SafetyMeeting(list.size() + 1, "x", body, LocalDate.parse(day), cadre, "安全生产", "纪要", "em",
          Instant.EPOCH));
    }
    return list;
  }

  static MeetingCompliance check(Jurisdiction j, MeetingRequirements.Requirement owes, List<SafetyMeeting> held,
      String today) {
    return MeetingRules.check(j, 2026, owes, held, m -> m.cadreId() == PRINCIPAL, LocalDate.parse(today));
  }

  @Test
  void aCityGovernmentOwesAMeetingInEveryQuarterCountedAtItsBoundaries() {
    var held = meetings(MeetingBody.GOVERNMENT_EXECUTIVE, MEMBER, "2026-03-31", "2026-04-01", "2026-12-31");
    var c = check(CITY, CITY_OWES, held, "2026-11-29");
    assertThat(c.executive().quarters()).extracting(MeetingCompliance.Quarter::held).containsExactly(1, 1, 0, 1);
    assertThat(c.executive().quarters()).extracting(MeetingCompliance.Quarter::status)
        .containsExactly(Status.MET, Status.MET, Status.MISSING, Status.MET);
    assertThat(c.missing()).extracting(MeetingCompliance.Missing::period).containsExactly("2026-Q3");
    assertThat(c.standingCommittee().status()).as("the year is not over").isEqualTo(Status.PENDING);
  }

  @Test
  void aQuarterNotYetOverIsPendingAndTheLastDayOfAQuarterIsInIt() {
    var c = check(CITY, CITY_OWES, List.of(), "2026-09-30");
    assertThat(c.executive().quarters()).extracting(MeetingCompliance.Quarter::status)
        .containsExactly(Status.MISSING, Status.MISSING, Status.PENDING, Status.PENDING);
    assertThat(check(CITY, CITY_OWES, List.of(), "2026-10-01").executive().quarters().get(2).status())
        .isEqualTo(Status.MISSING);
  }

  @Test
  void fourMeetingsInOneQuarterLeaveTheOtherQuartersMissing() {
    var held = meetings(MeetingBody.GOVERNMENT_EXECUTIVE, MEMBER, "2026-05-06", "2026-05-13", "2026-05-20",
        "2026-06-30");
    var c = check(CITY, CITY_OWES, held, "2027-01-05");
    assertThat(c.executive().held()).isEqualTo(4);
    assertThat(c.missing()).extracting(MeetingCompliance.Missing::period)
        .containsExactly("2026", "2026-Q1", "2026-Q3", "2026-Q4");
  }

  @Test
  void theRegionOwesTwoExecutiveMeetingsAYearAndNoQuarterly() {
    var one = check(REGION, REGION_OWES, meetings(MeetingBody.GOVERNMENT_EXECUTIVE, MEMBER, "2026-02-01"), "2027-01-01");
    assertThat(one.executive().yearStatus()).isEqualTo(Status.MISSING);
    assertThat(one.executive().quarters()).extracting(MeetingCompliance.Quarter::status).containsOnly(Status.NOT_REQUIRED);
    var two = check(REGION, REGION_OWES,
        meetings(MeetingBody.GOVERNMENT_EXECUTIVE, MEMBER, "2026-02-01", "2026-02-02"), "2027-01-01");
    assertThat(two.executive().yearStatus()).isEqualTo(Status.MET);
  }

  @Test
  void aStandingCommitteeMeetingCountsOnlyWhenThePrincipalPresided() {
    var byMember = check(CITY, CITY_OWES, meetings(MeetingBody.PARTY_STANDING_COMMITTEE, MEMBER, "2026-06-01"),
        "2027-01-01");
    assertThat(byMember.standingCommittee().presidedByPrincipal()).isZero();
    assertThat(byMember.standingCommittee().notCounted()).singleElement()
        .satisfies(n -> assertThat(n.reason()).contains("主要负责人"));
    assertThat(byMember.missing()).extracting(MeetingCompliance.Missing::article).contains("5(2)");
    var byPrincipal = check(CITY, CITY_OWES,
        meetings(MeetingBody.PARTY_STANDING_COMMITTEE, PRINCIPAL, "2026-06-01"), "2027-01-01");
    assertThat(byPrincipal.standingCommittee().status()).isEqualTo(Status.MET);
  }

  @Test
  void townshipsOweNothing() {
    var c = check(TOWNSHIP, NOTHING, List.of(), "2027-01-01");
    assertThat(c.standingCommittee().status()).isEqualTo(Status.NOT_REQUIRED);
    assertThat(c.missing()).isEmpty();
  }
}
