package cn.gx.safeduty.assessment;

/** The user tasks of the performance-assessment process, by their BPMN ids. */
public final class AssessmentTasks {

  static final String RECORD_DUTY_REPORT = "Task_RecordDutyReport";
  static final String SCORE_ASSESSEE = "Task_ScoreAssessee";
  static final String DECIDE_PROPOSAL = "Task_DecideProposal";
  static final String REVIEW_FAILURES = "Task_ReviewFailures";
  static final String LINK_RESULTS = "Task_LinkResults";
  static final String PUBLISH_RESULTS = "Task_PublishResults";

  public static final java.util.Set<String> ALL = java.util.Set.of(RECORD_DUTY_REPORT, SCORE_ASSESSEE, DECIDE_PROPOSAL,
      REVIEW_FAILURES, LINK_RESULTS, PUBLISH_RESULTS);

  private AssessmentTasks() {
  }
}
