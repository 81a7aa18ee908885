package cn.gx.safeduty.accident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.FieldProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decree 493's reporting rules on hand-built timelines, without an engine: each limit at its edge, each kind. */
class ReportingRulesTest {

  static final java.time.ZoneId CST = java.time.ZoneId.of("Asia/Shanghai");
  static final ReportingRules RULES = new ReportingRules(
      new AccidentPolicy.Reporting(Duration.ofHours(1), Duration.ofHours(2), true, true), CST);
  /** The same limits with both interpretations off: every skipped level missed, every revised loss a lead. */
  static final ReportingRules STRICT = new ReportingRules(
      new AccidentPolicy.Reporting(Duration.ofHours(1), Duration.ofHours(2), false, false), CST);
  /** The grade a direct loss alone gives (the loss column of processes/accident-grade.dmn). */
  static final java.util.function.Function<BigDecimal, AccidentGrade> LOSS_GRADE = loss ->
      loss.compareTo(new BigDecimal("100000000")) >= 0 ? AccidentGrade.EXTRAORDINARILY_MAJOR
          : loss.compareTo(new BigDecimal("50000000")) >= 0 ? AccidentGrade.MAJOR
          : loss.compareTo(new BigDecimal("10000000")) >= 0 ? AccidentGrade.RELATIVELY_MAJOR : AccidentGrade.ORDINARY;
  static final Instant T = Instant.parse("2026-06-01T02:00:00Z");
  static final Figures FIGURES = new Figures(1, 2, new BigDecimal("300000"));

  static Instant at(int minutes) {
    return T.plus(Duration.ofMinutes(minutes));
  }

  static Receipt r(ReportingLevel level, int minutes, ReceiptVia via) {
    return new Receipt(level, at(minutes), via);
  }

  static List<ReportingFinding> findings(Instant unitHead, List<Receipt> receipts, AccidentGrade grade, int nowMinutes) {
    return RULES.findings(ReportingRecord.of(T, unitHead, receipts, grade), at(nowMinutes), FIGURES, FIGURES,
        List.of(), LOSS_GRADE);
  }

  static List<ReportingFailureKind> kinds(List<ReportingFinding> findings) {
    return findings.stream().map(ReportingFinding::kind).toList();
  }

