package cn.gx.safeduty.web;

import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.SafeDutyGroup;
import cn.gx.safeduty.kernel.dashboard.DashboardSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The data of the SafeDuty dashboard in Cockpit (read-only): every procedure's sections for a year,
 * the tasks overdue by department, and the detail of a record whose process has ended. Authenticated by
 * the Camunda webapp session, for supervisors and administrators only; every other user is refused.
 */
@RestController
@RequestMapping("/webapp-api/dashboard")
public class DashboardController {

  static final Set<String> VIEWERS = Set.of(SafeDutyGroup.SUPERVISORS.id(), SafeDutyGroup.ADMIN.id());
  static final int TASKS = 200;
  /** The order a supervisor reads the sections in; a section not named here comes last. */
  static final List<String> ORDER = List.of("overdueTasks", "openCaseCounts", "openCases", "restrictions", "accidents",
      "tours", "assessments", "nominations", "closedCases");

  private final List<DashboardSource> sources;
  private final ProcessEngine engine;
  private final Clock clock;

  public DashboardController(List<DashboardSource> sources, ProcessEngine engine, Clock clock) {
    this.sources = sources;
    this.engine = engine;
    this.clock = clock;
  }

  /** The year's dashboard (this year when none is asked). */
  @GetMapping
  public Map<String, Object> dashboard(@RequestParam(required = false) Integer year, HttpServletRequest request) {
    requireViewer(request);
    int asked = year != null ? year : LocalDate.now(clock).getYear();
    List<DashboardSource.Section> sections = new ArrayList<>();
    sections.add(overdueTasks());
    sources.forEach(source -> sections.addAll(source.sections(asked)));
    sections.sort(java.util.Comparator.comparingInt(s -> ORDER.contains(s.key()) ? ORDER.indexOf(s.key()) : ORDER.size()));
    markRunning(sections);
    return Map.of("year", asked, "sections", sections);
  }

  /** A record's detail, by kind and number. */
  @GetMapping("/records/{kind}/{ref}")
  public Map<String, Object> record(@PathVariable String kind, @PathVariable String ref, HttpServletRequest request) {
    requireViewer(request);
    DashboardSource.RecordDetail detail = sources.stream().map(s -> s.record(kind, ref))
        .flatMap(java.util.Optional::stream).findFirst()
        .orElseThrow(() -> new NotFoundException("Record", kind + " " + ref));
    boolean running = detail.processInstanceId() != null && engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(detail.processInstanceId()).count() > 0;
    Map<String, Object> shown = new java.util.LinkedHashMap<>();
    shown.put("title", detail.title());
    shown.put("lines", detail.lines());
    shown.put("processInstanceId", detail.processInstanceId());
    shown.put("running", running);
    return shown;
  }

  /** The departments' tasks past their due time, with the record each belongs to. */
  private DashboardSource.Section overdueTasks() {
    Date now = Date.from(clock.instant());
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Task> found = new ArrayList<>();
    Map<String, SafeDutyGroup> departmentOf = new java.util.HashMap<>();
    for (SafeDutyGroup department : SafeDutyGroup.departments()) {
      for (Task t : engine.getTaskService().createTaskQuery().taskCandidateGroup(department.id()).includeAssignedTasks()
          .active().dueBefore(now).orderByDueDate().asc().listPage(0, TASKS)) {
        if (departmentOf.putIfAbsent(t.getId(), department) == null) {
          found.add(t);
        }
      }
    }
    Set<String> instances = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> businessKeys = instances.isEmpty() ? Map.of()
        : engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instances).list().stream()
            .filter(p -> p.getBusinessKey() != null)
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Set<String> definitionIds = found.stream().map(Task::getProcessDefinitionId).collect(Collectors.toSet());
    Map<String, String> processNames = definitionIds.isEmpty() ? Map.of()
        : engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionIdIn(definitionIds.toArray(String[]::new)).list().stream()
            .collect(Collectors.toMap(ProcessDefinition::getId, d -> d.getName() != null ? d.getName() : d.getKey()));
    for (Task t : found) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("department", departmentOf.get(t.getId()).chineseName());
      row.put("task", t.getName());
      row.put("process", processNames.get(t.getProcessDefinitionId()));
      row.put("record", businessKeys.getOrDefault(t.getProcessInstanceId(), ""));
      row.put("due", ChineseDates.MINUTE.format(t.getDueDate().toInstant().atZone(clock.getZone())));
      row.put("assignee", t.getAssignee() != null ? t.getAssignee() : "未领取");
      row.put("_processInstanceId", t.getProcessInstanceId());
      rows.add(row);
    }
    rows.sort(java.util.Comparator.comparing((Map<String, Object> r) -> (String) r.get("department")));
    return new DashboardSource.Section("overdueTasks", "逾期未办的任务（按部门）", DashboardSource.Column.of(
        "department", "部门", "task", "任务", "process", "流程", "record", "记录编号", "due", "办理期限", "assignee",
        "办理人"), rows);
  }

  /** Marks each row whose process instance still runs, which Cockpit opens; the others open the record's detail. */
  private void markRunning(List<DashboardSource.Section> sections) {
    Set<String> ids = new HashSet<>();
    sections.forEach(s -> s.rows().forEach(r -> {
      if (r.get("_processInstanceId") instanceof String id) {
        ids.add(id);
      }
    }));
    Set<String> running = new HashSet<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      Set<String> chunk = new HashSet<>(all.subList(from, Math.min(all.size(), from + 500)));
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(chunk).list()
          .forEach(p -> running.add(p.getId()));
    }
    sections.forEach(s -> s.rows().forEach(r -> r.put("_running", running.contains(r.get("_processInstanceId")))));
  }

  /** The webapp session's user, who must be a supervisor or an administrator. */
  private static void requireViewer(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    List<UserAuthentication> users = session == null ? List.of()
        : AuthenticationUtil.getAuthsFromSession(session).getAuthentications();
    if (users.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in to Cockpit first.");
    }
    boolean viewer = users.stream().map(UserAuthentication::getGroupIds)
        .anyMatch(groups -> groups != null && groups.stream().anyMatch(VIEWERS::contains));
    if (!viewer) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The dashboard is for supervisors and administrators.");
    }
  }
}
