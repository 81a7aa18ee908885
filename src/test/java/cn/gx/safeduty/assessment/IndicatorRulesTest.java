package cn.gx.safeduty.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.DutyList;
import cn.gx.safeduty.registry.JurisdictionLevel;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The derived indicators from evidence built by hand, without an engine: who answers for what, and the floor at 0. */
class IndicatorRulesTest {

  static final AssessmentPolicy.Deductions DEDUCTIONS = new AssessmentPolicy.Deductions(BigDecimal.valueOf(20),
      BigDecimal.valueOf(50), Map.of(AccidentGrade.ORDINARY, BigDecimal.TEN, AccidentGrade.RELATIVELY_MAJOR,
      BigDecimal.valueOf(30), AccidentGrade.MAJOR, BigDecimal.valueOf(60)), BigDecimal.TEN, BigDecimal.valueOf(20));

  static final IndicatorRules.Assessed TEAM = IndicatorRules.Assessed.wholeTeam();
  static final IndicatorRules.Assessed SECRETARY = new IndicatorRules.Assessed(1L, List.of(CadreRole.PARTY_SECRETARY));
  static final IndicatorRules.Assessed HEAD = new IndicatorRules.Assessed(2L, List.of(CadreRole.GOVERNMENT_HEAD));
  static final IndicatorRules.Assessed MEMBER = new IndicatorRules.Assessed(3L,
      List.of(CadreRole.STANDING_COMMITTEE_MEMBER, CadreRole.SAFETY_DEPUTY));
  static final IndicatorRules.Assessed VICE_MAYOR = new IndicatorRules.Assessed(4L, List.of(CadreRole.GOVERNMENT_LEADER));

  static MeetingCompliance meetings(List<MeetingCompliance.Missing> missing) {
    return new MeetingCompliance("450108", "良庆区", JurisdictionLevel.COUNTY, 2025,
        new MeetingCompliance.StandingCommittee("5(2)", 1, 0, List.of(), MeetingCompliance.Status.MISSING),
        new MeetingCompliance.Executive("6(2)", 0, 1, 0, MeetingCompliance.Status.MISSING, List.of()), missing);
  }

  static Evidence evidence(MeetingCompliance meetings, List<DutyList.Kind> missingLists,
      List<ProcedureFacts.Accident> accidents, List<ProcedureFacts.SupervisionItem> items,
      List<ProcedureFacts.CaseMeasures> cases) {
    return new Evidence(2025, meetings, missingLists, accidents, items, List.of(), cases);
  }

  static Evidence none() {
    return evidence(null, List.of(), List.of(), List.of(), List.of());
  }

  static ProcedureFacts.Accident accident(AccidentGrade grade) {
    return accident("事故〔2025〕0001", grade, "OTHER");
  }

  static ProcedureFacts.Accident accident(String number, AccidentGrade grade, String industry) {
    return new ProcedureFacts.Accident(number, grade, industry, java.time.LocalDate.of(2025, 6, 1));
  }

  static ProcedureFacts.SupervisionItem item(String number, boolean notDone, boolean wentOverdue, List<Long> cadres) {
    return new ProcedureFacts.SupervisionItem(number, "整改", cadres, notDone, wentOverdue, notDone ? "未完成" : "已完成");
  }

  BigDecimal score(IndicatorRule rule, Evidence e, IndicatorRules.Assessed a) {
    return IndicatorRules.derive(rule, e, a, DEDUCTIONS).score();
  }

  @Test
  void meetingsAreAnsweredForByTheBodiesTheRolesBelongTo() {
    Evidence e = evidence(meetings(List.of(
        new MeetingCompliance.Missing(MeetingBody.PARTY_STANDING_COMMITTEE, "5(2)", "2025"),
        new MeetingCompliance.Missing(MeetingBody.GOVERNMENT_EXECUTIVE, "6(2)", "2025-Q2"),
        new MeetingCompliance.Missing(MeetingBody.GOVERNMENT_EXECUTIVE, "6(2)", "2025-Q3"))), List.of(), List.of(),
        List.of(), List.of());
    assertThat(score(IndicatorRule.MEETINGS, e, TEAM)).isEqualByComparingTo("40");
    assertThat(score(IndicatorRule.MEETINGS, e, SECRETARY)).isEqualByComparingTo("80");
    assertThat(score(IndicatorRule.MEETINGS, e, HEAD)).isEqualByComparingTo("60");
    assertThat(score(IndicatorRule.MEETINGS, e, MEMBER)).as("a member owes no meeting; the principals do")
        .isEqualByComparingTo("100");
    assertThat(IndicatorRules.derive(IndicatorRule.MEETINGS, e, HEAD, DEDUCTIONS).source())
        .contains("第二季度", "第三季度", "第六条第（二）项").doesNotContain("第五条");
    assertThat(score(IndicatorRule.MEETINGS, none(), TEAM)).as("a level that owes none").isEqualByComparingTo("100");
  }

  @Test
  void dutyListsFollowTheBodyToo() {
    Evidence e = evidence(null, List.of(DutyList.Kind.GOVERNMENT_LEADERS), List.of(), List.of(), List.of());
    assertThat(score(IndicatorRule.DUTY_LISTS, e, TEAM)).isEqualByComparingTo("50");
    assertThat(score(IndicatorRule.DUTY_LISTS, e, SECRETARY)).isEqualByComparingTo("100");
    assertThat(score(IndicatorRule.DUTY_LISTS, e, HEAD)).isEqualByComparingTo("50");
    assertThat(score(IndicatorRule.DUTY_LISTS, e, VICE_MAYOR)).isEqualByComparingTo("100");
  }

