package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.support.AccountabilityForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks an accountability instance (SafeDuty's or the twin's) through the engine's Java API: each task
 * as it arrives is completed with the agreeing entries, the appeal window's timer is fired.
 */
final class CaseWalk {

  private final ProcessEngine engine;
  private final String sanction;

  CaseWalk(ProcessEngine engine, String sanction) {
    this.engine = engine;
    this.sanction = sanction;
  }

  /** To the end; the task keys (and "timer") in the order they were done. */
  List<String> toEnd(String instance, long caseId) {
    return steps(instance, caseId, Integer.MAX_VALUE);
  }

  /** At most {@code limit} tasks and timers, fewer if the instance ends first. */
  List<String> steps(String instance, long caseId, int limit) {
    List<String> path = new ArrayList<>();
    while (path.size() < limit) {
      List<Task> open = new ArrayList<>(engine.getTaskService().createTaskQuery().processInstanceId(instance).list());
      open.sort(Comparator.comparing(Task::getTaskDefinitionKey));
      if (open.isEmpty()) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
        if (timer == null) {
          return path;
        }
        engine.getManagementService().executeJob(timer.getId());
        path.add("timer");
        continue;
      }
      for (Task task : open.subList(0, Math.min(open.size(), limit - path.size()))) {
        engine.getFormService().submitTaskForm(task.getId(),
            AccountabilityForms.agreeing(task.getTaskDefinitionKey(), sanction, caseId));
        path.add(task.getTaskDefinitionKey());
      }
    }
    return path;
  }
}
