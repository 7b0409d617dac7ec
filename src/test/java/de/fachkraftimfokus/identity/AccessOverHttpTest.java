package de.fachkraftimfokus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same access plan over real HTTP, as the demo users of the README: REST needs a login, and a
 * logged-in user's authorizations decide what the API shows and allows.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessOverHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  private HttpProbe http;
  private Deployment deployment;
  private ProcessInstance advisoryCase;
  private ProcessInstance referral;

  /**
   * Once per class, in its first test: the engine records process test coverage only while a test
   * method runs (camunda-process-test-coverage refuses events outside one).
   */
  @BeforeEach
  void deploy() {
    if (deployment != null) {
      return;
    }
    http = new HttpProbe(port);
    deployment = AccessTestModels.deploy(repositoryService);
    advisoryCase = runtimeService.startProcessInstanceByKey(ProcessKey.ADVISORY_CASE.key(), "TEST-HTTP-" + UUID.randomUUID());
    referral = runtimeService.startProcessInstanceByKey(ProcessKey.REFERRAL.key(), "TEST-HTTP-" + UUID.randomUUID());
  }

  @AfterAll
  void undeploy() {
    AccessTestModels.undeploy(repositoryService, deployment);
  }

  @Test
  @DisplayName("Ohne Anmeldung antwortet die REST-API mit 401")
  void unauthenticatedIsRefused() {
    HttpResponse<String> response = http.get("/engine-rest/task").send();
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/process-instance").send().statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("Ein falsches Passwort ergibt 401")
  void wrongPasswordIsRefused() {
    // its own user: a wrong password locks the user for a few seconds (ENGINE-27001)
    String userId = "probe-wrongpw-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setPassword("Richtig-Passwort-2026");
    identityService.saveUser(user);
    try {
      assertThat(http.get("/engine-rest/task").as(userId, "Falsch-Passwort-2026").send().statusCode()).isEqualTo(401);
      assertThat(http.get("/engine-rest/task").as("unbekannt", "Falsch-Passwort-2026").send().statusCode()).isEqualTo(401);
    } finally {
      identityService.deleteUser(userId);
    }
  }

  @Test
  @DisplayName("/engine-rest/engine bleibt absichtlich offen (nur der Name der Engine)")
  void engineListIsOpen() {
    HttpResponse<String> response = http.get("/engine-rest/engine").send();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"default\"");
  }

  @Test
  @DisplayName("Die REST-Liste zeigt nur, was der angemeldete Benutzer sehen darf")
  void listsShowOnlyWhatTheUserMaySee() throws Exception {
    // Regiocoaches read the cases of their region: the real model grants it per instance
    // (AdvisoryCaseProcessTest); here the stand-in model's instance gets the same grant
    String advisoryCases = "/engine-rest/process-instance?processDefinitionKey=" + ProcessKey.ADVISORY_CASE.key();
    assertThat(ids(http.get(advisoryCases).asDemo("coach.harz").send())).doesNotContain(advisoryCase.getId());
    var grant = authorizationService.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(PartnerGroup.NETWORK_KMU.regionalGroupId(Region.HARZ));
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE);
    grant.setResourceId(advisoryCase.getId());
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    authorizationService.saveAuthorization(grant);
    assertThat(ids(http.get(advisoryCases).asDemo("coach.harz").send())).contains(advisoryCase.getId());
    assertThat(ids(http.get(advisoryCases).asDemo("coach.halle").send())).doesNotContain(advisoryCase.getId());
    assertThat(ids(http.get(advisoryCases).asDemo("pfiff.harz").send())).doesNotContain(advisoryCase.getId());

    String referralTask = taskService.createTaskQuery().processInstanceId(referral.getId()).singleResult().getId();
    assertThat(ids(http.get("/engine-rest/task").asDemo("pfiff.harz").send())).contains(referralTask);
    assertThat(ids(http.get("/engine-rest/task").asDemo("pfiff.halle").send())).doesNotContain(referralTask);
    assertThat(ids(http.get("/engine-rest/task").asDemo("leitung").send())).contains(referralTask);
    // the Cockpit reader sees the task but may not claim it
    assertThat(http.post("/engine-rest/task/" + referralTask + "/claim", "{\"userId\":\"leitung\"}")
        .asDemo("leitung").send().statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("Über REST startet jede Gruppe nur ihre Prozesse")
  void startsOverRest() {
    String body = "{}";
    // who may not even read the process gets 404: the REST API does not find what it may not see
    assertThat(start(ProcessKey.ADVISORY_CASE, "ms.referat", body)).isEqualTo(404);
    // who may read but not start gets 403 — every partner reads the Jour fixe model (its tasks need it)
    assertThat(start(ProcessKey.JOUR_FIXE, "pfiff.harz", body)).isEqualTo(403);
    assertThat(start(ProcessKey.JOUR_FIXE, "leitung", body)).isEqualTo(403);
    assertThat(start(ProcessKey.REFERRAL, "coach.harz", body)).isEqualTo(403);
    assertThat(start(ProcessKey.JOUR_FIXE, "stk.gs", body)).isEqualTo(200);
    assertThat(start(ProcessKey.ADVISORY_CASE, "coach.halle", body)).isEqualTo(200);
    assertThat(start(ProcessKey.ADVISORY_CASE, "pfiff.magdeburg", body)).isEqualTo(200);
  }

  @Test
  @DisplayName("Filter: jeder Partner sieht die drei gemeinsamen und nur seinen eigenen Eingangsfilter")
  void filtersPerGroup() throws Exception {
    List<String> common = List.of(TaskFilterSeeder.MY_TASKS, TaskFilterSeeder.GROUP_TASKS, TaskFilterSeeder.OVERDUE_TASKS);
    assertThat(filterNames("pfiff.harz")).containsAll(common);
    assertThat(incoming(filterNames("pfiff.harz")))
        .containsExactly(TaskFilterSeeder.incomingReferralsName(PartnerGroup.PFIFF));
    assertThat(incoming(filterNames("transfer")))
        .containsExactly(TaskFilterSeeder.incomingReferralsName(PartnerGroup.TRANSFERZENTREN));
    assertThat(incoming(filterNames("azubicoach")))
        .containsExactly(TaskFilterSeeder.incomingReferralsName(PartnerGroup.AUSBILDUNGSCOACHES));
    assertThat(incoming(filterNames("projekt")))
        .containsExactly(TaskFilterSeeder.incomingReferralsName(PartnerGroup.EINZELPROJEKTE));
    assertThat(incoming(filterNames(PartnerGroup.WEITERBILDUNG.id())))
        .containsExactly(TaskFilterSeeder.incomingReferralsName(PartnerGroup.WEITERBILDUNG));
    for (String user : List.of("coach.harz", "stk.gs", "ms.referat", "mw.referat")) {
      assertThat(filterNames(user)).as(user).containsAll(common);
      assertThat(incoming(filterNames(user))).as(user).isEmpty();
    }
    // the process owners see the common filters for the tasks modelled for them, no incoming referrals
    assertThat(filterNames("prozess.owner")).containsAll(common);
    assertThat(incoming(filterNames("prozess.owner"))).isEmpty();
    // no Tasklist, no filters for the Cockpit reader
    assertThat(filterNames("leitung")).doesNotContainAnyElementsOf(common);
  }

  @Test
  @DisplayName("Prozessverantwortliche über REST: Definitionen, Entscheidungstabellen und Instanzen ja, Variablen und Aufgaben anderer nein")
  void processOwnersOverRest() throws Exception {
    HttpResponse<String> decisions = http.get("/engine-rest/decision-definition?key=" + AccessTestModels.DECISION_KEY)
        .asDemo("prozess.owner").send();
    assertThat(ids(decisions)).isNotEmpty();
    assertThat(ids(http.get("/engine-rest/process-definition?key=" + ProcessKey.ADVISORY_CASE.key())
        .asDemo("prozess.owner").send())).isNotEmpty();
    // issue 17: instances yes (Cockpit, migration), variables no
    assertThat(http.get("/engine-rest/process-instance?processDefinitionKey=" + ProcessKey.ADVISORY_CASE.key())
        .asDemo("prozess.owner").send().statusCode()).isEqualTo(200);
    assertThat(ids(http.get("/engine-rest/variable-instance").asDemo("prozess.owner").send())).isEmpty();
    String referralTask = taskService.createTaskQuery().processInstanceId(referral.getId()).singleResult().getId();
    // tasks are seen (Cockpit shows them), never worked
    assertThat(ids(http.get("/engine-rest/task").asDemo("prozess.owner").send())).contains(referralTask);
    assertThat(http.post("/engine-rest/task/" + referralTask + "/claim", "{\"userId\": \"prozess.owner\"}")
        .asDemo("prozess.owner").send().statusCode()).isEqualTo(403);
    assertThat(start(ProcessKey.PROJECT_CHANGE, "prozess.owner", "{}")).isEqualTo(403);
  }

  private int start(ProcessKey key, String user, String body) {
    return http.post("/engine-rest/process-definition/key/" + key.key() + "/start", body)
        .asDemo(user).send().statusCode();
  }

  private List<String> filterNames(String user) throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/filter?resourceType=Task").asDemo(user).send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    JSON.readTree(response.body()).forEach(filter -> names.add(filter.get("name").asText()));
    return names;
  }

  private static List<String> incoming(List<String> names) {
    return names.stream().filter(n -> n.startsWith(TaskFilterSeeder.INCOMING_REFERRALS)).toList();
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode node : JSON.readTree(response.body())) {
      ids.add(node.get("id").asText());
    }
    return ids;
  }
}
