package cn.gx.safeduty.accountability;

import java.util.Set;

/** The user tasks of processes/accountability.bpmn by id; a test checks each against the model. */
public final class CaseTasks {

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

  public static final Set<String> ALL = Set.of(CONFIRM_EXEMPTION, DECIDE_PROCEEDING, REVIEW_NOTICE, REVIEW_DISCIPLINE,
      REVIEW_ORGANIZATIONAL, REFER_DUTY_CRIME, DECIDE_SANCTION_EM, DECIDE_SANCTION_DI, DECIDE_SANCTION_ORG,
      REVIEW_APPEAL_EM, REVIEW_APPEAL_DI, REVIEW_APPEAL_ORG, PUBLISH_NOTICE);

  /** The deciding groups' decisions, one lane each. */
  public static final Set<String> DECIDE_SANCTION = Set.of(DECIDE_SANCTION_EM, DECIDE_SANCTION_DI, DECIDE_SANCTION_ORG);

  /** The deciding groups' answers to an appeal, one lane each. */
  public static final Set<String> REVIEW_APPEAL = Set.of(REVIEW_APPEAL_EM, REVIEW_APPEAL_DI, REVIEW_APPEAL_ORG);

  /** The joint-review steps (Art 28) whose opinions the deciding group reads: the three reviews and the crime referral. */
  public static final Set<String> JOINT_REVIEW = Set.of(REVIEW_NOTICE, REVIEW_DISCIPLINE, REVIEW_ORGANIZATIONAL,
      REFER_DUTY_CRIME);

  private CaseTasks() {
  }
}
