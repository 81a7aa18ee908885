package cn.gx.safeduty.inspection;

import java.util.Set;

/** The user tasks of {@code supervision-item}, by id. */
public final class SupervisionTasks {

  public static final String VERIFY_RECTIFICATION = "Task_VerifyRectification";
  public static final String URGE_OVERDUE_ITEM = "Task_UrgeOverdueItem";
  public static final String MARK_ITEM_LEADERS = "Task_MarkItemLeaders";
  public static final Set<String> ALL = Set.of(VERIFY_RECTIFICATION, URGE_OVERDUE_ITEM, MARK_ITEM_LEADERS);

  private SupervisionTasks() {
  }
}
