package de.fachkraftimfokus.identity;

import de.fachkraftimfokus.region.Region;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of DESIGN.md §1 (in local demo mode also the demo users), their
 * authorizations and the Tasklist filters as soon as the engine is built — before the web server
 * or the job executor take work. Idempotent: a restart creates no duplicates.
 */
@Component
class IdentitySeeder extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySeeder.class);

  private final IdentityProperties properties;
  private IdentityService identityService;

  IdentitySeeder(IdentityProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    identityService = engine.getIdentityService();
    seedGroups();
    if (properties.demoEnabled()) {
      seedDemoUsers();
    }
    new AuthorizationSeeder(engine.getAuthorizationService(), engine.getManagementService()).seed();
    new TaskFilterSeeder(engine.getFilterService(), engine.getTaskService(),
        engine.getAuthorizationService()).seed();
  }

  void seedGroups() {
    for (PartnerGroup group : PartnerGroup.values()) {
      ensureGroup(group.id(), group.germanName());
      if (group.isRegional()) {
        for (Region region : Region.values()) {
          ensureGroup(group.regionalGroupId(region), group.germanName() + " – Region " + region.germanName());
        }
      }
    }
  }

  void seedDemoUsers() {
    String password = properties.demoPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("fkif.identity.demo-password fehlt: ohne Passwort keine Demo-Benutzer");
    }
    for (DemoUser demo : DemoUser.all()) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.fachkraft-im-fokus.invalid");
        user.setPassword(password);
        identityService.saveUser(user);
        LOG.info("Demo-Benutzer {} angelegt", demo.id());
      }
      ensureMemberships(demo.id(), demo.groupIds());
    }
  }

  private void ensureMemberships(String userId, List<String> groupIds) {
    for (String groupId : groupIds) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }

  private void ensureGroup(String id, String name) {
    Group existing = identityService.createGroupQuery().groupId(id).singleResult();
    if (existing == null) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
      LOG.info("Gruppe {} angelegt", id);
    } else if (!name.equals(existing.getName())) {
      existing.setName(name);
      identityService.saveGroup(existing);
    }
  }
}
