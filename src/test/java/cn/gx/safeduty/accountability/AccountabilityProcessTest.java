package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.casework.OpenedCase;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.CadreStatus;
import cn.gx.safeduty.registry.AppointmentKind;
import cn.gx.safeduty.registry.Barred;
import cn.gx.safeduty.registry.Eligibility;
import cn.gx.safeduty.registry.NewCadre;
import cn.gx.safeduty.registry.StatusChange;
import cn.gx.safeduty.support.EmbeddedAppTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/accountability.bpmn, driven through the service and the engine as Tasklist would. */
@EmbeddedAppTest
class AccountabilityProcessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  AccountabilityCaseService service;

  @Autowired
  CadreService cadres;

  @Autowired
  CaseLifecycle lifecycle;

  @Autowired
  cn.gx.safeduty.kernel.calendar.WorkingDays workingDays;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  static final cn.gx.safeduty.registry.RecordAccess TEST_ACCESS = new cn.gx.safeduty.registry.RecordAccess("test",
      "流程测试", cn.gx.safeduty.registry.RecordAccess.Via.RECORD);

  static final CaseFacts PLAIN = new CaseFacts(false, false, false, Mitigation.NONE, false, false);

  long cadre(CadreStatus status) {
    long id = cadres.create(new NewCadre("流程测试干部", "450100", CadreRole.GOVERNMENT_LEADER, "副市长", null), "test").id();
    if (status != CadreStatus.IN_OFFICE) {
      cadres.changeStatus(id, new StatusChange(status, null, "测试"), "test");
    }
    return id;
  }

  /** Instances as they were when registered: the assertions read history, so they work after the end too. */
  final Map<String, ProcessInstance> instances = new HashMap<>();

  OpenedCase register(long cadreId, Ground ground, AccidentGrade grade, Responsibility degree,
      CaseFacts facts) {
    var r = service.register(new NewAccountabilityCase(cadreId, ground, grade, degree, "测试案情", facts), "em-staff");
    instances.put(r.processInstanceId(),
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult());
    return r;
  }

  ProcessInstance instance(OpenedCase r) {
    return instances.get(r.processInstanceId());
  }

  Task task(OpenedCase r, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(r.processInstanceId()).taskDefinitionKey(key)
        .singleResult();
  }

  void complete(OpenedCase r, String key, String user, Map<String, Object> variables) {
    Task task = task(r, key);
    assertThat(task).as(key).isNotNull();
    engine.getTaskService().claim(task.getId(), user);
    engine.getTaskService().complete(task.getId(), variables);
  }

  void reviewAll(OpenedCase r) {
    complete(r, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "同意"));
    complete(r, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "同意"));
    complete(r, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "同意"));
  }

  /** A decision as the lane's form sends it: the organisation department's measures as a checklist. */
  static Map<String, Object> decision(Sanction sanction, DisciplinaryKind kind, String reasons) {
    Map<String, Object> v = factors(reasons);
    if (sanction.decidingGroup().equals("organization")) {
      v.put("decisionMeasures", List.of(sanction.name()));
    } else {
      v.put("decisionSanction", sanction.name());
    }
    if (kind != null) {
      v.put(kind.partyDiscipline() ? "partyDisciplineKind" : "governmentSanctionKind", kind.name());
    }
    return v;
  }

  /** 不予问责 from one lane, as its form sends it. */
  static Map<String, Object> notHeld(String group, String reasons) {
    Map<String, Object> v = factors(reasons);
    if (group.equals("organization")) {
      v.put("decisionMeasures", List.of("NONE"));
    } else {
      v.put("decisionSanction", "NONE");
    }
    return v;
  }

  static Map<String, Object> factors(String reasons) {
    Map<String, Object> v = new HashMap<>();
    v.put("postDuties", "分管安全生产");
    v.put("dutyPerformance", "督查不到位");
    v.put("dutyConditions", "人员不足");
    v.put("decisionReasons", reasons);
    return v;
  }

  void fireAppealWindow(OpenedCase r) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).timers()
        .singleResult();
    assertThat(timer).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  @Test
  void theRulesEvaluateTheBaselineTableOnTheEngineThatParsesEachCellOnce() {
    var dmn = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDmnEngineConfiguration();
    assertThat(dmn.getFeelEngine()).isInstanceOf(cn.gx.safeduty.kernel.policy.ParsedOnceScalaFeelEngine.class);
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR,
        Responsibility.MAIN, new CaseFacts(false, false, false, Mitigation.NONE, false, false));
    assertThat(service.view(r.id()).recommendation().sanction()).isEqualTo(Sanction.DEMOTION);
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(r.processInstanceId()).count()).as("still in the decision history").isEqualTo(1);
  }

  @Test
  void anExemptedCaseEndsNotPursuedOnceConfirmed() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR,
        Responsibility.MAIN, new CaseFacts(true, false, false, Mitigation.NONE, false, false));
    ProcessInstance pi = instance(r);
    assertThat(pi).isWaitingAt("Task_ConfirmExemption").hasPassed("Task_RecommendSanction");
    assertThat(pi).task().hasCandidateGroup("emergency-management").hasFormKey(null);
    assertThat(task(r, "Task_ConfirmExemption").getDueDate()).isNotNull();

    CaseView view = service.view(r.id());
    assertThat(view.recommendation().exempted()).isTrue();
    assertThat(view.recommendation().articles()).startsWith("20(3)", "25");
    assertThat(view.recommendation().sanction()).as("computed all the same").isEqualTo(Sanction.DEMOTION);

    complete(r, "Task_ConfirmExemption", "em-staff", Map.of("exemptionConfirmed", "true"));
    assertThat(pi).isEnded().hasPassed("Task_CloseNotPursued", "Event_CaseNotPursued");
    view = service.view(r.id());
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.outcome()).isEqualTo("NOT_PURSUED");
    assertThat(view.decision().kind()).isEqualTo(DecisionKind.NOT_PURSUED);
    assertThat(view.decision().reasons()).contains("第二十五条");
  }

  @Test
  void anUnconfirmedExemptionGoesToJointReview() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR,
        Responsibility.MAIN, new CaseFacts(true, false, false, Mitigation.NONE, false, false));
    assertThatThrownBy(() -> complete(r, "Task_ConfirmExemption", "em-staff", Map.of("exemptionConfirmed", "false")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("理由");
    assertThat((String) engine.getRuntimeService().getVariable(r.processInstanceId(), "recommendationLabel"))
        .contains("拟不予追究");
    complete(r, "Task_ConfirmExemption", "em-staff", Map.of("exemptionConfirmed", "false", "exemptionRemarks", "调查结论有误"));
    assertThat(instance(r)).isWaitingAt("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational");
    assertThat((String) engine.getRuntimeService().getVariable(r.processInstanceId(), "recommendationLabel"))
        .doesNotContain("拟不予追究").contains("未确认", "降职");

    reviewAll(r);
    assertThat(instance(r)).as("the rules' deciding group, as for any case").isWaitingAt("Task_DecideSanctionOrg");
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.DEMOTION, null, "同意规则建议"));
    assertThat(instance(r)).isWaitingAt("Gateway_AwaitAppeal");
    assertThat(service.view(r.id()).decision().sanction()).isEqualTo(Sanction.DEMOTION);
  }

  @Test
  void aDepartedCadreIsAskedAboutAndMayNotBeProceededAgainst() {
    var r = register(cadre(CadreStatus.RETIRED), Ground.DUTY_FAILURE, null, null, PLAIN);
    assertThat(instance(r)).isWaitingAt("Task_DecideWhetherToProceed");
    assertThatThrownBy(() -> complete(r, "Task_DecideWhetherToProceed", "em-staff",
        Map.of("proceedAgainstDeparted", "false")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不再追究的，须写明理由");
    complete(r, "Task_DecideWhetherToProceed", "em-staff",
        Map.of("proceedAgainstDeparted", "false", "proceedingRemarks", "已退休，情节轻微"));
    assertThat(instance(r)).isEnded().hasPassed("Task_CloseNotPursued");
    CaseView view = service.view(r.id());
    assertThat(view.outcome()).isEqualTo("NOT_PURSUED");
    assertThat(view.decision().reasons()).as("Art 26 is no basis for not pursuing")
        .doesNotContain("第二十六条").contains("已退休，情节轻微");
  }

  @Test
  void anInstanceOfAModelWhoseGatewayDidNotConcludeTheReviewGetsItFromItsLastReview() throws Exception {
    String listener = "<extensionElements><camunda:executionListener event=\"start\" "
        + "delegateExpression=\"${concludeJointReviewDelegate}\" /></extensionElements>";
    String current = java.nio.file.Files.readString(java.nio.file.Path.of("processes", "accountability.bpmn"));
    assertThat(current).contains(listener);
    var before = engine.getRepositoryService().createDeployment().name("before the gateway concluded the review")
        .addString("accountability.bpmn", current.replace(listener, "")).deploy();
    try {
      var r = register(cadre(CadreStatus.IN_OFFICE), Ground.DUTY_FAILURE, null, null, PLAIN);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(r.processInstanceId())
          .singleResult().getProcessDefinitionId()).startsWith("accountability:")
          .isEqualTo(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(before.getId())
              .singleResult().getId());
      complete(r, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "同意通报"));
      complete(r, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "同意"));
      assertThat(engine.getRuntimeService().getVariable(r.processInstanceId(), "decidingGroups")).isNull();
      complete(r, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "同意"));
      assertThat(instance(r)).isWaitingAt("Task_DecideSanctionEm");
      assertThat((String) engine.getRuntimeService().getVariable(r.processInstanceId(), "reviewOpinionsLabel"))
          .contains("同意通报");
    } finally {
      engine.getRepositoryService().deleteDeployment(before.getId(), true);
    }
  }

  @Test
  void anAggravatedCaseRefusesAMeasureBelowItsBandCitingArt23AndTakesOneWithinIt() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.ORDINARY,
        Responsibility.MAIN, new CaseFacts(false, true, false, Mitigation.NONE, false, false));
    CaseView.RecommendationView recommended = service.view(r.id()).recommendation();
    assertThat(recommended.aggravated()).isTrue();
    assertThat(recommended.sanction()).as("the top of [2,3]").isEqualTo(Sanction.SUSPENSION);
    reviewAll(r);
    assertThatThrownBy(() -> complete(r, "Task_DecideSanctionOrg", "org-staff",
        decision(Sanction.CRITICISM_EDUCATION, null, "情节较轻")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("第二十三条").hasMessageContaining("诫勉");
    assertThat(service.view(r.id()).decision()).isNull();
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.ADMONISHMENT, null, "主动整改，在幅度内从轻"));
    assertThat(service.view(r.id()).decision().sanction()).isEqualTo(Sanction.ADMONISHMENT);
  }

  @Test
  void aCadreIsClearedAfterAReviewProposingNothingAndTheCaseClosesWithoutAMeasure() {
    long cadreId = cadre(CadreStatus.IN_OFFICE);
    var r = register(cadreId, Ground.DUTY_FAILURE, null, null, PLAIN);
    assertThat(service.view(r.id()).recommendation().sanction()).isEqualTo(Sanction.NOTICE);
    complete(r, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "经核实，督查发现的问题已在期限内整改到位",
        "emProposedSanction", "NONE", "emProposalReasons", "职责已履行，不应问责"));
    complete(r, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "同意"));
    complete(r, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "同意"));
    Task decide = task(r, "Task_DecideSanctionEm");
    assertThat(decide).as("the rules' deciding group decides").isNotNull();
    assertThat(task(r, "Task_DecideSanctionOrg")).isNull();
    assertThat(engine.getTaskService().getVariableLocal(decide.getId(), "decisionSanction"))
        .as("the form opens on what the review proposed for the group: nothing").isEqualTo("NONE");
    Map<String, Object> admonishment = factors("诫勉");
    admonishment.put("decisionSanction", "ADMONISHMENT");
    assertThatThrownBy(() -> complete(r, "Task_DecideSanctionEm", "em-staff", admonishment))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能从所列选项中选择");
    Map<String, Object> none = notHeld("emergency-management", "督查发现的问题系上级部署调整所致，已全面履职");
    complete(r, "Task_DecideSanctionEm", "em-staff", none);

    assertThat(instance(r)).isEnded().hasPassed("Task_CloseNotHeldAccountable", "Event_CaseNotHeldAccountable")
        .hasNotPassed("Task_IssueDecisionNotice");
    CaseView view = service.view(r.id());
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.outcome()).as("its own outcome, not Art 25/26's").isEqualTo("NOT_HELD_ACCOUNTABLE");
    assertThat(view.measures()).isEmpty();
    assertThat(view.decision().kind()).isEqualTo(DecisionKind.NOT_HELD_ACCOUNTABLE);
    assertThat(view.decision().reasons()).contains("已全面履职");
    assertThat(cadres.record(cadreId, TEST_ACCESS).sanctions()).isEmpty();
    assertThat(cadres.record(cadreId, TEST_ACCESS).restrictions()).isEmpty();
    assertThat(cadres.eligibility(cadreId, LocalDate.now(), TEST_ACCESS).eligible()).isTrue();
    String notice = noticeText(r.id());
    if (notice != null) {
      assertThat(notice).contains("关于对流程测试干部同志不予问责的决定", "广西壮族自治区应急管理厅审查认为",
          "决定对流程测试干部同志不予问责");
    }
  }

  @Test
  void anAggravatedCaseCannotBeClearedWhileItsFactsStand() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.ORDINARY,
        Responsibility.MAIN, new CaseFacts(false, true, false, Mitigation.NONE, false, false));
    reviewAll(r);
    Map<String, Object> none = notHeld("organization", "不应问责");
    assertThatThrownBy(() -> complete(r, "Task_DecideSanctionOrg", "org-staff", none))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("第二十三条").hasMessageContaining("补充新事实");
    assertThat(instance(r)).isWaitingAt("Task_DecideSanctionOrg");
  }

  /**
   * Art 26 judged against the post the case concerns: a county leader transferred to the city since the
   * year the tour inspected is departed from that post, though in office — emergency management is
   * asked whether to proceed; a case about the city post they hold now is not.
   */
  @Test
  void aCadreTransferredSinceTheFactsHasLeftThePostTheCaseConcerns() {
    long id = cadres.create(new NewCadre("调任被问责干部", "450102", CadreRole.GOVERNMENT_LEADER, "副区长", null), "test").id();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    jdbc.update("UPDATE cadre_posting SET starts_on = ? WHERE cadre_id = ?",
        java.sql.Date.valueOf(today.minusYears(2)), id);
    cadres.post(id, new cn.gx.safeduty.registry.NewPosting("450100", "南宁市副市长",
        List.of(CadreRole.GOVERNMENT_LEADER), null, null, today.minusDays(10), "提拔"), "test");
    assertThat(cadres.get(id).status()).isEqualTo(CadreStatus.IN_OFFICE);

    var old = service.register(new NewAccountabilityCase(id, Ground.DUTY_FAILURE, null, null, "去年巡查发现", PLAIN, null,
        cn.gx.safeduty.kernel.casework.CaseConcerns.year("450102", today.getYear() - 1)), "em-staff");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(old.processInstanceId())
        .taskDefinitionKey("Task_DecideWhetherToProceed").count()).isOne();

    var now = service.register(new NewAccountabilityCase(id, Ground.DUTY_FAILURE, null, null, "现职问题", PLAIN), "em-staff");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(now.processInstanceId())
        .taskDefinitionKey("Task_DecideWhetherToProceed").count()).isZero();
  }

  @Test
  void aDepartedCadreMayBeProceededAgainst() {
    var r = register(cadre(CadreStatus.TRANSFERRED), Ground.DUTY_FAILURE, null, null, PLAIN);
    complete(r, "Task_DecideWhetherToProceed", "em-staff", Map.of("proceedAgainstDeparted", "true"));
    assertThat(instance(r)).isWaitingAt("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational");
  }

  @Test
  void anEgregiousCaseGoesOnAfterPromotionWithoutAsking() {
    var r = register(cadre(CadreStatus.PROMOTED), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR,
        Responsibility.IMPORTANT, new CaseFacts(false, false, false, Mitigation.NONE, true, false));
    assertThat(instance(r)).isWaitingAt("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational")
        .hasNotPassed("Task_DecideWhetherToProceed");
    assertThat(service.view(r.id()).recommendation().articles()).contains("26");
  }

  @Test
  void aNoticeIsDecidedByEmergencyManagementAndPublished() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.DUTY_FAILURE, null, null, PLAIN);
    assertThat(service.view(r.id()).recommendation().sanction()).isEqualTo(Sanction.NOTICE);
    java.time.ZonedDateTime due = task(r, "Task_ReviewNotice").getDueDate().toInstant()
        .atZone(java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(due.toLocalTime()).as("due at the end of a working day").isEqualTo(java.time.LocalTime.of(18, 0));
    assertThat(workingDays.calendar().isWorkingDay(due.toLocalDate())).isTrue();
    assertThat(workingDays.calendar().workingDaysBetween(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
        due.toLocalDate())).as("review: 10 working days").isEqualTo(10);
    reviewAll(r);
    assertThat(instance(r)).isWaitingAt("Task_DecideSanctionEm");
    assertThat(instance(r)).task().hasCandidateGroup("emergency-management");
    complete(r, "Task_DecideSanctionEm", "em-staff", decision(Sanction.NOTICE, null, "同意规则建议"));
    assertThat(instance(r)).as("the 通报 is published at once; an appeal would not suspend it")
        .isWaitingAt("Gateway_AwaitAppeal", "Task_PublishNotice").hasPassed("Task_IssueDecisionNotice");
    assertThat(service.view(r.id()).status()).isEqualTo(CaseStatus.DECIDED);

    complete(r, "Task_PublishNotice", "em-staff", Map.of("noticeReference", "桂安委办〔2026〕1号"));
    assertThat(instance(r)).isWaitingAt("Gateway_AwaitAppeal").hasNotPassed("Task_CloseCase");
    assertThat(service.view(r.id()).status()).isEqualTo(CaseStatus.DECIDED);
    fireAppealWindow(r);
    assertThat(instance(r)).isEnded().hasPassed("Event_AppealWindowExpired", "Event_CaseClosed");
    CaseView view = service.view(r.id());
    assertThat(view.outcome()).isEqualTo("NOTICE");
    assertThat(view.restriction().kind()).isEqualTo(cn.gx.safeduty.registry.RestrictionKind.SANCTION_PERIOD);
    assertThat(view.restriction().article()).isEqualTo("21");
  }

  @Test
  void organisationalHandlingIsDecidedByTheOrganisationDepartment() {
    long cadreId = cadre(CadreStatus.IN_OFFICE);
    var r = register(cadreId, Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.ORDINARY, Responsibility.MAIN, PLAIN);
    assertThat(service.view(r.id()).recommendation().sanction()).isEqualTo(Sanction.ADMONISHMENT);
    reviewAll(r);
    assertThat(instance(r)).isWaitingAt("Task_DecideSanctionOrg");
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.ADMONISHMENT, null, "同意"));
    fireAppealWindow(r);
    assertThat(instance(r)).isEnded().hasPassed("Task_IssueDecisionNotice", "Task_CloseCase")
        .hasNotPassed("Task_PublishNotice");

    CaseView view = service.view(r.id());
    assertThat(view.outcome()).isEqualTo("ADMONISHMENT");
    assertThat(view.restriction().kind()).isEqualTo(cn.gx.safeduty.registry.RestrictionKind.ONE_VOTE_VETO);
    assertThat(view.restriction().article()).isEqualTo("22");
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    assertThat(view.restriction().endsOn()).isEqualTo(today.plusMonths(6));
    Eligibility eligibility = cadres.eligibility(cadreId, today, TEST_ACCESS);
    assertThat(eligibility.eligible()).isFalse();
    assertThat(eligibility.restrictions()).singleElement()
        .satisfies(b -> assertThat(b.caseId()).isEqualTo(r.caseNumber()));
    assertThat(cadres.eligibility(cadreId, today.plusMonths(6), TEST_ACCESS).eligible()).isTrue();
    assertThat(cadres.record(cadreId, TEST_ACCESS).sanctions()).singleElement()
        .satisfies(s -> assertThat(s.sanction()).isEqualTo("ADMONISHMENT"));
  }

  @Test
  void aDisciplinarySanctionIsDecidedByDisciplineInspection() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY,
        AccidentGrade.EXTRAORDINARILY_MAJOR, Responsibility.MAIN, new CaseFacts(false, true, false, Mitigation.NONE, false, false));
    assertThat(service.view(r.id()).recommendation().decidingGroup()).isEqualTo("discipline-inspection");
    reviewAll(r);
    assertThat(instance(r)).isWaitingAt("Task_DecideSanctionDi");
    assertThatThrownBy(() -> complete(r, "Task_DecideSanctionDi", "di-staff",
        decision(Sanction.DISCIPLINARY_SANCTION, null, "从重")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("党纪处分或者政务处分的种类");
    complete(r, "Task_DecideSanctionDi", "di-staff",
        decision(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.MAJOR_DEMERIT, "从重"));
    fireAppealWindow(r);
    CaseView view = service.view(r.id());
    assertThat(view.outcome()).isEqualTo("DISCIPLINARY_SANCTION");
    assertThat(view.decision().disciplinaryKind()).isEqualTo(DisciplinaryKind.MAJOR_DEMERIT);
    assertThat(view.restriction().endsOn()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(18));
  }

  @Test
  void aGroupDecidesOnlyWithinItsAuthority() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.DUTY_FAILURE, null, null, PLAIN);
    reviewAll(r);
    Map<String, Object> admonishment = factors("情节较重，拟诫勉");
    admonishment.put("decisionSanction", "ADMONISHMENT");
    assertThatThrownBy(() -> complete(r, "Task_DecideSanctionEm", "em-staff", admonishment))
        .as("the lane's form offers only its own measures, and the server holds to them")
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能从所列选项中选择");
    assertThat(service.view(r.id()).measures()).isEmpty();
    complete(r, "Task_DecideSanctionEm", "em-staff", decision(Sanction.NOTICE, null, "同意规则建议"));
    assertThat(instance(r)).isWaitingAt("Gateway_AwaitAppeal");
    CaseView view = service.view(r.id());
    assertThat(view.decision().decidingGroup()).isEqualTo("emergency-management");
    assertThat(view.decision().recommended()).isEqualTo(Sanction.NOTICE);
  }

  /** Art 28 分别负责: 处分 by discipline inspection and 免职 by the organisation department, decided in parallel, one notice. */
  @Test
  void twoDepartmentsDecideTheirOwnMeasuresInParallel() {
    long cadreId = cadre(CadreStatus.IN_OFFICE);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    var r = register(cadreId, Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR, Responsibility.MAIN, PLAIN);
    assertThat(service.view(r.id()).recommendation().sanction()).isEqualTo(Sanction.DEMOTION);
    complete(r, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "无需通报", "emProposedSanction", "NONE"));
    assertThatThrownBy(() -> complete(r, "Task_ReviewDiscipline", "di-staff",
        Map.of("diOpinion", "应予处分", "diProposedSanction", "REMOVAL", "diProposalReasons", "x")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能从所列选项中选择");
    complete(r, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "应予处分",
        "diProposedSanction", "DISCIPLINARY_SANCTION", "diProposalReasons", "违反党的纪律"));
    complete(r, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "应予免职",
        "orgProposedSanction", "REMOVAL", "orgProposalReasons", "不宜继续担任现职"));
    assertThat(instance(r)).isWaitingAt("Task_DecideSanctionDi", "Task_DecideSanctionOrg");

    complete(r, "Task_DecideSanctionDi", "di-staff",
        decision(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.PARTY_SERIOUS_WARNING, "违反党的纪律"));
    assertThat(instance(r)).as("issued when the last has decided").isWaitingAt("Task_DecideSanctionOrg");
    assertThat(engine.getTaskService().getVariables(task(r, "Task_DecideSanctionOrg").getId(),
        List.of("postDuties", "decisionReasons")))
        .as("the organisation department's form opens on its own blank fields, not on discipline inspection's")
        .containsEntry("postDuties", null).containsEntry("decisionReasons", null);
    assertThat(cadres.eligibility(cadreId, today, TEST_ACCESS).eligible()).isTrue();
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.REMOVAL, null, "不宜继续担任现职"));
    assertThat(instance(r)).isWaitingAt("Gateway_AwaitAppeal");

    CaseView view = service.view(r.id());
    assertThat(view.measures()).extracting(Measure::sanction, Measure::decidingGroup, Measure::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Sanction.DISCIPLINARY_SANCTION, "discipline-inspection", Measure.Status.IN_FORCE),
            org.assertj.core.groups.Tuple.tuple(Sanction.REMOVAL, "organization", Measure.Status.IN_FORCE));
    assertThat(view.outcome()).as("the most severe").isEqualTo("DISCIPLINARY_SANCTION");
    assertThat(view.restrictionHistory()).as("for each thing barred the longest of the measures'")
        .extracting(CaseView.RestrictionView::bars, CaseView.RestrictionView::endsOn).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT),
                today.plusMonths(18)),
            org.assertj.core.groups.Tuple.tuple(List.of(Barred.EQUIVALENT), today.plusMonths(12)),
            org.assertj.core.groups.Tuple.tuple(List.of(Barred.PROMOTION), today.plusMonths(24)));
    assertThat(cadres.record(cadreId, TEST_ACCESS).sanctions())
        .extracting(s -> s.sanction(), s -> s.kind(), s -> s.sanctionName())
        .as("each measure with its kind").containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("DISCIPLINARY_SANCTION", "PARTY_SERIOUS_WARNING", "党纪处分：党内严重警告"),
            org.assertj.core.groups.Tuple.tuple("REMOVAL", null, "免职"));
    Eligibility eligibility = cadres.eligibility(cadreId, today, TEST_ACCESS);
    assertThat(eligibility.restrictions()).extracting(Eligibility.Blocking::measure).as("naming the measure")
        .containsExactlyInAnyOrder("党纪处分：党内严重警告", "免职", "免职");
    assertThat(eligibility.appointments()).as("per kind of appointment, the longest")
        .extracting(a -> a.kind(), a -> a.eligible(), a -> a.until(), a -> a.measure()).containsExactly(
            org.assertj.core.groups.Tuple.tuple(AppointmentKind.PROMOTION, false, today.plusMonths(24), "免职"),
            org.assertj.core.groups.Tuple.tuple(AppointmentKind.IMPORTANT_APPOINTMENT, false, today.plusMonths(18),
                "党纪处分：党内严重警告"),
            org.assertj.core.groups.Tuple.tuple(AppointmentKind.EQUIVALENT, false, today.plusMonths(12), "免职"),
            org.assertj.core.groups.Tuple.tuple(AppointmentKind.OTHER, true, null, null));
    String notice = noticeText(r.id());
    if (notice != null) {
      assertThat(notice).contains("中共广西壮族自治区纪律检查委员会决定给予流程测试干部同志党内严重警告处分",
          "中共广西壮族自治区委员会组织部决定对流程测试干部同志予以免职", "申诉期间，不停止本决定的执行")
          .doesNotContain("复审");
    }

    long removal = view.measures().stream().filter(m -> m.sanction() == Sanction.REMOVAL).findFirst().orElseThrow().id();
    service.appeal(r.id(), "免职过重", List.of(removal), "em-staff");
    assertThat(instance(r)).as("only the group whose measure is contested").isWaitingAt("Task_ReviewAppealOrg");
    complete(r, "Task_ReviewAppealOrg", "org-staff",
        Map.of("appealOutcome", "CHANGE", "appealSanction", "REASSIGNMENT", "appealDecisionReasons", "调整职务即可"));
    assertThat(instance(r)).isEnded();
    CaseView amended = service.view(r.id());
    assertThat(amended.measures()).extracting(Measure::sanction, Measure::status).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Sanction.DISCIPLINARY_SANCTION, Measure.Status.IN_FORCE),
        org.assertj.core.groups.Tuple.tuple(Sanction.REMOVAL, Measure.Status.CHANGED),
        org.assertj.core.groups.Tuple.tuple(Sanction.REASSIGNMENT, Measure.Status.IN_FORCE));
    assertThat(amended.restriction().endsOn()).isEqualTo(today.plusMonths(18));
  }

  /**
   * Several measures from one department: discipline inspection decides a 党纪处分 and a 政务处分 in one task,
   * the organisation department a 免职 ten days later; three measures, each with its kind, each restriction
   * counted from its own decision's date, the longest per scope in force.
   */
  @Test
  void disciplineInspectionGivesPartyAndGovernmentSanctionsTogetherAndTheOrganisationARemoval() {
    long cadreId = cadre(CadreStatus.IN_OFFICE);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    var r = register(cadreId, Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR, Responsibility.MAIN, PLAIN);
    complete(r, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "无需通报", "emProposedSanction", "NONE"));
    complete(r, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "应予处分",
        "diProposedSanction", "DISCIPLINARY_SANCTION", "diProposalReasons", "违反党的纪律和政务纪律"));
    complete(r, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "应予免职",
        "orgProposedSanction", "REMOVAL", "orgProposalReasons", "不宜继续担任现职"));

    Map<String, Object> bothKinds = decision(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.PARTY_SERIOUS_WARNING, "违纪");
    bothKinds.put("partyDisciplineKind", "DEMERIT");
    assertThatThrownBy(() -> complete(r, "Task_DecideSanctionDi", "di-staff", bothKinds))
        .as("a 政务处分 kind is no 党纪处分").isInstanceOf(ProcessEngineException.class);
    bothKinds.put("partyDisciplineKind", "PARTY_SERIOUS_WARNING");
    bothKinds.put("governmentSanctionKind", "DEMERIT");
    complete(r, "Task_DecideSanctionDi", "di-staff", bothKinds);
    // discipline inspection decided ten days before the organisation department
    jdbc.update("UPDATE accountability_measure SET decided_at = ? WHERE case_id = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(10))), r.id());
    LocalDate diDecided = today.minusDays(10);
    Map<String, Object> withNone = decision(Sanction.REMOVAL, null, "不宜继续担任现职");
    withNone.put("decisionMeasures", List.of("REMOVAL", "NONE"));
    assertThatThrownBy(() -> complete(r, "Task_DecideSanctionOrg", "org-staff", withNone))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("不再选择其他问责方式");
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.REMOVAL, null, "不宜继续担任现职"));
    assertThat(instance(r)).isWaitingAt("Gateway_AwaitAppeal");

    CaseView view = service.view(r.id());
    assertThat(view.measures()).extracting(Measure::sanction, Measure::disciplinaryKind, Measure::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.PARTY_SERIOUS_WARNING,
                Measure.Status.IN_FORCE),
            org.assertj.core.groups.Tuple.tuple(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.DEMERIT,
                Measure.Status.IN_FORCE),
            org.assertj.core.groups.Tuple.tuple(Sanction.REMOVAL, null, Measure.Status.IN_FORCE));
    assertThat(cadres.record(cadreId, TEST_ACCESS).sanctions()).extracting(s -> s.kind(), s -> s.sanctionName())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("PARTY_SERIOUS_WARNING", "党纪处分：党内严重警告"),
            org.assertj.core.groups.Tuple.tuple("DEMERIT", "政务处分：记过"),
            org.assertj.core.groups.Tuple.tuple(null, "免职"));
    assertThat(view.restrictionHistory()).as("for each thing barred the longest, each from its own measure's date")
        .extracting(CaseView.RestrictionView::bars, CaseView.RestrictionView::startsOn,
            CaseView.RestrictionView::endsOn).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT),
                diDecided, diDecided.plusMonths(18)),
            org.assertj.core.groups.Tuple.tuple(List.of(Barred.EQUIVALENT), today, today.plusMonths(12)),
            org.assertj.core.groups.Tuple.tuple(List.of(Barred.PROMOTION), today, today.plusMonths(24)));
    assertThat(cadres.eligibility(cadreId, today, TEST_ACCESS).restrictions())
        .extracting(Eligibility.Blocking::measure).containsExactlyInAnyOrder("党纪处分：党内严重警告", "免职", "免职");
    String notice = noticeText(r.id());
    if (notice != null) {
      cn.gx.safeduty.support.OfficialPdf.read(notices.render(r.id()).pdf())
          .firstPageTo(java.nio.file.Path.of("target", "documents", "decision-notice.png"));
      assertThat(notice).as("each measure with its own basis and remedy: 复审、复核 for 政务处分").contains(
          "依据《中国共产党纪律处分条例》第八条，中共广西壮族自治区纪律检查委员会决定给予流程测试干部同志党内严重警告处分",
          "依据《中华人民共和国公职人员政务处分法》第七条，广西壮族自治区监察委员会决定给予流程测试干部同志政务记过处分",
          "中共广西壮族自治区委员会组织部决定对流程测试干部同志予以免职", "向广西壮族自治区监察委员会申请复审",
          "申请复核", "向中共广西壮族自治区纪律检查委员会提出书面申诉", "申诉、复审、复核期间，不停止本决定的执行");
    }

    // an appeal against both 处分: a change to another 党纪处分 kind leaves the 政务处分 as it was
    List<Long> disciplinary = view.measures().stream().filter(m -> m.sanction() == Sanction.DISCIPLINARY_SANCTION)
        .map(Measure::id).toList();
    service.appeal(r.id(), "处分过重", disciplinary, "em-staff");
    assertThat(service.view(r.id()).steps()).as("a 政务处分 is contested by asking for its 复审")
        .anySatisfy(s -> assertThat(s.stepName()).isEqualTo("受理申诉和复审申请"));
    complete(r, "Task_ReviewAppealDi", "di-staff", Map.of("appealOutcome", "CHANGE", "appealSanction",
        "DISCIPLINARY_SANCTION", "appealDisciplinaryKind", "PARTY_WARNING", "appealDecisionReasons", "情节较轻"));
    assertThat(instance(r)).isEnded().hasPassed("Event_CaseClosed");
    try {
      cn.gx.safeduty.support.OfficialPdf answer = cn.gx.safeduty.support.OfficialPdf.read(
          notices.appealDecision(r.id()).pdf()).isOfficialFrom(List.of("中共广西壮族自治区纪律检查委员会", "广西壮族自治区监察委员会"));
      answer.firstPageTo(java.nio.file.Path.of("target", "documents", "appeal-decision-notice.png"));
      assertThat(answer.text()).doesNotContain("予以免职").contains("关于流程测试干部同志申诉和复审申请的复查决定", "处分过重",
          "中共广西壮族自治区纪律检查委员会、广西壮族自治区监察委员会复查、复审认为，情节较轻，决定变更为给予流程测试干部同志党内警告处分",
          "申请复核", "复核期间，不停止本决定的执行");
    } catch (cn.gx.safeduty.kernel.document.DocumentFontMissingException noFont) {
      // a machine without the fonts answers 503 (AccountabilityApiTest); CI has them
    }
    assertThat(service.view(r.id()).measures()).extracting(Measure::disciplinaryKind, Measure::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(DisciplinaryKind.PARTY_SERIOUS_WARNING, Measure.Status.CHANGED),
            org.assertj.core.groups.Tuple.tuple(DisciplinaryKind.DEMERIT, Measure.Status.IN_FORCE),
            org.assertj.core.groups.Tuple.tuple(null, Measure.Status.IN_FORCE),
            org.assertj.core.groups.Tuple.tuple(DisciplinaryKind.PARTY_WARNING, Measure.Status.IN_FORCE));
  }

  @Test
  void aSuspectedDutyCrimeIsReferredAlongsideTheReview() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.OBSTRUCTION, null, null,
        new CaseFacts(false, false, false, Mitigation.NONE, false, true));
    assertThat(instance(r)).isWaitingAt("Task_ReviewNotice", "Task_ReviewDiscipline", "Task_ReviewOrganizational",
        "Task_ReferDutyCrime");
    assertThat(task(r, "Task_ReferDutyCrime").getDueDate()).isNotNull();
    reviewAll(r);
    assertThat(instance(r)).isWaitingAt("Task_ReferDutyCrime");
    complete(r, "Task_ReferDutyCrime", "di-staff", Map.of("crimeReferred", "true", "referralOrgan", "南宁市监察委员会"));
    assertThat(instance(r)).isWaitingAt("Task_DecideSanctionOrg");
    assertThat(service.view(r.id()).steps()).anySatisfy(s -> assertThat(s.outcome()).isEqualTo("已移送南宁市监察委员会"));
    assertThat(task(r, "Task_DecideSanctionOrg").getName()).isEqualTo("作出问责决定");
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.SUSPENSION, null, "同意"));
    String notice = noticeText(r.id());
    if (notice != null) {
      assertThat(notice).contains("涉嫌职务违法犯罪的问题，已移送南宁市监察委员会依法调查处置");
    }
  }

  @Autowired
  DecisionNoticeDocument notices;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** The notice's text without line breaks, or null where this machine has no Chinese font. */
  String noticeText(long caseId) {
    try {
      return cn.gx.safeduty.support.OfficialPdf.read(notices.render(caseId).pdf()).isOfficial().text();
    } catch (cn.gx.safeduty.kernel.document.DocumentFontMissingException noFont) {
      return null;
    }
  }

  @Test
  void aProposalWithoutReasonsIsRefused() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.DUTY_FAILURE, null, null, PLAIN);
    assertThatThrownBy(() -> complete(r, "Task_ReviewOrganizational", "org-staff",
        Map.of("orgOpinion", "应加重", "orgProposedSanction", "ADMONISHMENT")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("第二十七条");
    complete(r, "Task_ReviewOrganizational", "org-staff",
        Map.of("orgOpinion", "应加重", "orgProposedSanction", "ADMONISHMENT", "orgProposalReasons", "多次督办未改"));
    assertThat(service.view(r.id()).steps()).anySatisfy(s -> {
      assertThat(s.proposed()).isEqualTo("ADMONISHMENT");
      assertThat(s.remarks()).contains("多次督办未改");
    });
  }

  /** 申诉期间，不停止本决定的执行: the measure and the restriction are in the record the moment the decision is issued. */
  @Test
  void aDecisionTakesEffectWhenIssuedAndARevocationLiftsIt() {
    long cadreId = cadre(CadreStatus.IN_OFFICE);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    var r = register(cadreId, Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR, Responsibility.MAIN, PLAIN);
    reviewAll(r);
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.DEMOTION, null, "同意规则建议"));
    assertThat(instance(r)).as("the appeal window runs").isWaitingAt("Gateway_AwaitAppeal");

    CaseView decided = service.view(r.id());
    assertThat(decided.outcome()).isEqualTo("DEMOTION");
    assertThat(decided.restriction().startsOn()).isEqualTo(today);
    assertThat(decided.restriction().endsOn()).isEqualTo(today.plusMonths(24));
    Eligibility during = cadres.eligibility(cadreId, today, TEST_ACCESS);
    assertThat(during.eligible()).isFalse();
    assertThat(during.restrictions()).singleElement().satisfies(b -> {
      assertThat(b.article()).isEqualTo("22");
      assertThat(b.endsOn()).isEqualTo(today.plusMonths(24));
    });
    assertThat(cadres.record(cadreId, TEST_ACCESS).sanctions()).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(cn.gx.safeduty.registry.SafetyRecord.SanctionStatus.IN_FORCE));

    service.appeal(r.id(), "事故发生时已调离分管岗位", null, "em-staff");
    assertThat(cadres.eligibility(cadreId, today, TEST_ACCESS).eligible()).as("the appeal does not suspend the decision").isFalse();
    complete(r, "Task_ReviewAppealOrg", "org-staff", Map.of("appealOutcome", "REVOKE", "appealDecisionReasons", "分管调整在事故之前"));

    assertThat(cadres.eligibility(cadreId, today, TEST_ACCESS).eligible()).isTrue();
    CaseView revoked = service.view(r.id());
    assertThat(revoked.outcome()).isEqualTo("NOT_PURSUED");
    assertThat(revoked.restriction()).isNull();
    assertThat(revoked.restrictionHistory()).singleElement().satisfies(h -> {
      assertThat(h.liftedOn()).isEqualTo(today);
      assertThat(h.liftReason()).contains("撤销", "分管调整在事故之前");
    });
    assertThat(cadres.record(cadreId, TEST_ACCESS).sanctions()).singleElement().satisfies(s -> {
      assertThat(s.status()).isEqualTo(cn.gx.safeduty.registry.SafetyRecord.SanctionStatus.REVOKED);
      assertThat(s.endedOn()).isEqualTo(today);
    });
  }

  /** A changed measure replaces the old one in the record; its restriction counts from the original decision. */
  @Test
  void aChangeOnAppealAmendsTheRecordAndKeepsTheHistory() {
    long cadreId = cadre(CadreStatus.IN_OFFICE);
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    var r = register(cadreId, Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR, Responsibility.MAIN, PLAIN);
    reviewAll(r);
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.DEMOTION, null, "同意规则建议"));
    service.appeal(r.id(), "处理过重", null, "em-staff");
    complete(r, "Task_ReviewAppealOrg", "org-staff",
        Map.of("appealOutcome", "CHANGE", "appealSanction", "ADMONISHMENT", "appealDecisionReasons", "情节较轻"));
    CaseView changed = service.view(r.id());
    assertThat(changed.outcome()).isEqualTo("ADMONISHMENT");
    assertThat(changed.restriction().endsOn()).isEqualTo(today.plusMonths(6));
    assertThat(changed.restrictionHistory()).extracting(CaseView.RestrictionView::endsOn, CaseView.RestrictionView::liftedOn)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(today.plusMonths(24), today),
            org.assertj.core.groups.Tuple.tuple(today.plusMonths(6), null));
    assertThat(cadres.record(cadreId, TEST_ACCESS).sanctions()).extracting(s -> s.sanction(), s -> s.status()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("DEMOTION", cn.gx.safeduty.registry.SafetyRecord.SanctionStatus.CHANGED),
        org.assertj.core.groups.Tuple.tuple("ADMONISHMENT", cn.gx.safeduty.registry.SafetyRecord.SanctionStatus.IN_FORCE));
    assertThat(instance(r)).isEnded().hasPassed("Event_CaseClosed");
  }

  @Test
  void aPublishedNoticeRevokedOnAppealIsWithdrawnByACorrectingNotice() {
    var r = decidedNotice();
    complete(r, "Task_PublishNotice", "em-staff", Map.of("noticeReference", "桂安委办〔2026〕2号"));
    service.appeal(r.id(), "不应问责", null, "em-staff");
    complete(r, "Task_ReviewAppealEm", "em-staff", Map.of("appealOutcome", "REVOKE", "appealDecisionReasons", "证据不足"));
    assertThat(instance(r)).isWaitingAt("Task_WithdrawNotice");
    assertThat(instance(r)).task().hasCandidateGroup("emergency-management");
    assertThatThrownBy(() -> complete(r, "Task_WithdrawNotice", "em-staff", Map.of("correctionRemarks", "收回")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("更正通报文号");
    complete(r, "Task_WithdrawNotice", "em-staff",
        Map.of("correctionReference", "桂安委办〔2026〕3号", "correctionRemarks", "收回桂安委办〔2026〕2号通报"));
    assertThat(instance(r)).isEnded().hasPassed("Event_DecisionRevoked");
    CaseView view = service.view(r.id());
    assertThat(view.outcome()).isEqualTo("NOT_PURSUED");
    assertThat(view.restriction()).isNull();
    assertThat(view.steps()).extracting(CaseStep::step).containsSubsequence("Task_PublishNotice", "APPEAL",
        "Task_ReviewAppealEm", "Task_WithdrawNotice");
    assertThat(view.steps()).filteredOn(s -> s.step().equals("Task_WithdrawNotice")).singleElement()
        .extracting(CaseStep::remarks).asString().contains("桂安委办〔2026〕3号");
  }

  @Test
  void anAppealUpheldLeavesTheDecision() {
    var r = decidedNotice();
    service.appeal(r.id(), "事实认定有误", null, "em-staff");
    assertThat(instance(r)).isWaitingAt("Task_ReviewAppealEm");
    assertThat(service.view(r.id()).status()).isEqualTo(CaseStatus.APPEALED);
    complete(r, "Task_ReviewAppealEm", "em-staff", Map.of("appealOutcome", "UPHOLD", "appealDecisionReasons", "事实清楚"));
    assertThat(instance(r)).isWaitingAt("Task_PublishNotice");
    assertThat(service.view(r.id()).decisions()).extracting(CaseView.DecisionView::kind)
        .containsExactly(DecisionKind.DECISION, DecisionKind.APPEAL_UPHELD);
  }

  @Test
  void aNoticeOnAppealIsUpheldOrRevokedButHasNothingWithinAuthorityToChangeTo() {
    var r = decidedNotice();
    service.appeal(r.id(), "处理过重", null, "em-staff");
    assertThatThrownBy(() -> complete(r, "Task_ReviewAppealEm", "em-staff",
        Map.of("appealOutcome", "CHANGE", "appealSanction", "ADMONISHMENT", "appealDecisionReasons", "x")))
        .as("emergency management's appeal form has no measure to change to").isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("appealSanction");
    assertThatThrownBy(() -> complete(r, "Task_ReviewAppealEm", "em-staff",
        Map.of("appealOutcome", "CHANGE", "appealDecisionReasons", "x")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能从所列选项中选择");
    complete(r, "Task_ReviewAppealEm", "em-staff",
        Map.of("appealOutcome", "UPHOLD", "appealDecisionReasons", "事实清楚，处理适当"));
    assertThat(service.view(r.id()).decision().kind()).isEqualTo(DecisionKind.APPEAL_UPHELD);
  }

  @Test
  void anAppealMayRevokeTheDecision() {
    var r = decidedNotice();
    service.appeal(r.id(), "不应问责", null, "em-staff");
    complete(r, "Task_ReviewAppealEm", "em-staff", Map.of("appealOutcome", "REVOKE", "appealDecisionReasons", "证据不足"));
    assertThat(instance(r)).isEnded().hasPassed("Task_CloseRevoked", "Event_NoticeRevoked")
        .hasNotPassed("Task_WithdrawNotice");
    CaseView view = service.view(r.id());
    assertThat(view.steps()).extracting(CaseStep::outcome).doesNotContain("PUBLISHED");
    assertThat(view.outcome()).isEqualTo("NOT_PURSUED");
    assertThat(view.restriction()).isNull();
  }

  @Test
  void newFactsReopenTheReview() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR,
        Responsibility.MAIN, PLAIN);
    complete(r, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "同意"));
    service.newFacts(r.id(), new CaseFacts(true, false, false, Mitigation.NONE, false, false), "补充调查结论", "em-staff");
    assertThat(instance(r)).isWaitingAt("Task_ConfirmExemption");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(r.processInstanceId())
        .count()).isEqualTo(1);
    CaseView view = service.view(r.id());
    assertThat(view.recommendation().exempted()).isTrue();
    assertThat(view.openTasks()).extracting(cn.gx.safeduty.kernel.task.OpenTasks.OpenTask::taskDefinitionKey).containsExactly("Task_ConfirmExemption");
  }

  /** Each round of review records only what that round's form carried, not a proposal left from the one before. */
  @Test
  void aSecondReviewRoundKeepsNothingOfTheFirst() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.DUTY_FAILURE, null, null, PLAIN);
    complete(r, "Task_ReviewOrganizational", "org-staff",
        Map.of("orgOpinion", "应加重", "orgProposedSanction", "ADMONISHMENT", "orgProposalReasons", "多次督办未改"));
    service.newFacts(r.id(), new CaseFacts(false, false, false, Mitigation.LIGHTER, false, false), "已整改", "em-staff");
    complete(r, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "同意规则建议"));
    assertThat(service.view(r.id()).steps()).filteredOn(s -> s.step().equals("Task_ReviewOrganizational"))
        .extracting(CaseStep::proposed).containsExactly("ADMONISHMENT", null);
  }

  /** The lifecycle moves a case only along its transitions, whoever calls it. */
  @Test
  void aClosedCaseMovesNoFurther() {
    var r = register(cadre(CadreStatus.RETIRED), Ground.DUTY_FAILURE, null, null, PLAIN);
    complete(r, "Task_DecideWhetherToProceed", "em-staff",
        Map.of("proceedAgainstDeparted", "false", "proceedingRemarks", "已退休"));
    assertThat(service.view(r.id()).status()).isEqualTo(CaseStatus.CLOSED);
    assertThatThrownBy(() -> lifecycle.reopen(r.id(), PLAIN, null, "em-staff"))
        .isInstanceOf(cn.gx.safeduty.kernel.ConflictException.class).hasMessageContaining("CLOSED");
    assertThatThrownBy(() -> lifecycle.appeal(r.id(), "x", null, "em-staff"))
        .isInstanceOf(cn.gx.safeduty.kernel.ConflictException.class);
    assertThat(CaseStatus.APPEALED.mayBecome(CaseStatus.CLOSED)).isFalse();
    assertThat(CaseStatus.UNDER_REVIEW.mayBecome(CaseStatus.APPEALED)).isFalse();
  }

  /** New facts while one group has decided and another not: the review starts again and the half-made decision is not issued. */
  @Test
  void newFactsDropAMeasureNotYetIssued() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.ACCIDENT_RESPONSIBILITY, AccidentGrade.MAJOR,
        Responsibility.MAIN, PLAIN);
    complete(r, "Task_ReviewNotice", "em-staff", Map.of("emOpinion", "同意"));
    complete(r, "Task_ReviewDiscipline", "di-staff", Map.of("diOpinion", "应予处分",
        "diProposedSanction", "DISCIPLINARY_SANCTION", "diProposalReasons", "违纪"));
    complete(r, "Task_ReviewOrganizational", "org-staff", Map.of("orgOpinion", "同意"));
    complete(r, "Task_DecideSanctionDi", "di-staff",
        decision(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.PARTY_WARNING, "违纪"));
    assertThat(service.view(r.id()).measures()).hasSize(1);
    service.newFacts(r.id(), PLAIN, "补充调查", "em-staff");
    assertThat(service.view(r.id()).measures()).isEmpty();
    reviewAll(r);
    complete(r, "Task_DecideSanctionOrg", "org-staff", decision(Sanction.DEMOTION, null, "同意"));
    assertThat(service.view(r.id()).measures()).extracting(Measure::sanction).containsExactly(Sanction.DEMOTION);
  }

  @Test
  void newFactsAndAppealsAreRefusedOutsideTheirPhase() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.DUTY_FAILURE, null, null, PLAIN);
    assertThatThrownBy(() -> service.appeal(r.id(), "x", null, "em-staff"))
        .isInstanceOf(cn.gx.safeduty.kernel.ConflictException.class);
    var decided = decidedNotice();
    assertThatThrownBy(() -> service.newFacts(decided.id(), PLAIN, null, "em-staff"))
        .isInstanceOf(cn.gx.safeduty.kernel.ConflictException.class);
  }

  private OpenedCase decidedNotice() {
    var r = register(cadre(CadreStatus.IN_OFFICE), Ground.DUTY_FAILURE, null, null, PLAIN);
    reviewAll(r);
    complete(r, "Task_DecideSanctionEm", "em-staff", decision(Sanction.NOTICE, null, "同意"));
    assertThat(instance(r)).isWaitingAt("Gateway_AwaitAppeal");
    return r;
  }

  static List<String> keys(List<Task> tasks) {
    return tasks.stream().map(Task::getTaskDefinitionKey).toList();
  }
}