  @Test
  void theUnitLimitRunsFromTheUnitHeadsReceiptAndIsOnTimeAtItsEdge() {
    Instant head = at(30);
    assertThat(findings(head, List.of(r(ReportingLevel.COUNTY, 90, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.CITY, 210, ReceiptVia.FROM_BELOW)), AccidentGrade.ORDINARY, 300)).isEmpty();
    List<ReportingFinding> late = findings(head, List.of(r(ReportingLevel.COUNTY, 91, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.CITY, 211, ReceiptVia.FROM_BELOW)), AccidentGrade.ORDINARY, 300);
    assertThat(late).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(ReportingFailureKind.LATE);
      assertThat(f.level()).isEqualTo(ReportingLevel.COUNTY);
      assertThat(f.article()).isEqualTo("国务院令第493号第九条");
      assertThat(f.detail()).contains("单位负责人接到报告", "1 分钟");
    });
  }

  @Test
  void withoutTheUnitHeadsReceiptTheLimitRunsFromTheOccurrenceAndSaysSo() {
    var steps = RULES.steps(ReportingRecord.of(T, null, List.of(r(ReportingLevel.COUNTY, 61, ReceiptVia.FROM_BELOW)),
        AccidentGrade.ORDINARY));
    assertThat(steps.get(0).startsFrom()).contains("事故发生", "不详");
    assertThat(steps.get(0).minutesLate()).isEqualTo(1);
    assertThat(steps.get(1).dueAt()).as("the city's limit runs from the county's receipt").isEqualTo(at(61 + 120));
  }

  @Test
  void eachLevelUpHasTwoHoursFromItsOwnReceipt() {
    List<Receipt> chain = List.of(r(ReportingLevel.COUNTY, 60, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.CITY, 180, ReceiptVia.FROM_BELOW), r(ReportingLevel.REGION, 301, ReceiptVia.FROM_BELOW));
    List<ReportingFinding> f = findings(null, chain, AccidentGrade.RELATIVELY_MAJOR, 400);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(ReportingFailureKind.LATE);
      assertThat(x.level()).isEqualTo(ReportingLevel.REGION);
      assertThat(x.article()).endsWith("第十一条");
    });
  }

  @Test
  void aDirectReportFromTheSiteCountsForTheCounty() {
    assertThat(findings(null, List.of(r(ReportingLevel.COUNTY, 40, ReceiptVia.FROM_SITE),
        r(ReportingLevel.CITY, 100, ReceiptVia.FROM_BELOW)), AccidentGrade.ORDINARY, 500)).isEmpty();
  }

  @Test
  void aSkippedLevelOnTimeIsNoFailureAndRunsFromTheLevelThatReported() {
    List<Receipt> skipped = List.of(r(ReportingLevel.COUNTY, 30, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.REGION, 140, ReceiptVia.SKIPPED_LEVEL), r(ReportingLevel.CITY, 150, ReceiptVia.FROM_BELOW));
    assertThat(findings(null, skipped, AccidentGrade.RELATIVELY_MAJOR, 1000)).isEmpty();
    assertThat(ReportingRules.problems(T, null, skipped, at(2000), "reporting")).isEmpty();
  }

  @Test
  void eachGradesRequiredReachIsMissedOnlyOnceItsLimitHasPassed() {
    List<Receipt> countyOnly = List.of(r(ReportingLevel.COUNTY, 60, ReceiptVia.FROM_BELOW));
    assertThat(findings(null, countyOnly, AccidentGrade.ORDINARY, 180)).as("at the city's limit").isEmpty();
    assertThat(findings(null, countyOnly, AccidentGrade.ORDINARY, 181)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(ReportingFailureKind.MISSED);
      assertThat(f.level()).isEqualTo(ReportingLevel.CITY);
    });
    List<Receipt> city = List.of(r(ReportingLevel.COUNTY, 60, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.CITY, 120, ReceiptVia.FROM_BELOW));
    assertThat(findings(null, city, AccidentGrade.ORDINARY, 10_000)).as("一般 reaches the city").isEmpty();
    assertThat(kinds(findings(null, city, AccidentGrade.RELATIVELY_MAJOR, 241))).containsExactly(ReportingFailureKind.MISSED);
    List<ReportingFinding> major = findings(null, city, AccidentGrade.MAJOR, 361);
    assertThat(major).extracting(ReportingFinding::level).containsExactly(ReportingLevel.REGION, ReportingLevel.STATE_COUNCIL);
    assertThat(findings(null, city, AccidentGrade.MAJOR, 359)).extracting(ReportingFinding::level)
        .as("the State Council's limit runs on from the region's").containsExactly(ReportingLevel.REGION);
  }

  @Test
  void aLevelThatOnlyFoundOutItselfWasMissedAndAnUnreportedAccidentWasConcealed() {
    List<Receipt> selfFound = List.of(r(ReportingLevel.COUNTY, 60, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.CITY, 150, ReceiptVia.SELF_DISCOVERED));
    assertThat(findings(null, selfFound, AccidentGrade.ORDINARY, 1000)).singleElement()
        .satisfies(f -> assertThat(f.detail()).contains("自行发现"));
    List<Receipt> concealed = List.of(r(ReportingLevel.CITY, 2000, ReceiptVia.SELF_DISCOVERED));
    List<ReportingFinding> f = findings(null, concealed, AccidentGrade.ORDINARY, 3000);
    assertThat(kinds(f)).containsExactly(ReportingFailureKind.CONCEALED, ReportingFailureKind.MISSED);
    assertThat(f.get(0).article()).endsWith("第九条");
  }

  @Test
  void understatedFiguresAreFalseUnlessACasualtyChangeCameWithinTheWindow() {
    Figures first = new Figures(1, 2, new BigDecimal("300000"));
    Figures later = new Figures(3, 2, new BigDecimal("300000"));
    AccidentCorrection timely = correction(1, 3, false);
    AccidentCorrection late = correction(1, 3, true);
    assertThat(ReportingRules.understated(first, later, List.of(timely), LOSS_GRADE)).isEmpty();
    assertThat(ReportingRules.understated(first, later, List.of(late), LOSS_GRADE)).singleElement()
        .satisfies(f -> assertThat(f.detail()).contains("首报死亡 1 人", "2 人未在补报时限内报告"));
    assertThat(ReportingRules.understated(first, later, List.of(), LOSS_GRADE)).hasSize(1);
    Figures moreLoss = new Figures(1, 2, new BigDecimal("450000"));
    assertThat(ReportingRules.understated(first, moreLoss, List.of(), null)).as("every revision, by the strict reading")
        .singleElement().satisfies(f -> assertThat(f.detail()).contains("损失变化不属补报情形"));
  }

  @Test
  void aRevisedLossIsAFalseReportLeadOnlyWhenTheFirstFigurePutTheAccidentInALowerGrade() {
    Figures first = new Figures(1, 2, new BigDecimal("5000000"));
    Figures sameGrade = new Figures(1, 2, new BigDecimal("9999999.99"));
    Figures higherGrade = new Figures(1, 2, new BigDecimal("12000000"));
    assertThat(ReportingRules.understated(first, sameGrade, List.of(), LOSS_GRADE)).as("an estimate revised").isEmpty();
    assertThat(ReportingRules.understated(first, higherGrade, List.of(), LOSS_GRADE)).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(ReportingFailureKind.FALSE);
      assertThat(f.detail()).contains("首报直接经济损失 5000000 元", "一般", "较大");
    });
    List<ReportingFinding> strict = STRICT.findings(ReportingRecord.of(T, null,
        List.of(r(ReportingLevel.COUNTY, 30, ReceiptVia.FROM_BELOW), r(ReportingLevel.CITY, 60, ReceiptVia.FROM_BELOW)),
        AccidentGrade.ORDINARY), at(100), first, sameGrade, List.of(), LOSS_GRADE);
    assertThat(kinds(strict)).as("the policy off: every revised loss").containsExactly(ReportingFailureKind.FALSE);
  }

  @Test
  void aLevelPassedOverByALawfulSkipIsNotMissedWhenAHigherLevelHadTheReportWithinItsLimit() {
    List<Receipt> inTime = List.of(r(ReportingLevel.COUNTY, 30, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.REGION, 100, ReceiptVia.SKIPPED_LEVEL));
    assertThat(findings(null, inTime, AccidentGrade.RELATIVELY_MAJOR, 1000)).as("the city's limit ends at 150")
        .isEmpty();
    List<Receipt> tooLate = List.of(r(ReportingLevel.COUNTY, 30, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.REGION, 160, ReceiptVia.SKIPPED_LEVEL));
    assertThat(findings(null, tooLate, AccidentGrade.RELATIVELY_MAJOR, 1000))
        .extracting(ReportingFinding::kind, ReportingFinding::level)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ReportingFailureKind.MISSED, ReportingLevel.CITY),
            org.assertj.core.groups.Tuple.tuple(ReportingFailureKind.LATE, ReportingLevel.REGION));
    assertThat(STRICT.findings(ReportingRecord.of(T, null, inTime, AccidentGrade.RELATIVELY_MAJOR), at(1000),
        FIGURES, FIGURES, List.of(), LOSS_GRADE)).extracting(ReportingFinding::level)
        .as("the policy off: the city missed all the same").containsExactly(ReportingLevel.CITY);
  }

  @Test
  void aLevelANewGradeRequiresIsDueFromTheReceiptOfTheHigherFiguresNeverEarlier() {
    List<Receipt> toTheCity = List.of(r(ReportingLevel.COUNTY, 60, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.CITY, 120, ReceiptVia.FROM_BELOW));
    AccidentCorrection raised = new AccidentCorrection(1, 4, 2, 2, new BigDecimal("300000"), new BigDecimal("300000"),
        AccidentGrade.ORDINARY, AccidentGrade.RELATIVELY_MAJOR, "补报", false, "em-staff", at(610), at(600));
    var since = ReportingRecord.requiredSince(AccidentGrade.RELATIVELY_MAJOR, List.of(raised));
    assertThat(since).containsExactly(java.util.Map.entry(ReportingLevel.REGION, at(600)));
    ReportingRecord regraded = new ReportingRecord(T, null, toTheCity, AccidentGrade.RELATIVELY_MAJOR, since);
    assertThat(RULES.steps(regraded).get(2).dueAt()).isEqualTo(at(720));
    assertThat(RULES.steps(regraded).get(2).startsFrom()).contains("补报");
    Figures four = new Figures(4, 2, new BigDecimal("300000"));
    assertThat(RULES.findings(regraded, at(720), FIGURES, four, List.of(raised), LOSS_GRADE)).isEmpty();
    assertThat(RULES.findings(regraded, at(721), FIGURES, four, List.of(raised), LOSS_GRADE))
        .singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(ReportingFailureKind.MISSED);
          assertThat(f.level()).isEqualTo(ReportingLevel.REGION);
          assertThat(f.detail()).contains("2026年6月1日 22:00");
        });
    ReportingRecord reachedInTime = new ReportingRecord(T, null, List.of(toTheCity.get(0), toTheCity.get(1),
        r(ReportingLevel.REGION, 715, ReceiptVia.FROM_BELOW)), AccidentGrade.RELATIVELY_MAJOR, since);
    assertThat(RULES.findings(reachedInTime, at(2000), FIGURES, four, List.of(raised), LOSS_GRADE)).isEmpty();
    assertThat(RULES.findings(ReportingRecord.of(T, null, toTheCity, AccidentGrade.RELATIVELY_MAJOR), at(721), FIGURES,
        four, List.of(raised), LOSS_GRADE)).as("counted from the city's receipt it would be long missed")
        .extracting(ReportingFinding::kind).containsExactly(ReportingFailureKind.MISSED);
  }

  @Test
  void eachLevelIsRequiredFromTheFirstFiguresThatRequiredItAndNotAboveTheGradeInForce() {
    AccidentCorrection toRelativelyMajor = regrade(AccidentGrade.ORDINARY, AccidentGrade.RELATIVELY_MAJOR, 600);
    AccidentCorrection toMajor = regrade(AccidentGrade.RELATIVELY_MAJOR, AccidentGrade.MAJOR, 900);
    assertThat(ReportingRecord.requiredSince(AccidentGrade.MAJOR, List.of(toRelativelyMajor, toMajor)))
        .containsOnly(java.util.Map.entry(ReportingLevel.REGION, at(600)),
            java.util.Map.entry(ReportingLevel.STATE_COUNCIL, at(900)));
    AccidentCorrection backDown = regrade(AccidentGrade.MAJOR, AccidentGrade.ORDINARY, 1200);
    assertThat(ReportingRecord.requiredSince(AccidentGrade.ORDINARY, List.of(toRelativelyMajor, toMajor, backDown)))
        .isEmpty();
    AccidentCorrection upAgain = regrade(AccidentGrade.ORDINARY, AccidentGrade.RELATIVELY_MAJOR, 1500);
    assertThat(ReportingRecord.requiredSince(AccidentGrade.RELATIVELY_MAJOR,
        List.of(toRelativelyMajor, toMajor, backDown, upAgain)))
        .as("required since it was first required").containsOnly(java.util.Map.entry(ReportingLevel.REGION, at(600)));
    assertThat(ReportingRecord.requiredSince(AccidentGrade.MAJOR, List.of())).isEmpty();
  }

  static AccidentCorrection regrade(AccidentGrade from, AccidentGrade to, int receivedMinutes) {
    return new AccidentCorrection(1, 1, 2, 2, new BigDecimal("300000"), new BigDecimal("300000"), from, to, "补报",
        false, "em-staff", at(receivedMinutes + 5), at(receivedMinutes));
  }

  @Test
  void impossibleTimelinesAreRefusedNamingTheField() {
    List<FieldProblem> p = ReportingRules.problems(T, null, List.of(r(ReportingLevel.COUNTY, -5, ReceiptVia.FROM_BELOW),
        r(ReportingLevel.REGION, 30, ReceiptVia.SKIPPED_LEVEL), r(ReportingLevel.CITY, 10, ReceiptVia.FROM_SITE)),
        at(100), "reporting");
    assertThat(p).extracting(FieldProblem::field).contains("reporting.steps[0].receivedAt", "reporting.steps[1].via",
        "reporting.steps[2].via");
    assertThat(ReportingRules.problems(T, null, List.of(), at(10), "reporting")).extracting(FieldProblem::field)
        .containsExactly("reporting.steps");
    assertThat(ReportingRules.problems(T, at(200), List.of(r(ReportingLevel.COUNTY, 100, ReceiptVia.FROM_BELOW)),
        at(150), "reporting")).extracting(FieldProblem::field)
        .contains("reporting.unitHeadReceivedAt", "reporting.steps[0].receivedAt");
  }

  static AccidentCorrection correction(int oldDeaths, int newDeaths, boolean late) {
    return new AccidentCorrection(oldDeaths, newDeaths, 2, 2, new BigDecimal("300000"), new BigDecimal("300000"),
        AccidentGrade.ORDINARY, AccidentGrade.RELATIVELY_MAJOR, "补报", late, "em-staff", at(60 * 24), null);
  }
}
