package de.fachkraftimfokus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seeding at start is idempotent: running it again — as every restart does — creates no
 * duplicate group, user, membership, authorization or filter and changes no permission.
 * (Restarting on the same database runs exactly this code again.)
 */
@PlatformTest
class IdempotentSeedingTest {

  @Autowired IdentitySeeder seeder;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

  @Test
  @DisplayName("Zweimal säen ergibt dasselbe wie einmal")
  void seedingTwiceChangesNothing() {
    List<String> before = snapshot();
    seeder.postProcessEngineBuild(engine);
    seeder.postProcessEngineBuild(engine);
    assertThat(snapshot()).containsExactlyElementsOf(before);
  }

  @Test
  @DisplayName("Jeder Demo-Benutzer ist genau einmal Mitglied seiner Gruppen")
  void membershipsOnce() {
    seeder.postProcessEngineBuild(engine);
    for (DemoUser demo : DemoUser.all()) {
      List<String> groups = identityService.createGroupQuery().groupMember(demo.id()).list()
          .stream().map(Group::getId).sorted().toList();
      assertThat(groups).as(demo.id()).containsExactlyInAnyOrderElementsOf(demo.groupIds());
    }
  }

  /** Everything the seeder owns, one line per row, in a stable order. */
  private List<String> snapshot() {
    List<String> rows = new ArrayList<>();
    for (Group group : identityService.createGroupQuery().orderByGroupId().asc().list()) {
      rows.add("group " + group.getId() + " " + group.getName() + " " + group.getType()
          + " members=" + identityService.createUserQuery().memberOfGroup(group.getId()).count());
    }
    for (User user : identityService.createUserQuery().orderByUserId().asc().list()) {
      rows.add("user " + user.getId());
    }
    for (Authorization a : authorizationService.createAuthorizationQuery().list()) {
      rows.add("auth " + a.getId() + " " + a.getAuthorizationType() + " " + a.getGroupId() + " "
          + a.getUserId() + " " + a.getResourceType() + " " + a.getResourceId() + " "
          + ((AuthorizationEntity) a).getPermissions());
    }
    for (Filter filter : filterService.createFilterQuery().orderByFilterId().asc().list()) {
      rows.add("filter " + filter.getId() + " " + filter.getName() + " " + filter.getOwner());
    }
    rows.sort(null);
    rows.add(0, "authorizations=" + authorizationService.createAuthorizationQuery().count()
        + " filters=" + filterService.createFilterQuery().count()
        + " users=" + identityService.createUserQuery().count()
        + " groups=" + identityService.createGroupQuery().count());
    return rows;
  }
}
