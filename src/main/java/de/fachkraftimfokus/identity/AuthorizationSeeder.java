package de.fachkraftimfokus.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import de.fachkraftimfokus.process.ProcessKey;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * Turns {@link AccessPlan} into Camunda authorizations. Only grants, never revokes: what a group
 * may not do it simply is not granted (Camunda denies by default once authorization is enabled).
 */
class AuthorizationSeeder {

  /** The webapps are Camunda "applications"; staff get Tasklist, managers Cockpit. */
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  /**
   * Engine property (ACT_GE_PROPERTY) set once the open tasks of older platforms have READ_VARIABLE:
   * the engine gives it to every task created since, so the repair need not list every task
   * authorization again at each start (two per open task).
   */
  static final String OPEN_TASK_VARIABLE_GRANTS = "fkif.open-task-variable-grants";

  private final AuthorizationService authorizationService;
  private final ManagementService managementService;

  AuthorizationSeeder(AuthorizationService authorizationService, ManagementService managementService) {
    this.authorizationService = authorizationService;
    this.managementService = managementService;
  }

  void seed() {
    for (PartnerGroup group : PartnerGroup.workingPartners()) {
      grant(group.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      Set<ProcessKey> startable = AccessPlan.startableBy(group);
      if (!startable.isEmpty()) {
        grant(group.id(), Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
      }
      for (ProcessKey key : startable) {
        grant(group.id(), Resources.PROCESS_DEFINITION, key.key(),
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      for (ProcessKey key : AccessPlan.noLongerReadableBy(group)) {
        revoke(group.id(), Resources.PROCESS_DEFINITION, key.key(),
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
      }
      for (ProcessKey key : AccessPlan.readableBy(group)) {
        grant(group.id(), Resources.PROCESS_DEFINITION, key.key(),
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY);
      }
      if (TaskFilterSeeder.REFERRAL_PARTNERS.contains(group) || group == PartnerGroup.NETWORK_KMU) {
        // the referral model itself (name, diagram in Tasklist) — not its instances, see AccessPlan;
        // Regiocoaches work its follow-up task
        grant(group.id(), Resources.PROCESS_DEFINITION, ProcessKey.REFERRAL.key(),
            ProcessDefinitionPermissions.READ);
      }
      // Every partner may be given a Jour fixe task (contribution, minutes, action item): Tasklist and
      // the form submission need the model itself — not its instances, which stay the Geschäftsstelle's
      grant(group.id(), Resources.PROCESS_DEFINITION, ProcessKey.JOUR_FIXE.key(), ProcessDefinitionPermissions.READ);
      // Every partner submits a programme contribution to the annual conference, and the lead partner
      // composes, counts and evaluates it: the model itself again, not its instances
      grant(group.id(), Resources.PROCESS_DEFINITION, ProcessKey.ANNUAL_CONFERENCE.key(),
          ProcessDefinitionPermissions.READ);
      // Staff see their colleagues' names in Tasklist (assignee, candidate lists)
      grant(group.id(), Resources.USER, ANY, Permissions.READ);
      grant(group.id(), Resources.GROUP, ANY, Permissions.READ);
    }
    seedCockpitReaders();
    seedProcessOwners();
    grantVariablesOfOpenTasks();
    // The Geschäftsstelle runs the Jour fixe and delivers its decisions to waiting coordination
    // requests (message JourFixeDecision over POST /engine-rest/message): correlating a message needs
    // UPDATE_INSTANCE on the definition — only for coordination-request, only for stk.
    grant(PartnerGroup.STK.id(), Resources.PROCESS_DEFINITION, ProcessKey.COORDINATION_REQUEST.key(),
        ProcessDefinitionPermissions.UPDATE_INSTANCE);
  }

  /**
   * Variables need their own permission ({@code enforceSpecificVariablePermission}): the engine gives a
   * task's candidates READ_VARIABLE when it creates the task. Tasks created before the setting was on
   * get it here, so their candidates can still open their forms; once, see {@link #OPEN_TASK_VARIABLE_GRANTS}.
   */
  private void grantVariablesOfOpenTasks() {
    if (managementService.getProperties().containsKey(OPEN_TASK_VARIABLE_GRANTS)) {
      return;
    }
    for (Authorization authorization : authorizationService.createAuthorizationQuery()
        .resourceType(Resources.TASK).hasPermission(TaskPermissions.TASK_WORK).list()) {
      if (!authorization.isPermissionGranted(TaskPermissions.READ_VARIABLE)
          && !ANY.equals(authorization.getResourceId())) {
        authorization.addPermission(TaskPermissions.READ_VARIABLE);
        authorizationService.saveAuthorization(authorization);
      }
    }
    managementService.setProperty(OPEN_TASK_VARIABLE_GRANTS, "granted");
  }

  private void seedCockpitReaders() {
    String readers = PartnerGroup.COCKPIT_READERS.id();
    grant(readers, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    for (ProcessKey key : AccessPlan.readableBy(PartnerGroup.COCKPIT_READERS)) {
      grant(readers, Resources.PROCESS_DEFINITION, key.key(),
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    }
    grant(readers, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(readers, Resources.TASK, ANY, TaskPermissions.READ);
    grant(readers, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(readers, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(readers, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(readers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(readers, Resources.DEPLOYMENT, ANY, Permissions.READ);
  }

  /**
   * The process owners (issue 13 creates the group, issue 17 adds deploying, migrating and Cockpit):
   * <ul>
   *   <li>deploy (CREATE on deployments; every deployment passes {@code models.DeploymentGate});</li>
   *   <li>read every definition, instance and its history in Cockpit (READ, READ_INSTANCE, READ_HISTORY,
   *       READ_TASK on all process definitions, decisions with their history, batches);</li>
   *   <li>migrate (MIGRATE_INSTANCE, migration batches) and modify instances (UPDATE_INSTANCE,
   *       modification batches; the engine API guard refuses modifications that set variables and
   *       messages sent by process owners, which UPDATE_INSTANCE would otherwise allow);</li>
   *   <li>no variable: neither READ_INSTANCE_VARIABLE nor READ_HISTORY_VARIABLE nor READ_TASK_VARIABLE,
   *       and {@code enforceSpecificVariablePermission} is on, so a case's contact data stays out of
   *       reach in Cockpit as over REST;</li>
   *   <li>no task work: no TASK_WORK, UPDATE_TASK or TASK_ASSIGN; Tasklist only for the tasks modelled
   *       for them (project-change's updateOfferTable, granted by the engine to the candidate group).</li>
   * </ul>
   */
  private void seedProcessOwners() {
    String owners = PartnerGroup.PROCESS_OWNERS.id();
    grant(owners, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(owners, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(owners, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.MIGRATE_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE);
    grant(owners, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(owners, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE);
    grant(owners, Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY,
        BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES, BatchPermissions.CREATE_BATCH_MODIFY_PROCESS_INSTANCES);
    // colleagues' names in Tasklist (assignee, candidate lists), as every partner has them
    grant(owners, Resources.USER, ANY, Permissions.READ);
    grant(owners, Resources.GROUP, ANY, Permissions.READ);
  }

  /** Removes the permissions from the group's grant on the resource, if it has them. */
  void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (authorization.isPermissionGranted(permission)) {
        authorization.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating it if missing. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
