package de.fachkraftimfokus.identity;

import static de.fachkraftimfokus.identity.AccessTestModels.CANDIDATE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.PlatformTest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Proves every line of {@link AccessPlan} and of the {@link AuthorizationSeeder} against the real
 * engine: what each group may start, read and work — and what it must be refused. The calls run
 * under {@code identityService.setAuthentication(user, groups)}, as the REST API and the webapps
 * run them.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPlanEnforcedTest {

  private static final String BUSINESS_KEY_PREFIX = "TEST-ACCESS-";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired DecisionService decisionService;
  @Autowired FilterService filterService;

  private Deployment deployment;

  /**
   * Once per class, in its first test: the engine records process test coverage only while a test
   * method runs (camunda-process-test-coverage refuses events outside one).
   */
  @BeforeEach
  void deployAndStartOneInstanceOfEach() {
    if (deployment != null) {
      return;
    }
    deployment = AccessTestModels.deploy(repositoryService);
    for (ProcessKey key : ProcessKey.values()) {
      runtimeService.startProcessInstanceByKey(key.key(), businessKey());
    }
  }

  @AfterAll
  void undeploy() {
    AccessTestModels.undeploy(repositoryService, deployment);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  static Stream<PartnerGroup> groupsOfThePlan() {
    return Arrays.stream(PartnerGroup.values()).filter(g -> g != PartnerGroup.CAMUNDA_ADMIN);
  }

  @ParameterizedTest(name = "{0} startet genau die Prozesse aus dem AccessPlan")
  @MethodSource("groupsOfThePlan")
  void startsExactlyItsProcesses(PartnerGroup group) {
    Set<ProcessKey> started = EnumSet.noneOf(ProcessKey.class);
    for (ProcessKey key : ProcessKey.values()) {
      identityService.setAuthentication("probe." + group.id(), List.of(group.id()));
      try {
        runtimeService.startProcessInstanceByKey(key.key(), businessKey());
        started.add(key);
      } catch (AuthorizationException refused) {
        // expected for every process the plan does not give the group
      } finally {
        identityService.clearAuthentication();
      }
    }
    assertThat(started).isEqualTo(AccessPlan.startableBy(group));
  }

  @ParameterizedTest(name = "{0} sieht laufende und historische Instanzen genau seiner Prozesse")
  @MethodSource("groupsOfThePlan")
  void readsExactlyItsProcesses(PartnerGroup group) {
    Set<ProcessKey> running = EnumSet.noneOf(ProcessKey.class);
    Set<ProcessKey> historic = EnumSet.noneOf(ProcessKey.class);
    identityService.setAuthentication("probe." + group.id(), List.of(group.id()));
    for (ProcessKey key : ProcessKey.values()) {
      if (runtimeService.createProcessInstanceQuery().processDefinitionKey(key.key())
          .processInstanceBusinessKeyLike(BUSINESS_KEY_PREFIX + "%").count() > 0) {
        running.add(key);
      }
      if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key.key())
          .processInstanceBusinessKeyLike(BUSINESS_KEY_PREFIX + "%").count() > 0) {
        historic.add(key);
      }
    }
    assertThat(running).isEqualTo(AccessPlan.readableBy(group));
    assertThat(historic).isEqualTo(AccessPlan.readableBy(group));
  }

  @Test
  @DisplayName("PFIFF darf keinen Jour fixe starten, MS keinen Beratungsfall")
  void refusedStarts() {
    assertThatThrownBy(() -> as(PartnerGroup.PFIFF, () ->
        runtimeService.startProcessInstanceByKey(ProcessKey.JOUR_FIXE.key(), businessKey())))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as(PartnerGroup.MS, () ->
        runtimeService.startProcessInstanceByKey(ProcessKey.ADVISORY_CASE.key(), businessKey())))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName("Beratungsfälle liest keine Gruppe als Ganze: weder PFIFF noch Network-KMU (die Regiocoaches lesen je Fall ihrer Region)")
  void advisoryCasesOnlyPerInstance() {
    assertThat(as(PartnerGroup.PFIFF, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKey.ADVISORY_CASE.key()).count())).isZero();
    assertThat(as(PartnerGroup.NETWORK_KMU, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKey.ADVISORY_CASE.key()).count())).isZero();
  }

  @Test
  @DisplayName("Mitglieder der Kandidatengruppe sehen, übernehmen und erledigen ihre Aufgabe; andere nicht")
  void candidateGroupWorksItsTask() {
    ProcessInstance referral = runtimeService.startProcessInstanceByKey(ProcessKey.REFERRAL.key(), businessKey());
    String taskId = taskOf(referral).getId();
    List<String> pfiffHarz = List.of(PartnerGroup.PFIFF.id(), PartnerGroup.PFIFF.regionalGroupId(Region.HARZ));
    List<String> pfiffHalle = List.of(PartnerGroup.PFIFF.id(), PartnerGroup.PFIFF.regionalGroupId(Region.HALLE));
    List<String> coachHarz = List.of(PartnerGroup.NETWORK_KMU.id(), PartnerGroup.NETWORK_KMU.regionalGroupId(Region.HARZ));

    // PFIFF in another region and the Regiocoach (who may read the referral instance) do not see the task
    assertThat(as("pfiff.halle", pfiffHalle, () -> taskService.createTaskQuery().taskId(taskId).count())).isZero();
    assertThat(as("coach.harz", coachHarz, () -> taskService.createTaskQuery().taskId(taskId).count())).isZero();
    assertThatThrownBy(() -> as("pfiff.halle", pfiffHalle, () -> {
      taskService.claim(taskId, "pfiff.halle");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as("pfiff.halle", pfiffHalle, () -> {
      taskService.complete(taskId);
      return null;
    })).isInstanceOf(AuthorizationException.class);

    // PFIFF Harz sees it and claims it ...
    assertThat(as("pfiff.harz", pfiffHarz, () -> taskService.createTaskQuery().taskId(taskId).count())).isOne();
    as("pfiff.harz", pfiffHarz, () -> {
      taskService.claim(taskId, "pfiff.harz");
      return null;
    });
    // ... but TASK_WORK is no UPDATE: no handing the task to someone else, no variables outside completion
    // (Tasklist's "Speichern" keeps form values in the browser, so it needs no such right)
    assertThatThrownBy(() -> as("pfiff.harz", pfiffHarz, () -> {
      taskService.setAssignee(taskId, "pfiff.halle");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as("pfiff.harz", pfiffHarz, () -> {
      taskService.setVariable(taskId, "probeNote", "zwischengespeichert");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    // ... and completes it with the result of the form
    as("pfiff.harz", pfiffHarz, () -> {
      taskService.complete(taskId, Variables.createVariables().putValue("probeOutcome", "angenommen"));
      return null;
    });
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(referral.getId())
        .singleResult().getEndTime()).isNotNull();
  }

  @Test
  @DisplayName("Leitung/Controlling liest alle Aufgaben, darf aber keine übernehmen, erledigen oder Prozesse starten")
  void cockpitReadersOnlyRead() {
    ProcessInstance referral = runtimeService.startProcessInstanceByKey(ProcessKey.REFERRAL.key(), businessKey());
    String taskId = taskOf(referral).getId();
    assertThat(as(PartnerGroup.COCKPIT_READERS, () -> taskService.createTaskQuery().taskId(taskId).count())).isOne();
    assertThatThrownBy(() -> as(PartnerGroup.COCKPIT_READERS, () -> {
      taskService.claim(taskId, "probe.cockpit-readers");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as(PartnerGroup.COCKPIT_READERS, () -> {
      taskService.complete(taskId);
      return null;
    })).isInstanceOf(AuthorizationException.class);
    for (ProcessKey key : ProcessKey.values()) {
      assertThatThrownBy(() -> as(PartnerGroup.COCKPIT_READERS, () ->
          runtimeService.startProcessInstanceByKey(key.key(), businessKey())))
          .as(key.key()).isInstanceOf(AuthorizationException.class);
    }
  }

  @ParameterizedTest(name = "{0}: Tasklist für Partner, Cockpit für Leitung – nicht umgekehrt, Admin nur für Administration")
  @MethodSource("groupsOfThePlan")
  void applicationAccess(PartnerGroup group) {
    boolean partner = PartnerGroup.workingPartners().contains(group);
    boolean owners = group == PartnerGroup.PROCESS_OWNERS;
    assertThat(canUse(group, AuthorizationSeeder.TASKLIST)).isEqualTo(partner || owners);
    assertThat(canUse(group, AuthorizationSeeder.COCKPIT)).isEqualTo(group == PartnerGroup.COCKPIT_READERS || owners);
    assertThat(canUse(group, "admin")).isFalse();
  }

  @Test
  @DisplayName("Prozessverantwortliche lesen jede Definition, Entscheidungstabelle und Instanz, aber keine Variable, "
      + "bearbeiten keine fremde Aufgabe und starten nichts")
  void processOwnersReadDefinitionsOnly() {
    PartnerGroup owners = PartnerGroup.PROCESS_OWNERS;
    assertThat(PartnerGroup.workingPartners()).as("kein Partner: keine Partner-Mails, keine Stellungnahmen")
        .doesNotContain(owners);
    for (ProcessKey key : ProcessKey.values()) {
      assertThat(as(owners, () -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(key.key())
          .count())).as("Definition %s", key.key()).isPositive();
      // issue 17: every instance (Cockpit, migration), never a variable
      assertThat(as(owners, () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(key.key())
          .count())).as("Instanzen %s", key.key())
          .isEqualTo(runtimeService.createProcessInstanceQuery().processDefinitionKey(key.key()).count());
      assertThat(as(owners, () -> historyService.createHistoricVariableInstanceQuery().count())).isZero();
    }
    assertThat(as(owners, () -> repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(AccessTestModels.DECISION_KEY).count())).isPositive();
    assertThat(as(owners, () -> repositoryService.createDeploymentQuery().deploymentId(deployment.getId()).count()))
        .isOne();
    assertThat(as(owners, () -> runtimeService.createVariableInstanceQuery().count())).as("keine Variablen, "
        + "also keine Kontaktdaten").isZero();
    // the task of another group: seen (read-only, as Cockpit shows it), never worked
    ProcessInstance referral = runtimeService.startProcessInstanceByKey(ProcessKey.REFERRAL.key(), businessKey());
    String taskId = taskOf(referral).getId();
    assertThat(as(owners, () -> taskService.createTaskQuery().taskId(taskId).count())).isEqualTo(1);
    assertThatThrownBy(() -> as(owners, () -> {
      taskService.claim(taskId, "probe.process-owners");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    // issue 17: they deploy (through the deployment gate) and migrate
    assertThat(authorizationService.isUserAuthorized("probe.process-owners", List.of(owners.id()),
        Permissions.CREATE, Resources.DEPLOYMENT)).isTrue();
    assertThat(authorizationService.isUserAuthorized("probe.process-owners", List.of(owners.id()),
        Permissions.MIGRATE_INSTANCE, Resources.PROCESS_DEFINITION, ProcessKey.ADVISORY_CASE.key())).isTrue();
    assertThat(authorizationService.isUserAuthorized("probe.process-owners", List.of(owners.id()),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, Resources.PROCESS_DEFINITION,
        ProcessKey.ADVISORY_CASE.key())).isFalse();
  }

  @Test
  @DisplayName("Die Administration darf alle Anwendungen nutzen")
  void adminUsesEverything() {
    for (String application : List.of(AuthorizationSeeder.TASKLIST, AuthorizationSeeder.COCKPIT, "admin")) {
      assertThat(canUse(PartnerGroup.CAMUNDA_ADMIN, application)).as(application).isTrue();
    }
  }

  @Test
  @DisplayName("Aufrufaktivität und Entscheidungstabelle laufen für den Regiocoach ohne eigene Rechte darauf")
  void engineInternalStepsNeedNoPermission() {
    String coach = "coach.harz";
    List<String> groups = List.of(PartnerGroup.NETWORK_KMU.id(), PartnerGroup.NETWORK_KMU.regionalGroupId(Region.HARZ));
    // the Regiocoach has neither the right to start a referral nor to evaluate a decision himself ...
    assertThatThrownBy(() -> as(coach, groups, () ->
        runtimeService.startProcessInstanceByKey(ProcessKey.REFERRAL.key(), businessKey())))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as(coach, groups, () ->
        decisionService.evaluateDecisionByKey(AccessTestModels.DECISION_KEY).evaluate()))
        .isInstanceOf(AuthorizationException.class);
    assertThat(authorizationService.isUserAuthorized(coach, groups, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, ProcessKey.REFERRAL.key())).isFalse();

    // ... yet his advisory case evaluates the decision (business rule task) and calls the referral
    ProcessInstance advisoryCase = as(coach, groups, () ->
        runtimeService.startProcessInstanceByKey(ProcessKey.ADVISORY_CASE.key(), businessKey()));
    assertThat(runtimeService.getVariable(advisoryCase.getId(), AccessTestModels.DECISION_RESULT))
        .isEqualTo(AccessTestModels.DECISION_OUTPUT);
    String taskId = taskOf(advisoryCase).getId();
    as(coach, groups, () -> {
      taskService.complete(taskId);
      return null;
    });
    ProcessInstance referral = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(advisoryCase.getId()).singleResult();
    assertThat(referral).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(referral.getId())
        .processDefinitionKey(ProcessKey.REFERRAL.key()).count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(referral.getId())
        .taskCandidateGroup(CANDIDATE_GROUP.get(ProcessKey.REFERRAL)).count()).isOne();
  }

  @Test
  @DisplayName("Partner dürfen keine eigenen Filter anlegen (gespeicherte Abfragen werten Ausdrücke aus)")
  void partnersCannotCreateFilters() {
    assertThatThrownBy(() -> as(PartnerGroup.PFIFF, () ->
        filterService.saveFilter(filterService.newTaskFilter("Eigener Filter"))))
        .isInstanceOf(AuthorizationException.class);
  }

  private boolean canUse(PartnerGroup group, String application) {
    return authorizationService.isUserAuthorized("probe." + group.id(), List.of(group.id()),
        Permissions.ACCESS, Resources.APPLICATION, application);
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(AccessTestModels.TASK).singleResult();
  }

  private <T> T as(PartnerGroup group, Supplier<T> action) {
    return as("probe." + group.id(), List.of(group.id()), action);
  }

  private <T> T as(String user, List<String> groups, Supplier<T> action) {
    identityService.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String businessKey() {
    return BUSINESS_KEY_PREFIX + UUID.randomUUID();
  }
}
