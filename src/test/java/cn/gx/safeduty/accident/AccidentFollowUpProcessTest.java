package cn.gx.safeduty.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.accountability.CaseStatus;
import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.NewCadre;
import cn.gx.safeduty.support.EmbeddedAppTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/accident-followup.bpmn: late reporting, the investigation's timers, the conclusion's cases. */
@EmbeddedAppTest
class AccidentFollowUpProcessTest {

  static final CaseFacts EXEMPT = new CaseFacts(true, false, false, Mitigation.NONE, false, false);

  @Autowired
  ProcessEngine engine;

  @Autowired
  AccidentService accidents;

  @Autowired
  AccountabilityCaseService cases;

  @Autowired
  CadreService cadres;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  long cadre(String name) {
    return cadres.create(new NewCadre(name, "450123", CadreRole.GOVERNMENT_LEADER, "副县长", null), "test").id();
  }

  /** A 较大 accident three days ago, the unit reporting after {@code unitReportAfter}, each level up an hour later. */
  AccidentService.Recorded record(Duration unitReportAfter) {
    Instant occurred = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Instant unit = occurred.plus(unitReportAfter);
    return accidents.record(new NewAccident("450123", "某矿山", occurred, "非煤矿山", 4, 2, new BigDecimal("3000000"),
        "冒顶事故", new Reporting(unit, unit.plus(Duration.ofHours(1)), unit.plus(Duration.ofHours(2)), null)), "em-staff");
  }

