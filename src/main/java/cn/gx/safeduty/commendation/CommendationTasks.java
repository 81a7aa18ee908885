package cn.gx.safeduty.commendation;

import java.util.Set;

/** The user tasks of the commendation process, by their BPMN ids. */
public final class CommendationTasks {

  static final String REVIEW_SAFETY_RECORD = "Task_ReviewSafetyRecord";
  static final String VERIFY_OBJECTION = "Task_VerifyObjection";
  static final String RECORD_DECISION = "Task_RecordDecision";

  public static final Set<String> ALL = Set.of(REVIEW_SAFETY_RECORD, VERIFY_OBJECTION, RECORD_DECISION);

  private CommendationTasks() {
  }
}
