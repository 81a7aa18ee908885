package cn.gx.safeduty.kernel.task;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may hold and work a process task: a member of one of its candidate groups (the BPMN lane's
 * department), or an administrator. The engine's own work, with no user authenticated, is not a
 * person and is never asked about.
 */
public final class TaskActors {

  private TaskActors() {
  }

  /** The user of this command, or null for the engine's own work (delegates, the job executor). */
  static String caller(CommandContext context) {
    Authentication authentication = context.getAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  static boolean callerIsAdmin(CommandContext context) {
    Authentication authentication = context.getAuthentication();
    return authentication != null && isAdmin(context.getProcessEngineConfiguration(), authentication.getUserId(),
        authentication.getGroupIds());
  }

  /** Whether the caller belongs to one of the task's departments (or administers the system). */
  static boolean callerMayWork(CommandContext context, TaskEntity task) {
    Authentication authentication = context.getAuthentication();
    if (authentication == null) {
      return true;
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return isAdmin(context.getProcessEngineConfiguration(), authentication.getUserId(), groups)
        || isCandidate(task, authentication.getUserId(), groups);
  }

  /** Whether this user may be given the task: claimed for, assigned, delegated or made its owner. */
  static boolean mayHold(CommandContext context, TaskEntity task, String userId) {
    List<String> groups = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
        .createGroupQuery(context).groupMember(userId).list().stream().map(Group::getId).toList());
    return isAdmin(context.getProcessEngineConfiguration(), userId, groups) || isCandidate(task, userId, groups);
  }

  /** The departments the task belongs to, by their Chinese names, for the refusal staff read. */
  static String departments(CommandContext context, TaskEntity task) {
    List<String> names = candidateGroups(task).stream()
        .map(id -> context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findGroupById(id)))
        .filter(Objects::nonNull)
        .map(group -> group.getName() == null ? group.getId() : group.getName())
        .toList();
    return names.isEmpty() ? "系统管理员" : String.join("、", names);
  }

  /** The groups a task is offered to (its candidate groups), in the order the model names them. */
  public static List<String> candidateGroups(org.camunda.bpm.engine.delegate.DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private static boolean isCandidate(TaskEntity task, String userId, List<String> groups) {
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null && groups.contains(link.getGroupId())
          || link.getUserId() != null && link.getUserId().equals(userId)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAdmin(ProcessEngineConfigurationImpl configuration, String userId, List<String> groups) {
    List<String> adminGroups = configuration.getAdminGroups();
    List<String> adminUsers = configuration.getAdminUsers();
    return adminGroups != null && groups != null && groups.stream().anyMatch(adminGroups::contains)
        || adminUsers != null && userId != null && adminUsers.contains(userId);
  }
}
