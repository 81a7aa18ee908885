package cn.gx.safeduty.inspection;

import java.util.Set;

/** The user tasks of {@code inspection-tour}, by id. */
public final class TourTasks {

  public static final String APPROVE_PLAN = "Task_ApproveTourPlan";
  public static final String INSPECT_ON_SITE = "Task_InspectOnSite";
  public static final String RECORD_FINDING = "Task_RecordFinding";
  public static final String MARK_LEADERS = "Task_MarkLeaders";
  public static final String NOTE_MARKED_LEADERS = "Task_NoteMarkedLeaders";
  public static final String FILE_RESULTS = "Task_FileTargetResults";
  public static final Set<String> ALL = Set.of(APPROVE_PLAN, INSPECT_ON_SITE, RECORD_FINDING, MARK_LEADERS,
      NOTE_MARKED_LEADERS, FILE_RESULTS);

  private TourTasks() {
  }
}
