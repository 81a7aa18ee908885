package cn.gx.safeduty.kernel.task;

/**
 * What a Tasklist card says beside the task's name, so that several cards of the same name (one per
 * reporting finding, toured jurisdiction, assessee or objection) can be told apart: a short label each
 * procedure sets on the scope the tasks run in, which the Tasklist filters show.
 */
public final class TaskCards {

  /** The variable holding the card's label, e.g. 江南区 or 县级应急管理部门：迟报（第十三条）. */
  public static final String ITEM = "itemLabel";

  private TaskCards() {
  }
}
