package de.fachkraftimfokus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.PlatformTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The repair that gives open tasks of older platforms READ_VARIABLE runs once: afterwards a start no
 * longer lists every task authorization.
 */
@PlatformTest
class OpenTaskVariableGrantsTest {

  private static final String TASK_ID = "test-task-without-variable-grant";

  @Autowired AuthorizationService authorizationService;
  @Autowired ManagementService managementService;

  @AfterEach
  void removeTaskGrant() {
    authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(TASK_ID).list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
  }

  @Test
  @DisplayName("Offene Aufgaben älterer Stände bekommen das Variablenrecht beim ersten Start, spätere Starts prüfen nicht mehr jede Aufgabe")
  void repairRunsOnce() {
    assertThat(managementService.getProperties()).as("der Start dieses Tests hat die Reparatur erledigt")
        .containsKey(AuthorizationSeeder.OPEN_TASK_VARIABLE_GRANTS);
    managementService.deleteProperty(AuthorizationSeeder.OPEN_TASK_VARIABLE_GRANTS);
    String grant = taskGrantWithoutVariables();

    seeder().seed();

    assertThat(permissions(grant).isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
    assertThat(managementService.getProperties()).containsKey(AuthorizationSeeder.OPEN_TASK_VARIABLE_GRANTS);

    removeTaskGrant();
    String later = taskGrantWithoutVariables();
    seeder().seed();
    assertThat(permissions(later).isPermissionGranted(TaskPermissions.READ_VARIABLE))
        .as("nach der Reparatur legt die Engine das Recht selbst an; die Plattform sucht nicht mehr")
        .isFalse();
  }

  private AuthorizationSeeder seeder() {
    return new AuthorizationSeeder(authorizationService, managementService);
  }

  private String taskGrantWithoutVariables() {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(PartnerGroup.NETWORK_KMU.id());
    authorization.setResource(Resources.TASK);
    authorization.setResourceId(TASK_ID);
    authorization.addPermission(TaskPermissions.READ);
    authorization.addPermission(TaskPermissions.TASK_WORK);
    return authorizationService.saveAuthorization(authorization).getId();
  }

  private Authorization permissions(String id) {
    return authorizationService.createAuthorizationQuery().authorizationId(id).singleResult();
  }
}
