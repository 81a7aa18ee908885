package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.task.FormFields;
import cn.gx.safeduty.kernel.task.Step;
import cn.gx.safeduty.kernel.task.StepDeclarations;
import cn.gx.safeduty.kernel.task.StepRefusedException;
import cn.gx.safeduty.kernel.task.TaskStep;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The accountability process's user tasks, each declared once: what it must carry and how it is written
 * down. Art 27: a proposal or a departure from the recommendation needs written reasons; a decision
 * writes down post duties, performance and conditions. Art 28: each group proposes, decides and changes
 * only the measures within its authority (分别负责). The case is the one the instance belongs to in
 * SafeDuty's table, and the recommendation a proposal is measured against is the latest the rules made
 * for it, read once per completion, never a field of the form.
 */
@Component
public class AccountabilitySteps implements StepDeclarations {

  public static final String CONFIRM_EXEMPTION = "Task_ConfirmExemption";
  public static final String DECIDE_PROCEEDING = "Task_DecideWhetherToProceed";
  public static final String REVIEW_NOTICE = "Task_ReviewNotice";
  public static final String REVIEW_DISCIPLINE = "Task_ReviewDiscipline";
  public static final String REVIEW_ORGANIZATIONAL = "Task_ReviewOrganizational";
  public static final String REFER_DUTY_CRIME = "Task_ReferDutyCrime";
  public static final String DECIDE_SANCTION_EM = "Task_DecideSanctionEm";
  public static final String DECIDE_SANCTION_DI = "Task_DecideSanctionDi";
  public static final String DECIDE_SANCTION_ORG = "Task_DecideSanctionOrg";
  public static final String REVIEW_APPEAL_EM = "Task_ReviewAppealEm";
  public static final String REVIEW_APPEAL_DI = "Task_ReviewAppealDi";
  public static final String REVIEW_APPEAL_ORG = "Task_ReviewAppealOrg";
  public static final String PUBLISH_NOTICE = "Task_PublishNotice";
  public static final String WITHDRAW_NOTICE = "Task_WithdrawNotice";

  /** How a referral's step outcome begins, before the organ's name. */
  static final String REFERRED = "已移送";

  /** The outcome a published 通报's step is kept with. */
  static final String PUBLISHED = "PUBLISHED";

  /** The joint-review steps (Art 28) whose opinions the deciding group reads: the three reviews and the crime referral. */
  public static final Set<String> JOINT_REVIEW = Set.of(REVIEW_NOTICE, REVIEW_DISCIPLINE, REVIEW_ORGANIZATIONAL,
      REFER_DUTY_CRIME);

  /** What a proposal or decision field holds when the department proposes or decides no measure of its own. */
  static final String NO_MEASURE = "NONE";

  /** Whether any deciding group has decided a measure: the gateway after the decisions routes on it. */
  static final String MEASURES_DECIDED = "measuresDecided";

  /** The case a step works on and the rules' latest recommendation for it, read once per completion. */
  record Reading(TaskStep step, AccountabilityCase c, Recommendation recommended) {
  }

  /** A step as the case's history keeps it: its outcome, the measure proposed, the remarks. */
  record Outcome(String outcome, String proposed, String remarks) {
  }

  /** A group's decision: its measures (none for 不予问责) with the Art 27 factors. */
  record Decided(Outcome outcome, List<CaseLifecycle.Chosen> measures, String postDuties, String performance,
      String conditions, String reasons) {
  }

  record Answered(Outcome outcome, AppealOutcome answer, Sanction changedTo, DisciplinaryKind changedKind,
      String reasons) {
  }

  /**
   * Each lane's decision form: emergency management's one measure; discipline inspection's 处分 with a
   * 党纪处分 kind, a 政务处分 kind or both; the organisation department's one or several measures.
   */
  private static final List<String> DECISION_FIELDS = List.of("decisionSanction", "postDuties", "dutyPerformance",
      "dutyConditions", "decisionReasons");
  private static final List<String> DISCIPLINARY_DECISION_FIELDS = List.of("decisionSanction", "partyDisciplineKind",
      "governmentSanctionKind", "postDuties", "dutyPerformance", "dutyConditions", "decisionReasons");
  private static final List<String> ORGANIZATIONAL_DECISION_FIELDS = List.of("decisionMeasures", "postDuties",
      "dutyPerformance", "dutyConditions", "decisionReasons");
  /** Each lane's appeal form: emergency management's only upholds or revokes (通报 has nothing to change to). */
  private static final List<String> NOTICE_APPEAL_FIELDS = List.of("appealOutcome", "appealDecisionReasons");
  private static final List<String> APPEAL_FIELDS = List.of("appealOutcome", "appealSanction",
      "appealDecisionReasons");
  private static final List<String> DISCIPLINARY_APPEAL_FIELDS = List.of("appealOutcome", "appealSanction",
      "appealDisciplinaryKind", "appealDecisionReasons");

