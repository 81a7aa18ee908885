package cn.gx.safeduty.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Accounts are managed by administrators: a new user may read its own account but not change its
 * name, mail or password, nor delete it (Camunda's default gives every user all rights on itself).
 */
class AdministeredAccounts extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newUser(User user) {
    return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, USER, user.getId(), READ)};
  }

  /** Takes back what Camunda's default gave the users created before SafeDuty managed accounts. */
  static void withdrawSelfManagement(AuthorizationService authorizations) {
    for (Authorization authorization : authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(USER).list()) {
      String user = authorization.getUserId();
      if (user != null && user.equals(authorization.getResourceId())
          && (authorization.isPermissionGranted(Permissions.UPDATE) || authorization.isPermissionGranted(Permissions.DELETE))) {
        authorization.setPermissions(new Permissions[] {READ});
        authorizations.saveAuthorization(authorization);
      }
    }
  }
}
