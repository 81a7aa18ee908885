package cn.gx.safeduty.kernel.task;

import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open user tasks of many process instances at once, each with the group it waits on: one task
 * query per candidate group, however many instances a page lists.
 */
@Component
public class OpenTasks {

  /** A task as lists and views show it; {@code dueProvisional}: its due date lies in a year counted provisionally. */
  public record OpenTask(String id, String taskDefinitionKey, String name, String candidateGroup, String assignee,
      Date due, boolean dueProvisional) {
  }

  private record Found(Task task, String group) {
  }

  private final TaskService tasks;
  private final cn.gx.safeduty.kernel.calendar.ProvisionalDueDates provisional;

  public OpenTasks(TaskService tasks, cn.gx.safeduty.kernel.calendar.ProvisionalDueDates provisional) {
    this.tasks = tasks;
    this.provisional = provisional;
  }

  /** Open tasks of these instances for these candidate groups, by process instance id, oldest first. */
  public Map<String, List<OpenTask>> of(Collection<String> processInstanceIds, Collection<String> groups) {
    String[] ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    return groups.stream()
        .flatMap(group -> tasks.createTaskQuery().processInstanceIdIn(ids).taskCandidateGroup(group)
            .includeAssignedTasks().list().stream().map(task -> new Found(task, group)))
        .sorted(Comparator.comparing((Found f) -> f.task().getCreateTime()).thenComparing(f -> f.task().getId()))
        .collect(Collectors.groupingBy(f -> f.task().getProcessInstanceId(), LinkedHashMap::new,
            Collectors.mapping(f -> new OpenTask(f.task().getId(), f.task().getTaskDefinitionKey(),
                f.task().getName(), f.group(), f.task().getAssignee(), f.task().getDueDate(),
                provisional.isProvisional(f.task().getDueDate())), Collectors.toList())));
  }

  public List<OpenTask> of(String processInstanceId, Collection<String> groups) {
    return processInstanceId == null ? List.of()
        : of(Stream.of(processInstanceId).toList(), groups).getOrDefault(processInstanceId, List.of());
  }
}