  private final AccountabilityCaseRepository cases;
  private final CaseLifecycle lifecycle;

  private final cn.gx.safeduty.registry.DocumentIssuers issuers;

  public AccountabilitySteps(AccountabilityCaseRepository cases, CaseLifecycle lifecycle,
      cn.gx.safeduty.registry.DocumentIssuers issuers) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.issuers = issuers;
  }

  @Override
  public String processKey() {
    return AccountabilityCaseService.PROCESS_KEY;
  }

  @Override
  public List<Step<?, ?>> steps() {
    return List.of(
        Step.task(CONFIRM_EXEMPTION).of(this::reading)
            .reads(List.of("exemptionConfirmed", "exemptionRemarks"), AccountabilitySteps::exemption)
            .records((r, o, step, task) -> {
              written(r, o);
              if (o.outcome().equals("NOT_CONFIRMED")) {
                // the exemption is no longer in play: the forms show the recommendation without it, and a
                // later 不予追究 (a departed cadre not proceeded against) does not cite Art 25
                task.getExecution().setVariable("exempted", false);
                if (r.recommended() != null) {
                  task.getExecution().setVariable("recommendationLabel", CaseLabels.recommendation(r.recommended(),
                      true));
                }
              }
            }),
        Step.task(DECIDE_PROCEEDING).of(this::reading)
            .reads(List.of("proceedAgainstDeparted", "proceedingRemarks"), AccountabilitySteps::proceeding)
            .records((r, o, step, task) -> written(r, o)),
        review(REVIEW_NOTICE, "em"),
        review(REVIEW_DISCIPLINE, "di"),
        review(REVIEW_ORGANIZATIONAL, "org"),
        Step.task(REFER_DUTY_CRIME).of(this::reading)
            .reads(List.of("crimeReferred", "referralOrgan", "referralRemarks"), AccountabilitySteps::referral)
            .checks((r, o, step) -> {
              // the decision notice names the organ the case went to: a supervision commission by its official name
              String organ = o.outcome().startsWith(REFERRED) ? o.outcome().substring(REFERRED.length()) : null;
              if (organ != null && issuers.named(organ, cn.gx.safeduty.registry.OrganKind.SUPERVISION_COMMISSION).isEmpty()) {
                throw new StepRefusedException("接收的监察机关应填写监察委员会的正式名称，如南宁市监察委员会",
                    List.of(new cn.gx.safeduty.kernel.FieldProblem("referralOrgan", "不是已登记的监察委员会名称")));
              }
            })
            .records((r, o, step, task) -> jointReviewWritten(r, o, task)),
        decision(DECIDE_SANCTION_EM, DECISION_FIELDS),
        decision(DECIDE_SANCTION_DI, DISCIPLINARY_DECISION_FIELDS),
        decision(DECIDE_SANCTION_ORG, ORGANIZATIONAL_DECISION_FIELDS),
        appealAnswer(REVIEW_APPEAL_EM, NOTICE_APPEAL_FIELDS),
        appealAnswer(REVIEW_APPEAL_DI, DISCIPLINARY_APPEAL_FIELDS),
        appealAnswer(REVIEW_APPEAL_ORG, APPEAL_FIELDS),
        Step.task(PUBLISH_NOTICE).of(this::reading)
            .reads(List.of("noticeReference", "noticeRemarks"), fields -> new Outcome(PUBLISHED, null,
                withRemarks("通报文号：" + fields.requiredText("noticeReference", "须填写通报文号"),
                    fields.text("noticeRemarks"))))
            .records((r, o, step, task) -> {
              lifecycle.publishNotice(r.c().id());
              written(r, o);
            }),
        Step.task(WITHDRAW_NOTICE).of(this::reading)
            .reads(List.of("correctionReference", "correctionRemarks"), fields -> new Outcome("WITHDRAWN", null,
                withRemarks("更正通报文号：" + fields.requiredText("correctionReference", "须填写更正通报文号"),
                    fields.text("correctionRemarks"))))
            .records((r, o, step, task) -> written(r, o)));
  }

  private static String withRemarks(String first, String remarks) {
    return remarks == null ? first : first + "\n" + remarks;
  }

  private Step<Reading, Outcome> review(String taskKey, String prefix) {
    return Step.task(taskKey).of(this::reading)
        .readsWith(List.of(prefix + "Opinion", prefix + "ProposedSanction", prefix + "ProposalReasons"),
            (r, fields) -> review(r, fields, prefix))
        .records((r, o, step, task) -> jointReviewWritten(r, o, task));
  }

  private Step<Reading, Decided> decision(String taskKey, List<String> fields) {
    boolean several = fields.contains("decisionMeasures");
    boolean withKinds = fields.contains("partyDisciplineKind");
    return Step.task(taskKey).of(this::reading)
        .readsWith(fields, (r, read) -> decided(r, read, several, withKinds))
        .records((r, d, step, task) -> {
          written(r, d.outcome());
          lifecycle.decide(r.c().id(), new CaseLifecycle.ProposedDecision(d.measures(), step.groupId(),
              step.userId(), d.postDuties(), d.performance(), d.conditions(), d.reasons()),
              r.recommended() != null ? r.recommended().sanction() : null);
          if (!d.measures().isEmpty()) {
            task.getExecution().setVariable(MEASURES_DECIDED, true);
          }
        });
  }

  private Step<Reading, Answered> appealAnswer(String taskKey, List<String> fields) {
    return Step.task(taskKey).of(this::reading)
        .readsWith(fields, (r, read) -> answered(r, read))
        .records((r, a, step, task) -> {
          written(r, a.outcome());
          lifecycle.answerAppeal(r.c().id(), new CaseLifecycle.AppealAnswer(a.answer(), a.changedTo(),
              a.changedKind(), step.groupId(), step.userId(), a.reasons()));
        });
  }

  private Reading reading(TaskStep step) {
    AccountabilityCaseRepository.CaseAtStep at = cases.atStep(step.processInstanceId()).orElseThrow(() ->
        new IllegalStateException("No accountability case belongs to process instance " + step.processInstanceId()));
    return new Reading(step, at.c(), at.recommendation());
  }

  private void written(Reading r, Outcome o) {
    TaskStep step = r.step();
    cases.insertStep(r.c().id(), new CaseStep(step.taskKey(), step.taskName(), step.groupId(), step.userId(),
        o.outcome(), o.proposed(), o.remarks(), step.at()));
  }

  private void jointReviewWritten(Reading r, Outcome o, DelegateTask task) {
    written(r, o);
    if (!ConcludedByTheModel.of(task) && lastOfTheJointReview(task)) {
      // an instance of a model version from before Gateway_DecidingGroups concluded the review itself
      List<CaseStep> steps = cases.steps(r.c().id());
      task.getExecution().setVariable("reviewOpinionsLabel", CaseLabels.reviews(steps));
      task.getExecution().setVariable("decidingGroups",
          String.join(",", CaseDecisions.decidingGroups(steps, r.recommended())));
    }
  }

  /** Whether this task, still open while it completes, is the joint review's last. */
  private static boolean lastOfTheJointReview(DelegateTask task) {
    return task.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKeyIn(JOINT_REVIEW.toArray(String[]::new))
        .count() <= 1;
  }

  /** Whether the task's model version concludes the joint review at its deciding gateway ({@link ConcludeJointReviewDelegate}). */
  private static final class ConcludedByTheModel {
    static boolean of(DelegateTask task) {
      var gateway = task.getBpmnModelElementInstance().getModelInstance()
          .getModelElementById("Gateway_DecidingGroups");
      return gateway instanceof org.camunda.bpm.model.bpmn.instance.FlowNode node
          && node.getExtensionElements() != null
          && node.getExtensionElements().getElementsQuery()
              .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class).list().stream()
              .anyMatch(listener -> "${concludeJointReviewDelegate}".equals(listener.getCamundaDelegateExpression()));
    }
  }

  private static Outcome exemption(FormFields fields) {
    boolean confirmed = fields.flag("exemptionConfirmed", "是否确认不予追究");
    String remarks = fields.text("exemptionRemarks");
    if (!confirmed && remarks == null) {
      throw new StepRefusedException("不确认不予追究时，须写明理由");
    }
    return new Outcome(confirmed ? "CONFIRMED" : "NOT_CONFIRMED", null, remarks);
  }

  private static Outcome proceeding(FormFields fields) {
    boolean proceed = fields.flag("proceedAgainstDeparted", "是否继续追究");
    String remarks = fields.text("proceedingRemarks");
    if (!proceed && remarks == null) {
      throw new StepRefusedException("决定不再追究的，须写明理由");
    }
    return new Outcome(proceed ? "PROCEED" : "NOT_PROCEED", null, remarks);
  }

  private static Outcome referral(FormFields fields) {
    boolean referred = fields.flag("crimeReferred", "是否移送监察机关");
    String organ = fields.text("referralOrgan");
    String remarks = fields.text("referralRemarks");
    if (referred && organ == null) {
      throw new StepRefusedException("移送时须写明接收的监察机关");
    }
    if (!referred && remarks == null) {
      throw new StepRefusedException("不移送时须写明理由");
    }
    return new Outcome(referred ? REFERRED + organ.strip() : "未移送", null, remarks);
  }

  /**
   * A department's review: its opinion and the measure within its own authority it proposes, or
   * none. Proposing other than what the rules recommend for this department — another measure, one
   * where they recommend none, or none where they recommend one — needs written reasons (Art 27).
   */
  private static Outcome review(Reading r, FormFields fields, String prefix) {
    String opinion = fields.requiredText(prefix + "Opinion", "须填写审查意见");
    String group = r.step().groupId();
    Sanction ours = r.recommended() != null && r.recommended().sanction() != null
        && r.recommended().sanction().decidingGroup().equals(group) ? r.recommended().sanction() : null;
    String code = fields.text(prefix + "ProposedSanction");
    Sanction proposed;
    if (code == null) {
      proposed = ours; // the form opens with the rules' recommendation; leaving it out keeps it
    } else if (code.equals(NO_MEASURE)) {
      proposed = null;
    } else {
      proposed = fields.choice(prefix + "ProposedSanction", Sanction.class, "建议的问责方式");
      withinAuthority(proposed, group, "建议的问责方式");
    }
    String proposal = proposed != null ? proposed.name() : null;
    if (proposed == ours) {
      return new Outcome("REVIEWED", proposal, opinion);
    }
    String reasons = fields.requiredText(prefix + "ProposalReasons", "建议改变问责方式，须写明理由（第二十七条）");
    return new Outcome("REVIEWED", proposal, opinion + "；理由：" + reasons);
  }

  /**
   * A deciding group's decision: one or more measures within its authority, or 不予问责 (no measure of its
   * own) — either with the Art 27 factors and reasons. While Art 23's aggravating facts stand, 不予问责 is
   * refused as any measure below the band is.
   */
  private static Decided decided(Reading r, FormFields fields, boolean several, boolean withKinds) {
    List<CaseLifecycle.Chosen> measures = several ? chosenMeasures(fields) : chosenMeasure(fields, withKinds);
    if (measures.isEmpty() && r.recommended() != null && r.recommended().aggravated()) {
      throw new StepRefusedException("本案有第二十三条规定的应当从重情形，不能决定不予问责；从重情形已不成立的，请先补充新事实");
    }
    for (CaseLifecycle.Chosen m : measures) {
      withinAuthority(m.sanction(), r.step().groupId(), "问责方式");
      notBelowTheAggravatedBand(m.sanction(), r.recommended(), "问责方式");
    }
    String duties = fields.requiredText("postDuties", "须写明岗位职责（第二十七条）");
    String performance = fields.requiredText("dutyPerformance", "须写明履职情况（第二十七条）");
    String conditions = fields.requiredText("dutyConditions", "须写明履职条件（第二十七条）");
    String reasons = fields.requiredText("decisionReasons", "须写明决定理由（第二十七条）");
    String outcome = measures.isEmpty() ? "NOT_HELD_ACCOUNTABLE"
        : String.join(",", measures.stream().map(m -> m.sanction().name()).distinct().toList());
    return new Decided(new Outcome(outcome, null, reasons), measures, duties, performance, conditions, reasons);
  }

  /** One measure chosen (a 处分 with its 党纪 kind, its 政务 kind or one of each), or none. */
  private static List<CaseLifecycle.Chosen> chosenMeasure(FormFields fields, boolean withKinds) {
    boolean kindsGiven = withKinds
        && (fields.text("partyDisciplineKind") != null || fields.text("governmentSanctionKind") != null);
    if (NO_MEASURE.equals(fields.text("decisionSanction"))) {
      if (kindsGiven) {
        throw new StepRefusedException("决定不予问责的，不再选择处分种类");
      }
      return List.of();
    }
    Sanction sanction = fields.choice("decisionSanction", Sanction.class, "问责方式");
    if (sanction != Sanction.DISCIPLINARY_SANCTION || !withKinds) {
      return List.of(new CaseLifecycle.Chosen(sanction, null));
    }
    List<CaseLifecycle.Chosen> chosen = new java.util.ArrayList<>();
    DisciplinaryKind party = fields.optionalChoice("partyDisciplineKind", DisciplinaryKind.class, "党纪处分");
    DisciplinaryKind government = fields.optionalChoice("governmentSanctionKind", DisciplinaryKind.class, "政务处分");
    if (party != null) {
      if (!party.partyDiscipline()) {
        throw new StepRefusedException("党纪处分“" + party.chineseName() + "”不是党纪处分的种类");
      }
      chosen.add(new CaseLifecycle.Chosen(sanction, party));
    }
    if (government != null) {
      if (government.partyDiscipline()) {
        throw new StepRefusedException("政务处分“" + government.chineseName() + "”不是政务处分的种类");
      }
      chosen.add(new CaseLifecycle.Chosen(sanction, government));
    }
    if (chosen.isEmpty()) {
      throw new StepRefusedException("处分须选择党纪处分或者政务处分的种类，也可以两者并用");
    }
    return chosen;
  }

  /** Several measures chosen at once (the organisation department's checklist), or 不予问责 alone. */
  private static List<CaseLifecycle.Chosen> chosenMeasures(FormFields fields) {
    List<String> codes = fields.texts("decisionMeasures");
    if (codes.isEmpty()) {
      throw new StepRefusedException("请选择问责方式，或者选择不予问责");
    }
    if (codes.contains(NO_MEASURE)) {
      if (codes.size() > 1) {
        throw new StepRefusedException("选择不予问责的，不再选择其他问责方式");
      }
      return List.of();
    }
    List<CaseLifecycle.Chosen> chosen = new java.util.ArrayList<>();
    for (String code : codes.stream().distinct().toList()) {
      Sanction sanction = java.util.Arrays.stream(Sanction.values()).filter(s -> s.name().equals(code)).findFirst()
          .orElseThrow(() -> new StepRefusedException("问责方式只能从所列选项中选择：" + code));
      chosen.add(new CaseLifecycle.Chosen(sanction, null));
    }
    return chosen;
  }

  private static Answered answered(Reading r, FormFields fields) {
    TaskStep step = r.step();
    AppealOutcome outcome = fields.optionalChoice("appealOutcome", AppealOutcome.class, "复查结果");
    if (outcome == null) {
      throw new StepRefusedException("请选择复查结果：维持、变更或撤销");
    }
    Sanction changed = null;
    DisciplinaryKind changedKind = null;
    if (outcome == AppealOutcome.CHANGE) {
      changed = fields.choice("appealSanction", Sanction.class, "变更后的问责方式");
      withinAuthority(changed, step.groupId(), "变更后的问责方式");
      notBelowTheAggravatedBand(changed, r.recommended(), "变更后的问责方式");
      changedKind = disciplinaryKind(fields, "appealDisciplinaryKind", changed);
    }
    String reasons = fields.requiredText("appealDecisionReasons", "须写明复查理由（第二十七条）");
    return new Answered(new Outcome(outcome.name(), changed != null ? changed.name() : null, reasons), outcome,
        changed, changedKind, reasons);
  }

  /**
   * Art 23 (应当从重): while the case's facts aggravate it, no measure may fall below the band the rules
   * computed; within the band the Art 27 reasons suffice. Facts that no longer hold are changed through
   * new facts, on which the rules run again.
   */
  static void notBelowTheAggravatedBand(Sanction sanction, Recommendation recommended, String label) {
    if (recommended != null && recommended.aggravated() && recommended.bandLow() != null
        && sanction.level() < recommended.bandLow()) {
      throw new StepRefusedException(label + "“" + sanction.chineseName() + "”轻于本案依规则应予问责的幅度（最轻为“"
          + Sanction.ofLevel(recommended.bandLow()).chineseName() + "”）；本案有第二十三条规定的应当从重情形，不得低于该幅度。"
          + "从重情形已不成立的，请先补充新事实");
    }
  }

  /** Art 28: each group proposes, decides and changes only the measures within its authority. */
  static void withinAuthority(Sanction sanction, String groupId, String label) {
    if (!sanction.decidingGroup().equals(groupId)) {
      throw new StepRefusedException(label + "“" + sanction.chineseName() + "”不在本部门权限内，由"
          + CaseLabels.group(sanction.decidingGroup()) + "决定（第二十八条）");
    }
  }

  static DisciplinaryKind disciplinaryKind(FormFields fields, String key, Sanction sanction) {
    if (sanction != Sanction.DISCIPLINARY_SANCTION) {
      return null;
    }
    DisciplinaryKind kind = fields.optionalChoice(key, DisciplinaryKind.class, "处分种类");
    if (kind == null) {
      throw new StepRefusedException("处分须选择处分种类");
    }
    return kind;
  }
}
