package cn.gx.safeduty.commendation;

import java.util.Set;

/** The user tasks of the candidate-vetting process, by their BPMN ids. */
public final class VettingTasks {

  static final String GIVE_OPINION = "Task_GiveOpinion";
  static final String CONCLUDE_VETTING = "Task_ConcludeVetting";

  public static final Set<String> ALL = Set.of(GIVE_OPINION, CONCLUDE_VETTING);

  private VettingTasks() {
  }
}