  /** Art 4 一岗双责: a member answers for the accidents the registry names them as answering for (portfolio or overall charge). */
  @Test
  void aMemberAnswersOnlyForTheAccidentsInTheirCharge() {
    ProcedureFacts.Accident fire = accident("事故〔2025〕0002", AccidentGrade.ORDINARY, "FIRE");
    ProcedureFacts.Accident road = accident("事故〔2025〕0003", AccidentGrade.RELATIVELY_MAJOR, "ROAD_TRAFFIC");
    Evidence e = new Evidence(2025, null, List.of(), List.of(fire, road), List.of(), List.of(), List.of(), List.of(),
        Map.of(fire.accidentNumber(), List.of(1L, 2L), road.accidentNumber(), List.of(1L, 2L, 4L)), List.of());
    assertThat(score(IndicatorRule.ACCIDENTS, e, TEAM)).isEqualByComparingTo("60");
    assertThat(score(IndicatorRule.ACCIDENTS, e, SECRETARY)).isEqualByComparingTo("60");
    assertThat(score(IndicatorRule.ACCIDENTS, e, VICE_MAYOR)).as("the road accident only").isEqualByComparingTo("70");
    assertThat(IndicatorRules.derive(IndicatorRule.ACCIDENTS, e, VICE_MAYOR, DEDUCTIONS).source())
        .contains("事故〔2025〕0003").doesNotContain("事故〔2025〕0002");
    assertThat(IndicatorRules.derive(IndicatorRule.ACCIDENTS, e, MEMBER, DEDUCTIONS).source())
        .isEqualTo("本年度分管范围内未发生生产安全事故");
  }

  @Test
  void accidentsCountByGradeAndNeverBelowZero() {
    Evidence two = evidence(null, List.of(), List.of(accident(AccidentGrade.ORDINARY),
        accident(AccidentGrade.RELATIVELY_MAJOR)), List.of(), List.of());
    assertThat(score(IndicatorRule.ACCIDENTS, two, TEAM)).isEqualByComparingTo("60");
    Evidence many = evidence(null, List.of(), List.of(accident(AccidentGrade.MAJOR), accident(AccidentGrade.MAJOR)),
        List.of(), List.of());
    assertThat(score(IndicatorRule.ACCIDENTS, many, TEAM)).isEqualByComparingTo("0");
    assertThat(score(IndicatorRule.ACCIDENTS, none(), TEAM)).isEqualByComparingTo("100");
  }

  @Test
  void aMemberAnswersForTheItemsNamingThemAndTheirOwnCases() {
    Evidence e = evidence(null, List.of(), List.of(), List.of(
        item("督办〔2025〕0001", false, true, List.of(2L)),
        item("督办〔2025〕0002", true, false, List.of(9L)),
        item("督办〔2025〕0003", false, false, List.of(2L))),
        List.of(new ProcedureFacts.CaseMeasures("问责〔2025〕0007", 2, false, List.of("通报"))));
    assertThat(score(IndicatorRule.RECTIFICATIONS, e, TEAM)).isEqualByComparingTo("80");
    assertThat(score(IndicatorRule.RECTIFICATIONS, e, HEAD)).isEqualByComparingTo("90");
    assertThat(score(IndicatorRule.RECTIFICATIONS, e, SECRETARY)).isEqualByComparingTo("100");
    assertThat(score(IndicatorRule.CASES, e, TEAM)).isEqualByComparingTo("80");
    assertThat(score(IndicatorRule.CASES, e, HEAD)).isEqualByComparingTo("80");
    assertThat(score(IndicatorRule.CASES, e, SECRETARY)).isEqualByComparingTo("100");
    assertThat(IndicatorRules.derive(IndicatorRule.MANUAL, e, TEAM, DEDUCTIONS)).isNull();
  }

  @Test
  void scoresNeedReasonsToDepartAndAddUpByWeight() {
    List<AssessmentCycle.Score> derived = List.of(
        new AssessmentCycle.Score("ACCIDENTS", "事故", BigDecimal.valueOf(60), BigDecimal.valueOf(90), "x", null, null,
            null, null),
        new AssessmentCycle.Score("PERFORMANCE", "评议", BigDecimal.valueOf(40), null, "y", null, null, null, null));
    assertThat(Scoring.problems(derived, List.of(new Scoring.Entry(null, null), new Scoring.Entry(null, null))))
        .singleElement().asString().contains("评议");
    assertThat(Scoring.problems(derived, List.of(new Scoring.Entry(BigDecimal.valueOf(95), null),
        new Scoring.Entry(BigDecimal.valueOf(80), null)))).singleElement().asString().contains("理由");
    assertThat(Scoring.problems(derived, List.of(new Scoring.Entry(null, null),
        new Scoring.Entry(BigDecimal.valueOf(101), null)))).singleElement().asString().contains("0至100");
    assertThat(Scoring.problems(derived, List.of(new Scoring.Entry(null, null)))).singleElement().asString()
        .contains("共2项");
    List<Scoring.Entry> ok = List.of(new Scoring.Entry(null, null), new Scoring.Entry(new BigDecimal("87.5"), null));
    assertThat(Scoring.problems(derived, ok)).isEmpty();
    assertThat(Scoring.total(Scoring.settle(derived, ok))).isEqualByComparingTo("89.00");
  }
}
