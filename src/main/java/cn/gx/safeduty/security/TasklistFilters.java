package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of each department: 本部门待办 (first), 我的任务 (shared) and 即将到期 (one
 * per department, readable only by it), each sorted by due date and showing the case or accident
 * number and the cadre of every task in the list. Each filter is found again by its {@code safedutyKey}
 * property and updated in place, so a changed due-soon window reaches existing installations.
 */
@Component
public class TasklistFilters {

  static final String KEY = "safedutyKey";
  static final String MY_TASKS = "my-tasks";

  /**
   * What each task in a list says it is about: the case or accident number, the cadre, and which of several
   * tasks of one name it is (set by the processes).
   */
  static final List<Map<String, String>> LIST_VARIABLES = List.of(
      Map.of("name", "caseNumber", "label", "案件编号"),
      Map.of("name", "cadreLabel", "label", "干部"),
      Map.of("name", "accidentNumber", "label", "事故编号"),
      Map.of("name", cn.gx.safeduty.kernel.task.TaskCards.ITEM, "label", "办理对象"));

  private final int dueSoonDays;

  public TasklistFilters(@Value("${safeduty.tasklist.due-soon-days}") int dueSoonDays) {
    if (dueSoonDays < 1) {
      throw new IllegalArgumentException("safeduty.tasklist.due-soon-days must be at least 1");
    }
    this.dueSoonDays = dueSoonDays;
  }

  void ensure(ProcessEngine engine) {
    List<String> departments = SafeDutyGroup.departments().stream().map(SafeDutyGroup::id).toList();

    Filter myTasks = upsert(engine, MY_TASKS, "我的任务", "分配给我的任务", 0,
        engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    departments.forEach(group -> Grants.grant(engine.getAuthorizationService(), group, FILTER, myTasks.getId(), READ));

    for (String group : departments) {
      Filter queue = upsert(engine, group + ":queue", "本部门待办", "本部门的候选任务（含已认领）", -10,
          engine.getTaskService().createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
              .orderByDueDate().asc());
      Filter dueSoon = upsert(engine, group + ":due-soon", "即将到期", dueSoonDays + " 天内到期或已逾期的本部门任务", 10,
          engine.getTaskService().createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
              .dueBeforeExpression("${dateTime().plusDays(" + dueSoonDays + ").toDate()}").orderByDueDate().asc());
      Grants.grant(engine.getAuthorizationService(), group, FILTER, queue.getId(), READ);
      Grants.grant(engine.getAuthorizationService(), group, FILTER, dueSoon.getId(), READ);
    }
  }

  private static Filter upsert(ProcessEngine engine, String key, String name, String description, int priority,
      TaskQuery query) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && key.equals(f.getProperties().get(KEY)))
        .findFirst()
        .orElseGet(filters::newTaskFilter);
    Map<String, Object> properties = new HashMap<>();
    properties.put(KEY, key);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", LIST_VARIABLES);
    filter.setName(name);
    filter.setQuery(query);
    filter.setProperties(properties);
    return filters.saveFilter(filter);
  }
}