  ProcessInstance instance(AccidentService.Recorded r) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult();
  }

  Task task(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
  }

  void complete(String processInstanceId, String key, Map<String, Object> variables) {
    Task task = task(processInstanceId, key);
    assertThat(task).as(key).isNotNull();
    engine.getTaskService().claim(task.getId(), "em-staff");
    engine.getTaskService().complete(task.getId(), variables);
  }

  Job timer(AccidentService.Recorded r) {
    return engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).timers().singleResult();
  }

  /** Exempted cases need only 应急管理部门's confirmation to close. */
  void closeExemptedCase(long caseId) {
    String pid = cases.view(caseId).processInstanceId();
    complete(pid, "Task_ConfirmExemption", Map.of("exemptionConfirmed", "true"));
    assertThat(cases.view(caseId).status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void onTimeReportingWaitsForTheInvestigationOnly() {
    var r = record(Duration.ofMinutes(60));
    assertThat(r.grade()).isEqualTo(AccidentGrade.RELATIVELY_MAJOR);
    ProcessInstance pi = instance(r);
    assertThat(pi).isWaitingAt("Event_InvestigationDue").hasNotPassed("Task_ConfirmReportingFailure", "Event_LevelDue");
    AccidentView view = accidents.view(r.id());
    assertThat(view.lateSteps()).isEmpty();
    assertThat(view.investigation().dueAt()).isEqualTo(view.occurredAt().plus(60, ChronoUnit.DAYS));
    assertThat(timer(r).getDuedate().toInstant()).isEqualTo(view.investigation().dueAt());
  }

  @Test
  void lateReportingIsConfirmedAndEachNamedCadreGetsACase() {
    long a = cadre("迟报甲");
    long b = cadre("迟报乙");
    var r = record(Duration.ofMinutes(95));
    AccidentView view = accidents.view(r.id());
    assertThat(view.lateSteps()).singleElement().satisfies(s -> assertThat(s.delayMinutes()).isEqualTo(35));
    assertThat(instance(r)).isWaitingAt("Task_ConfirmReportingFailure", "Event_InvestigationDue");
    assertThat(instance(r)).task("Task_ConfirmReportingFailure").hasCandidateGroup("emergency-management");

    assertThat(engine.getTaskService().getVariable(task(r.processInstanceId(), "Task_ConfirmReportingFailure").getId(),
        "findingLabel").toString()).contains("迟报", "县级", "35 分钟", "第九条");
    assertThat(engine.getTaskService().getVariable(task(r.processInstanceId(), "Task_ConfirmReportingFailure").getId(),
        cn.gx.safeduty.kernel.task.TaskCards.ITEM)).as("the Tasklist card says which finding").asString()
        .contains("县级", "迟报");
    assertThatThrownBy(() -> complete(r.processInstanceId(), "Task_ConfirmReportingFailure",
        Map.of("reportingFailureConfirmed", "true")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("干部");
    long elsewhere = cadres.create(new NewCadre("外市书记", "450202", CadreRole.PARTY_SECRETARY, "区委书记", null), "test").id();
    assertThatThrownBy(() -> complete(r.processInstanceId(), "Task_ConfirmReportingFailure", Variables.createVariables()
        .putValue("reportingFailureConfirmed", "true")
        .putValueTyped("responsibleCadreIds", SpinValues.jsonValue("[\"" + a + "\",\"" + elsewhere + "\"]").create())))
        .as("a cadre of another city, not among the options the task offered")
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能从所列选项中选择");
    complete(r.processInstanceId(), "Task_ConfirmReportingFailure", Variables.createVariables()
        .putValue("reportingFailureConfirmed", "true")
        .putValueTyped("responsibleCadreIds", SpinValues.jsonValue("[\"" + a + "\",\"" + b + "\"]").create()));

    List<Task> assessments = engine.getTaskService().createTaskQuery().processInstanceId(r.processInstanceId())
        .taskDefinitionKey("Task_AssessReportingResponsibility").list();
    assertThat(assessments).as("one assessment per cadre").hasSize(2);
    Map<String, Long> cadreOfLabel = Map.of("迟报甲", a, "迟报乙", b);
    for (Task assessment : assessments) {
      String label = (String) engine.getTaskService().getVariable(assessment.getId(), "responsibleLabel");
      boolean first = label.startsWith("迟报甲");
      assertThat(cadreOfLabel.keySet()).anySatisfy(name -> assertThat(label).startsWith(name));
      engine.getTaskService().claim(assessment.getId(), "em-staff");
      assertThatThrownBy(() -> engine.getTaskService().complete(assessment.getId(), Map.of("responsibility", "MAIN")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("认定依据");
      engine.getTaskService().complete(assessment.getId(), first
          ? Map.of("responsibility", "MAIN", "enlargedLossByPoorWork", true, "mitigation", "NONE",
              "assessmentRemarks", "迟报致救援延误，伤亡扩大")
          : Map.of("responsibility", "GENERAL", "mitigation", "LIGHTER", "assessmentRemarks", "及时补报"));
    }

    view = accidents.view(r.id());
    assertThat(view.cases()).hasSize(2).allSatisfy(c -> {
      assertThat(c.ground()).isEqualTo(Ground.REPORTING_FAILURE);
      assertThat(c.reportingFailure()).isEqualTo(ReportingFailureKind.LATE);
      assertThat(c.status()).isEqualTo(CaseStatus.UNDER_REVIEW.name());
    });
    assertThat(view.cases()).extracting(AccidentView.CaseSummary::cadreId).containsExactlyInAnyOrder(a, b);
    var called = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(r.processInstanceId()).list();
    assertThat(called).hasSize(2);
    assertThat(cases.view(view.cases().get(0).caseId()).processInstanceId()).isIn(called.stream().map(p -> p.getId()).toList());
    assertThat(cases.view(view.cases().get(0).caseId()).recommendation().articles()).startsWith("20(2)");
    var ofA = view.cases().stream().filter(c -> c.cadreId() == a).findFirst().orElseThrow();
    var ofB = view.cases().stream().filter(c -> c.cadreId() == b).findFirst().orElseThrow();
    assertThat(ofA.responsibility()).isEqualTo(Responsibility.MAIN);
    assertThat(cases.view(ofA.caseId()).recommendation().aggravated()).as("Art 23 from the confirmed facts").isTrue();
    assertThat(cases.view(ofA.caseId()).recommendation().articles()).contains("23");
    assertThat(cases.view(ofB.caseId()).recommendation().mitigation()).isEqualTo(Mitigation.LIGHTER);
  }

  /** A 一般 accident whose county received it almost two hours ago: the city's limit passes in a few seconds. */
  AccidentService.Recorded recordCityDueSoon() {
    Instant county = Instant.now().minus(Duration.ofHours(2)).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
    Instant occurred = county.minus(Duration.ofMinutes(30));
    return accidents.record(new NewAccident("450123", "某工地", occurred, "建筑施工", 1, 0, new BigDecimal("200000"),
        "坍塌事故", new Reporting(county, null, null, null)), "em-staff");
  }

  Job levelTimer(AccidentService.Recorded r) {
    return engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId())
        .activityId("Event_LevelDue").singleResult();
  }

  /** An 一般 accident reported to the city on time, a day ago. */
  AccidentService.Recorded recordOrdinaryReportedToTheCity() {
    Instant occurred = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    return accidents.record(new NewAccident("450123", "某仓库", occurred, "工贸", 1, 0, new BigDecimal("200000"),
        "中毒事故", new Reporting(occurred.plus(Duration.ofMinutes(30)), occurred.plus(Duration.ofMinutes(90)), null,
            null)), "em-staff");
  }

  @Test
  void aRegradeBySupplementaryReportWatchesTheNewLevelFromTheReceiptOfTheHigherFigures() {
    var r = recordOrdinaryReportedToTheCity();
    assertThat(levelTimer(r)).as("一般 reaches the city, which has it").isNull();
    Instant received = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
    AccidentView view = accidents.correct(r.id(), new Correction(4, null, null, "补报：又有三人死亡", received),
        "em-staff");
    assertThat(view.grade()).isEqualTo(AccidentGrade.RELATIVELY_MAJOR);
    assertThat(view.findings()).as("the region's limit runs from the receipt of the higher figures").isEmpty();
    assertThat(view.timeline().get(2).dueAt()).isEqualTo(received.plus(Duration.ofHours(2)));
    Job watch = levelTimer(r);
    assertThat(watch).as("the level watch follows the regrade").isNotNull();
    assertThat(watch.getDuedate().toInstant()).isEqualTo(received.plus(Duration.ofHours(2)));
    assertThat(engine.getRuntimeService().getVariable(r.processInstanceId(), "openLevelWatches")).isEqualTo(1);

    accidents.addReceipt(r.id(), new Receipt(ReportingLevel.REGION, Instant.now().truncatedTo(ChronoUnit.SECONDS),
        ReceiptVia.FROM_BELOW), "em-staff");
    engine.getManagementService().executeJob(watch.getId());
    assertThat(levelTimer(r)).isNull();
    assertThat(instance(r)).hasPassed("Event_LevelSettled");
    assertThat(accidents.view(r.id()).findings()).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(r.processInstanceId(), "openLevelWatches")).isEqualTo(0);
  }

  @Test
  void aRegradeReceivedLongerAgoThanTheLimitIsMissedAtTheNewLevelAtOnce() {
    var r = recordOrdinaryReportedToTheCity();
    Instant received = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    AccidentView view = accidents.correct(r.id(), new Correction(4, null, null, "补报：又有三人死亡", received),
        "em-staff");
    assertThat(view.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(ReportingFailureKind.MISSED);
      assertThat(f.level()).isEqualTo(ReportingLevel.REGION);
      assertThat(f.detail()).doesNotContain("T", "Z").contains("年", "月", "日");
    });
    assertThat(levelTimer(r)).as("settled: found missed").isNull();
    assertThat(task(r.processInstanceId(), "Task_ConfirmReportingFailure")).isNotNull();
  }

  @Test
  void aLevelPassedOverByALawfulSkipInTimeIsNotMissed() {
    Instant occurred = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    Instant county = occurred.plus(Duration.ofMinutes(30));
    var r = accidents.record(new NewAccident("450123", "某矿井", occurred, "非煤矿山", 4, 0, new BigDecimal("200000"),
        "透水事故", new Reporting(null, null, null, null, null, List.of(
            new Receipt(ReportingLevel.COUNTY, county, ReceiptVia.FROM_BELOW),
            new Receipt(ReportingLevel.REGION, county.plus(Duration.ofMinutes(50)), ReceiptVia.SKIPPED_LEVEL)), null)),
        "em-staff");
    assertThat(r.grade()).isEqualTo(AccidentGrade.RELATIVELY_MAJOR);
    assertThat(accidents.view(r.id()).findings()).as("越级上报 within the city's own limit").isEmpty();
    assertThat(levelTimer(r)).as("nothing left to watch").isNull();
  }

  @Test
  void aRequiredLevelNotReachedWhenItsLimitPassesIsMissedAndItsCasesAreOfThatKind() throws InterruptedException {
    long cadreId = cadre("漏报干部");
    var r = recordCityDueSoon();
    assertThat(accidents.view(r.id()).findings()).as("not yet: the city's limit has not passed").isEmpty();
    Job due = levelTimer(r);
    assertThat(due).isNotNull();
    Thread.sleep(Math.max(0, due.getDuedate().getTime() - System.currentTimeMillis()) + 1500);
    engine.getManagementService().executeJob(due.getId());

    assertThat(levelTimer(r)).isNull();
    assertThat(accidents.view(r.id()).findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(ReportingFailureKind.MISSED);
      assertThat(f.level()).isEqualTo(ReportingLevel.CITY);
    });
    Task confirm = task(r.processInstanceId(), "Task_ConfirmReportingFailure");
    assertThat(engine.getTaskService().getVariable(confirm.getId(), "findingLabel").toString()).contains("漏报", "设区的市级");
    complete(r.processInstanceId(), "Task_ConfirmReportingFailure", Variables.createVariables()
        .putValue("reportingFailureConfirmed", "true")
        .putValueTyped("responsibleCadreIds", SpinValues.jsonValue("[\"" + cadreId + "\"]").create()));
    complete(r.processInstanceId(), "Task_AssessReportingResponsibility", Map.of("responsibility", "IMPORTANT",
        "mitigation", "NONE", "assessmentRemarks", "未按时向市级报告"));
    AccidentView view = accidents.view(r.id());
    assertThat(view.cases()).singleElement().satisfies(c -> {
      assertThat(c.reportingFailure()).isEqualTo(ReportingFailureKind.MISSED);
      assertThat(c.cadreId()).isEqualTo(cadreId);
    });
    assertThat(view.findings().get(0).status()).isEqualTo("CONFIRMED");
  }

  @Test
  void aFirstReportThatUnderstatedDeathsIsConfirmedAsFalseReporting() {
    long cadreId = cadre("谎报干部");
    Instant occurred = Instant.now().minus(45, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Instant unit = occurred.plus(Duration.ofMinutes(40));
    var r = accidents.record(new NewAccident("450123", "某厂房", occurred, "工贸", 1, 0, new BigDecimal("200000"),
        "爆炸事故", new Reporting(unit, unit.plus(Duration.ofHours(1)), null, null)), "em-staff");
    assertThat(task(r.processInstanceId(), "Task_ConfirmReportingFailure")).isNull();
    accidents.correct(r.id(), new Correction(2, null, null, "核查发现首报隐瞒一人死亡", null), "em-staff");
    Task confirm = task(r.processInstanceId(), "Task_ConfirmReportingFailure");
    assertThat(engine.getTaskService().getVariable(confirm.getId(), "findingLabel").toString())
        .contains("谎报", "首报死亡 1 人", "第十三条");
    complete(r.processInstanceId(), "Task_ConfirmReportingFailure", Variables.createVariables()
        .putValue("reportingFailureConfirmed", "true")
        .putValueTyped("responsibleCadreIds", SpinValues.jsonValue("[\"" + cadreId + "\"]").create()));
    complete(r.processInstanceId(), "Task_AssessReportingResponsibility", Map.of("responsibility", "MAIN",
        "mitigation", "NONE", "assessmentRemarks", "授意瞒报死亡人数"));
    assertThat(accidents.view(r.id()).cases()).singleElement()
        .satisfies(c -> assertThat(c.reportingFailure()).isEqualTo(ReportingFailureKind.FALSE));
  }

  @Test
  void aLevelReachedInTimeSettlesItsWatchWithoutAFinding() {
    var r = recordCityDueSoon();
    accidents.addReceipt(r.id(), new Receipt(ReportingLevel.CITY, Instant.now().truncatedTo(ChronoUnit.SECONDS),
        ReceiptVia.FROM_BELOW), "em-staff");
    engine.getManagementService().executeJob(levelTimer(r).getId());
    assertThat(levelTimer(r)).isNull();
    assertThat(instance(r)).hasPassed("Event_LevelSettled").isWaitingAt("Event_InvestigationDue");
    assertThat(accidents.view(r.id()).findings()).isEmpty();
  }

  @Test
  void anUnconfirmedLateReportOpensNoCase() {
    var r = record(Duration.ofHours(2));
    complete(r.processInstanceId(), "Task_ConfirmReportingFailure",
        Map.of("reportingFailureConfirmed", "false", "reportingRemarks", "事故单位负责人受伤，客观原因"));
    assertThat(instance(r)).isWaitingAt("Event_InvestigationDue").hasPassed("Event_FindingDismissed")
        .hasNotPassed("Task_AssessReportingResponsibility");
    assertThat(accidents.view(r.id()).cases()).isEmpty();
    assertThat(accidents.view(r.id()).findings()).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo("DISMISSED");
      assertThat(f.note()).contains("客观原因");
    });
  }

  @Test
  void theConclusionFansOutAndTheFollowUpClosesAfterTheLastCase() {
    List<Long> named = List.of(cadre("结论甲"), cadre("结论乙"), cadre("结论丙"));
    var r = record(Duration.ofMinutes(30));
    ProcessInstance followUp = instance(r);
    AccidentView view = accidents.conclude(r.id(), new Conclusion("调查认定：安全生产主体责任落实不力", named.stream()
        .map(id -> new Conclusion.Responsible(id, Responsibility.IMPORTANT, null, null, EXEMPT)).toList(), null), "em-staff");
    assertThat(view.status()).isEqualTo(AccidentStatus.CONCLUDED);
    assertThat(view.cases()).hasSize(3).allSatisfy(c -> {
      assertThat(c.ground()).isEqualTo(Ground.ACCIDENT_RESPONSIBILITY);
      assertThat(c.caseNumber()).startsWith("问责〔");
    });
    assertThat(instance(r)).isWaitingAt("CallActivity_AccidentAccountability").hasPassed("Event_ConclusionReceived");
    assertThat(timer(r)).isNull();

    closeExemptedCase(view.cases().get(0).caseId());
    closeExemptedCase(view.cases().get(1).caseId());
    assertThat(followUp).isNotEnded();
    assertThat(accidents.view(r.id()).status()).isEqualTo(AccidentStatus.CONCLUDED);
    closeExemptedCase(view.cases().get(2).caseId());
    assertThat(followUp).isEnded().hasPassed("Task_CloseAccident");
    assertThat(accidents.view(r.id()).status()).isEqualTo(AccidentStatus.CLOSED);
  }

  @Test
  void aConclusionHoldingNoLeaderResponsibleOpensNoCaseAndClosesOnceTheFindingIsSettled() {
    var r = record(Duration.ofHours(2));
    ProcessInstance followUp = instance(r);
    assertThat(task(r.processInstanceId(), "Task_ConfirmReportingFailure")).as("a late report found").isNotNull();
    AccidentView view = accidents.conclude(r.id(), new Conclusion("调查认定：事故系企业违章作业所致", List.of(),
        "调查组认定事故由企业主要负责人违章指挥造成，属地党委政府领导干部已依法履职，不负领导责任"), "em-staff");
    assertThat(view.status()).isEqualTo(AccidentStatus.CONCLUDED);
    assertThat(view.cases()).isEmpty();
    assertThat(view.noLeaderReason()).contains("不负领导责任");
    assertThat(timer(r)).as("no overdue-investigation reminder once concluded").isNull();
    assertThat(instance(r)).isWaitingAt("Event_ReportingSettled", "Task_ConfirmReportingFailure");

    complete(r.processInstanceId(), "Task_ConfirmReportingFailure",
        Map.of("reportingFailureConfirmed", "false", "reportingRemarks", "单位负责人抢险，客观原因"));
    assertThat(followUp).isEnded().hasPassed("Event_ReportingSettled", "Task_CloseAccident");
    view = accidents.view(r.id());
    assertThat(view.status()).isEqualTo(AccidentStatus.CLOSED_NO_LEADER_RESPONSIBLE);
    assertThat(view.cases()).isEmpty();
  }

  @Test
  void theInvestigationTimerRemindsOnceExtendedThenEscalates() {
    var r = record(Duration.ofMinutes(30));
    Instant firstDue = accidents.view(r.id()).investigation().dueAt();
    engine.getManagementService().executeJob(timer(r).getId());
    assertThat(instance(r)).isWaitingAt("Task_DecideExtension");

    assertThatThrownBy(() -> complete(r.processInstanceId(), "Task_DecideExtension",
        Map.of("extendInvestigation", "true", "extensionDays", 61, "followUpRemarks", "复杂")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("60");
    complete(r.processInstanceId(), "Task_DecideExtension",
        Map.of("extendInvestigation", "true", "extensionDays", 30, "followUpRemarks", "需补充技术鉴定"));
    AccidentView view = accidents.view(r.id());
    assertThat(view.investigation().extended()).isTrue();
    assertThat(view.investigation().dueAt()).isEqualTo(firstDue.plus(30, ChronoUnit.DAYS));
    assertThat(timer(r).getDuedate().toInstant()).isEqualTo(firstDue.plus(30, ChronoUnit.DAYS));

    engine.getManagementService().executeJob(timer(r).getId());
    assertThat(instance(r)).isWaitingAt("Task_SuperviseOverdueInvestigation");
    assertThat(task(r.processInstanceId(), "Task_SuperviseOverdueInvestigation").getPriority()).isEqualTo(80);
    complete(r.processInstanceId(), "Task_SuperviseOverdueInvestigation", Map.of("supervisionNote", "已电话督办调查组"));
    Instant next = timer(r).getDuedate().toInstant();
    assertThat(next).isBetween(Instant.now().plus(14, ChronoUnit.DAYS), Instant.now().plus(16, ChronoUnit.DAYS));

    engine.getManagementService().executeJob(timer(r).getId());
    assertThat(instance(r)).isWaitingAt("Task_SuperviseOverdueInvestigation");
    long cadreId = cadre("督办后结论");
    accidents.conclude(r.id(), new Conclusion("结论", List.of(
        new Conclusion.Responsible(cadreId, Responsibility.MAIN, null, null, EXEMPT)), null), "em-staff");
    assertThat(task(r.processInstanceId(), "Task_SuperviseOverdueInvestigation")).isNull();
    assertThat(instance(r)).isWaitingAt("CallActivity_AccidentAccountability");
  }
}
