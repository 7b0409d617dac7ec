package de.fachkraftimfokus.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/**
 * Grants on one process instance for one group — how a group reads (and, where it may withdraw or
 * answer, correlates with) exactly the instances that are its own: a region's Regiocoaches their
 * region's cases, a partner the referral addressed to it. Removed when the instance ends, so grants
 * do not pile up. Runs inside the engine's delegates (no authorization check for custom code).
 */
@Service
public class InstanceGrants {

  private final AuthorizationService authorizationService;

  InstanceGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grant(String groupId, String processInstanceId, Permission... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(Resources.PROCESS_INSTANCE);
    grant.setResourceId(processInstanceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizationService.saveAuthorization(grant);
  }

  /** Removes every grant on the instance. */
  public void revokeAll(String processInstanceId) {
    for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(processInstanceId).list()) {
      authorizationService.deleteAuthorization(grant.getId());
    }
  }
}
