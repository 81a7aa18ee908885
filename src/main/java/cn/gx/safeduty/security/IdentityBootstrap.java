package cn.gx.safeduty.security;

import cn.gx.safeduty.kernel.SafeDutyGroup;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates SafeDuty's groups, their authorizations and Tasklist filters when the engine starts,
 * and the demo users in the embedded run; users' accounts are the administrators' to manage
 * ({@link AdministeredAccounts}). Everything is idempotent: a restart changes nothing.
 * The first administrator is Camunda's own {@code camunda.bpm.admin-user}, created in the same
 * start-up, so the webapps' admin-setup page is never open.
 */
@Component
public class IdentityBootstrap extends AbstractProcessEnginePlugin {

  private final TasklistFilters tasklistFilters;
  private final DemoUsers demoUsers;
  private final boolean demoData;

  public IdentityBootstrap(TasklistFilters tasklistFilters, DemoUsers demoUsers,
      @Value("${safeduty.demo-data:false}") boolean demoData) {
    this.tasklistFilters = tasklistFilters;
    this.demoUsers = demoUsers;
    this.demoData = demoData;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (SafeDutyGroup group : SafeDutyGroup.values()) {
      ensureGroup(identity, group);
    }
    for (SafeDutyGroup department : SafeDutyGroup.departments()) {
      grantDepartment(authorizations, department.id());
    }
    grantSupervisors(authorizations, SafeDutyGroup.SUPERVISORS.id());
    AdministeredAccounts.withdrawSelfManagement(authorizations);
    tasklistFilters.ensure(engine);
    if (demoData) {
      demoUsers.ensure(identity);
    }
  }

  private static void ensureGroup(IdentityService identity, SafeDutyGroup safeDutyGroup) {
    if (identity.createGroupQuery().groupId(safeDutyGroup.id()).count() > 0) {
      return;
    }
    Group group = identity.newGroup(safeDutyGroup.id());
    group.setName(safeDutyGroup.chineseName());
    group.setType(safeDutyGroup == SafeDutyGroup.ADMIN ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
    identity.saveGroup(group);
  }

  /** Tasklist, names of users and groups; tasks arrive through their candidate group, filters through TasklistFilters. */
  private static void grantDepartment(AuthorizationService authorizations, String groupId) {
    Grants.grant(authorizations, groupId, APPLICATION, "tasklist", ACCESS);
    Grants.grant(authorizations, groupId, USER, Authorization.ANY, READ);
    Grants.grant(authorizations, groupId, GROUP, Authorization.ANY, READ);
  }

  /** Cockpit, read-only: definitions, instances, tasks, history and incidents; no update, delete or deploy. */
  private static void grantSupervisors(AuthorizationService authorizations, String groupId) {
    Grants.grant(authorizations, groupId, APPLICATION, "cockpit", ACCESS);
    Grants.grant(authorizations, groupId, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
    Grants.grant(authorizations, groupId, PROCESS_INSTANCE, Authorization.ANY, READ);
    Grants.grant(authorizations, groupId, TASK, Authorization.ANY, READ);
    Grants.grant(authorizations, groupId, DECISION_DEFINITION, Authorization.ANY, READ, READ_HISTORY);
    Grants.grant(authorizations, groupId, DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, READ);
    Grants.grant(authorizations, groupId, DEPLOYMENT, Authorization.ANY, READ);
    Grants.grant(authorizations, groupId, BATCH, Authorization.ANY, READ, READ_HISTORY);
    Grants.grant(authorizations, groupId, USER, Authorization.ANY, READ);
    Grants.grant(authorizations, groupId, GROUP, Authorization.ANY, READ);
  }
}
