package de.fachkraftimfokus.projectchange;

import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.agenda.AgendaSource;
import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Element.*;
import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.advisorycase.FieldOfAction;
import de.fachkraftimfokus.advisorycase.Offer;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.JourFixeFixture;
import de.fachkraftimfokus.jourfixe.JourFixeService;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.EventOutcome;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.Newcomer;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.SignificanceChoice;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.TableOutcome;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess.TableRow;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.MailingProcessTest;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.validation.InvalidInputException;
import jakarta.mail.Message;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stories of {@code project-change} (issue 13, clauses 2.1 and 3.4) on the real platform: real
 * models, decision tables, delegates, mails (GreenMail) and database; the job executor is off, so
 * every asynchronous step and timer is run here by hand.
 */
@PlatformTest
@DisplayName("Änderung im Projektangebot / Einarbeitung Regiocoaches (project-change)")
class ProjectChangeProcessTest extends MailingProcessTest {

  /** The demo user of the WEITERBILDUNG programme (its id is the group's). */
  private static final String WEITERBILDUNG_USER = "weiterbildung";

  static final String TEST_DEPLOYMENT = "fkif-test-offer-table";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MS_USER = "ms.referat";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired JourFixeService jourFixe;
  @Autowired CoachReconciliation reconciliation;
  @Autowired OfferTable offerTable;
  @Autowired de.fachkraftimfokus.jourfixe.MonitoringReportStore reports;

  private final List<String> testDeployments = new ArrayList<>();
  private final List<String> testUsers = new ArrayList<>();

  @BeforeEach
  void emptyMailboxes() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
  }

  /** The shared database sees the shipped offer table as the latest again, and no test user stays. */
  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    testDeployments.forEach(id -> repositoryService.deleteDeployment(id, true, true, true));
    testDeployments.clear();
    testUsers.forEach(identityService::deleteUser);
    testUsers.clear();
  }

  // ---------------------------------------------------------------- stories

  @Test
  @DisplayName("Neues Projekt: Angebotstabelle wird während des Prozesses geändert und bereitgestellt – laufende Fälle behalten "
      + "ihre Empfehlung, neue nutzen die neue Tabelle; alle Regionen nehmen Kenntnis; Informationsveranstaltung; TOP im Jour fixe")
  void newProjectWithTableChangeDeployedDuringTheProcess() throws Exception {
    int versionAtStart = latestOfferTableVersion();
    ProcessInstance runningCase = advisoryCaseAtDevelopOptions(FieldOfAction.TARGET_GROUPS);
    List<Offer> recommendedBefore = AdvisoryCaseProcess.Var.RECOMMENDED_OFFERS.get(
        runtimeService.getVariables(runningCase.getId()));
    Assertions.assertThat(recommendedBefore).extracting(Offer::offerId).containsExactly("einzelprojekte-zielgruppen");

    ProcessInstance pi = announceAs(MS_USER, PartnerGroup.MS, change(ChangeKind.NEW_PROJECT, ProjectChangeProcess.OFFER_NEW,
        "Fachkräfte-Lotsen für Zugewanderte", List.of(FieldOfAction.TARGET_GROUPS), SignificanceChoice.VORSCHLAG, null));
    String key = pi.getBusinessKey();
    Assertions.assertThat(key).matches(ProjectChangeProcess.BUSINESS_KEY);
    assertThat(pi).hasPassed(PROPOSE_SIGNIFICANCE, RECORD_CHANGE, REGISTER_AGENDA_ITEM).isWaitingAt(NOTIFY_CHANGE);
    Assertions.assertThat(variable(pi, Var.ANNOUNCER)).isEqualTo(MS_USER);
    Assertions.assertThat(variable(pi, Var.SIGNIFICANT)).as("neues Projekt: wesentlich").isTrue();
    Assertions.assertThat(variable(pi, Var.OFFER_TABLE_VERSION)).isEqualTo(versionAtStart);
    Assertions.assertThat(variable(pi, Var.TABLE_ROWS)).singleElement().isEqualTo(new TableRow(TableProposal.ADD, null,
        null, FieldOfAction.TARGET_GROUPS.id(), FieldOfAction.TARGET_GROUPS.germanLabel(),
        "neu-fachkraefte-lotsen-fuer-zugewanderte", "Fachkräfte-Lotsen für Zugewanderte", null));

    // every partner and the process owners are told, once
    runAsyncSteps(pi);
    Assertions.assertThat(recipientsOf(key)).contains(address("prozess.owner"), address("coach.harz"),
        address("stk.gs"), address("pfiff.altmark")).doesNotContain(address("leitung"));
    Assertions.assertThat(ProcessTestSupport.body(mails(key).get(0))).contains("Neue Zeile ergänzen")
        .contains("Fachkräfte-Lotsen für Zugewanderte");

    // the owner's task and one acknowledgement per region, due at the end of the fifth working day
    Task table = task(pi, UPDATE_OFFER_TABLE);
    Assertions.assertThat(candidateGroups(table)).containsExactlyInAnyOrder(PartnerGroup.PROCESS_OWNERS.id(),
        PartnerGroup.CAMUNDA_ADMIN.id());
    Assertions.assertThat(tasks(pi, ACKNOWLEDGE_CHANGE)).hasSize(Region.values().length)
        .flatExtracting(this::candidateGroups).containsExactlyInAnyOrderElementsOf(Arrays.stream(Region.values())
            .map(PartnerGroup.NETWORK_KMU::regionalGroupId).toList());

    // the next Jour fixe has the change on its agenda
    ProcessInstance meeting = JourFixeFixture.atFinalizeAgenda(runtimeService, taskService, managementService);
    Assertions.assertThat(jourFixe.agenda(meeting.getBusinessKey()))
        .filteredOn(item -> key.equals(item.sourceRef())).singleElement().satisfies(item -> {
          Assertions.assertThat(item.sourceType()).isEqualTo(AgendaSource.PROJECT_CHANGE);
          Assertions.assertThat(item.title()).contains(key).contains("Neues Projekt");
        });
    // ... and its monitoring report lists it, with the table still to change and no region acknowledged yet
    String report = reports.html(meeting.getBusinessKey()).orElseThrow();
    Assertions.assertThat(report).contains("Änderungen im Projektangebot und Einarbeitungen").contains(key)
        .contains("offen (Version " + versionAtStart + ")")
        .contains("Altmark, Magdeburg, Harz, Anhalt-Bitterfeld-Wittenberg, Halle");
    runtimeService.deleteProcessInstance(meeting.getId(), "Testende", true);

    // the owner cannot close before a newer table is deployed, nor with the same table deployed again
    Assertions.assertThatThrownBy(() -> completeAs("prozess.owner", PartnerGroup.PROCESS_OWNERS, table,
            Map.of(Var.TABLE_OUTCOME.name(), TableOutcome.TABELLE_GEAENDERT.name())))
        .hasMessageContaining("wartet auf Version " + (versionAtStart + 1));
    deployOfferTable(xml -> xml, "1.0-kopie");
    Assertions.assertThatThrownBy(() -> completeAs("prozess.owner", PartnerGroup.PROCESS_OWNERS, table,
            Map.of(Var.TABLE_OUTCOME.name(), TableOutcome.TABELLE_GEAENDERT.name())))
        .hasMessageContaining("gleicht Version " + versionAtStart + " Zeile für Zeile");
    deployOfferTable(xml -> withRow(xml, "Rule_target_groups_lotsen", FieldOfAction.TARGET_GROUPS,
        "einzelprojekte-fachkraefte-lotsen", "Einzelprojekt: Fachkräfte-Lotsen für Zugewanderte",
        PartnerGroup.EINZELPROJEKTE), "1.1");
    completeAs("prozess.owner", PartnerGroup.PROCESS_OWNERS, table, Map.of(
        Var.TABLE_OUTCOME.name(), TableOutcome.TABELLE_GEAENDERT.name(),
        Var.TABLE_CHANGE_NOTE.name(), "Zeile 15 ergänzt, Version 1.1"));
    Assertions.assertThat(variable(pi, Var.OFFER_TABLE_VERSION_AFTER)).isEqualTo(versionAtStart + 2);

    // running cases keep their recommendation; a new case is recommended the new project
    Assertions.assertThat(AdvisoryCaseProcess.Var.RECOMMENDED_OFFERS.get(runtimeService.getVariables(runningCase.getId())))
        .isEqualTo(recommendedBefore);
    ProcessInstance newCase = advisoryCaseAtDevelopOptions(FieldOfAction.TARGET_GROUPS);
    Assertions.assertThat(AdvisoryCaseProcess.Var.RECOMMENDED_OFFERS.get(runtimeService.getVariables(newCase.getId())))
        .extracting(Offer::offerId).containsExactly("einzelprojekte-zielgruppen", "einzelprojekte-fachkraefte-lotsen");
    runtimeService.deleteProcessInstance(runningCase.getId(), "Testende", true);
    runtimeService.deleteProcessInstance(newCase.getId(), "Testende", true);

    acknowledgeAll(pi);
    assertThat(pi).isWaitingAt(PLAN_EVENT);
    holdEvent(pi, List.of(Region.values()));
    assertThat(pi).isEnded().hasPassed(CHANGE_CLOSED, ALL_REGIONS_ACKNOWLEDGED).hasNotPassed(SEND_REMINDER);
    Map<String, Object> record = jdbc.queryForMap("SELECT * FROM pc_change WHERE business_key = ?", key);
    Assertions.assertThat(record.get("table_outcome")).isEqualTo(TableOutcome.TABELLE_GEAENDERT.name());
    Assertions.assertThat(record.get("table_version_after")).isEqualTo(versionAtStart + 2);
    Assertions.assertThat(record.get("closed_at")).isNotNull();
  }

  @Test
  @DisplayName("Projekt beendet: genau die Zeile des Angebots soll entfallen; die Einzelprojekte legen „nicht wesentlich“ "
      + "mit Begründung fest; danach ist das Angebot weder wählbar noch für neue Fälle empfohlen")
  void endedProject() throws Exception {
    ProcessInstance runningCase = advisoryCaseAtDevelopOptions(FieldOfAction.DIVERSITY);
    Map<String, Object> ended = change(ChangeKind.PROJECT_ENDED, "einzelprojekte-diversity", null, List.of(),
        SignificanceChoice.NICHT_WESENTLICH, " ");
    Assertions.assertThatThrownBy(() -> announceAs("projekt", PartnerGroup.EINZELPROJEKTE, ended))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Begründung der Festlegung: Pflichtfeld, wenn Sie die Bedeutung selbst festlegen");
    ended.put(Var.SIGNIFICANCE_REASON.name(), "Das Projekt wurde im letzten Jour fixe ausführlich vorgestellt.");
    ProcessInstance pi = announceAs("projekt", PartnerGroup.EINZELPROJEKTE, ended);

    Assertions.assertThat(variable(pi, Var.SIGNIFICANCE_PROPOSED)).as("Vorschlag der Tabelle").isTrue();
    Assertions.assertThat(variable(pi, Var.SIGNIFICANT)).isFalse();
    Assertions.assertThat(variable(pi, Var.SIGNIFICANCE_OVERRIDDEN)).isTrue();
    Assertions.assertThat(variable(pi, Var.SIGNIFICANCE_TEXT)).contains("Vorschlag der Tabelle: wesentlich")
        .contains("Abweichend festgelegt: Das Projekt wurde im letzten Jour fixe");
    OfferTable.Version table = offerTable().latest();
    OfferTable.Row diversity = table.rows().stream().filter(r -> r.offerId().equals("einzelprojekte-diversity"))
        .findFirst().orElseThrow();
    Assertions.assertThat(variable(pi, Var.TABLE_ROWS)).singleElement().isEqualTo(new TableRow(TableProposal.REMOVE,
        diversity.number(), "Rule_diversity", FieldOfAction.DIVERSITY.id(), FieldOfAction.DIVERSITY.germanLabel(),
        "einzelprojekte-diversity", diversity.offerName(), PartnerGroup.EINZELPROJEKTE.id()));
    Assertions.assertThat(variable(pi, Var.TABLE_CHANGE_PROPOSAL)).contains("Zeile " + diversity.number()
        + " entfernen [Rule_diversity]");
    runAsyncSteps(pi);

    deployOfferTable(xml -> xml.replaceAll("(?s)\\s*<rule id=\"Rule_diversity\">.*?</rule>", ""), "1.1");
    completeAs("prozess.owner", PartnerGroup.PROCESS_OWNERS, task(pi, UPDATE_OFFER_TABLE),
        Map.of(Var.TABLE_OUTCOME.name(), TableOutcome.TABELLE_GEAENDERT.name()));
    Assertions.assertThat(AdvisoryCaseProcess.Var.RECOMMENDED_OFFERS.get(runtimeService.getVariables(runningCase.getId())))
        .as("der laufende Fall behält seine Empfehlung").extracting(Offer::offerId)
        .containsExactly("einzelprojekte-diversity");
    ProcessInstance newCase = advisoryCaseAtDevelopOptions(FieldOfAction.DIVERSITY);
    Assertions.assertThat(AdvisoryCaseProcess.Var.RECOMMENDED_OFFERS.get(runtimeService.getVariables(newCase.getId())))
        .extracting(Offer::offerId).doesNotContain("einzelprojekte-diversity");
    Assertions.assertThatThrownBy(() -> announceAs("projekt", PartnerGroup.EINZELPROJEKTE,
            change(ChangeKind.CHANGED_CONTACT, "einzelprojekte-diversity", null, List.of(), SignificanceChoice.VORSCHLAG,
                null)))
        .hasMessageContaining("„einzelprojekte-diversity“ steht nicht (mehr) in der Angebotstabelle");
    runtimeService.deleteProcessInstance(runningCase.getId(), "Testende", true);
    runtimeService.deleteProcessInstance(newCase.getId(), "Testende", true);

    acknowledgeAll(pi);
    assertThat(pi).isEnded().hasNotPassed(PLAN_EVENT).hasPassed(UPDATE_OFFER_TABLE);
    Assertions.assertThat(jdbc.queryForObject("SELECT event_state FROM pc_change WHERE business_key = ?", String.class,
        pi.getBusinessKey())).isEqualTo(ProjectChangeService.EVENT_NONE);
  }

  @Test
  @DisplayName("Nicht wesentliche Änderung (neue Ansprechperson bei PFIFF): keine Tabellenaufgabe, keine Veranstaltung – "
      + "Kenntnisnahme aller Regionen genügt; Fragen der Regionen stehen im Stand")
  void notSignificantChange() {
    ProcessInstance pi = announceAs("pfiff.harz", PartnerGroup.PFIFF, change(ChangeKind.CHANGED_CONTACT,
        "pfiff-fachkraeftegewinnung", null, List.of(), SignificanceChoice.VORSCHLAG, null));
    Assertions.assertThat(variable(pi, Var.SIGNIFICANT)).isFalse();
    Assertions.assertThat(variable(pi, Var.SIGNIFICANCE_PROPOSAL_REASON)).contains("Ansprechperson");
    Assertions.assertThat(variable(pi, Var.TABLE_CHANGE_NEEDED)).isFalse();
    runAsyncSteps(pi);
    assertThat(pi).hasPassed(GW_TABLE_AFFECTED, GW_TABLE_DONE, GW_EVENT_DONE).hasNotPassed(UPDATE_OFFER_TABLE);
    Assertions.assertThat(tasks(pi, UPDATE_OFFER_TABLE)).isEmpty();

    Task harz = acknowledgementTask(pi, Region.HARZ);
    Assertions.assertThatThrownBy(() -> completeAs("coach.halle", coachGroups(Region.HALLE), harz,
        acknowledgement("Wir waren es nicht"))).as("die Aufgabe einer anderen Region").isNotNull();
    completeAs("coach.harz", coachGroups(Region.HARZ), harz, acknowledgement("Wer ist die neue Ansprechperson im Harz?"));
    Assertions.assertThat(variable(pi, Var.ACKNOWLEDGEMENT_STATUS))
        .contains("Harz: coach.harz").contains("Fragen: Wer ist die neue Ansprechperson im Harz?")
        .contains("Ausstehend (noch nicht zur Kenntnis genommen)").contains("Altmark");
    Assertions.assertThatThrownBy(() -> completeAs("coach.halle", coachGroups(Region.HALLE),
            acknowledgementTask(pi, Region.HALLE), Map.of(Var.ACKNOWLEDGED.name(), false)))
        .hasMessageContaining("Zur Kenntnis genommen: muss bestätigt werden");
    acknowledgeAll(pi);
    assertThat(pi).isEnded().hasPassed(CHANGE_CLOSED);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_acknowledgement WHERE business_key = ? AND "
        + "acknowledged_at IS NOT NULL", Integer.class, pi.getBusinessKey())).isEqualTo(Region.values().length);
  }

  @Test
  @DisplayName("Wesentliche Änderung (Ziele in zwei Handlungsfeldern): Informationsveranstaltung mit WEITERBILDUNG und "
      + "Personalpools für alle Regionen; sie fällt aus, das MS plant neu, sie findet statt")
  void significantChangeWithInformationEvent() throws Exception {
    ProcessInstance pi = announceAs(WEITERBILDUNG_USER, PartnerGroup.WEITERBILDUNG, change(ChangeKind.CHANGED_AIMS,
        "weiterbildung-personalpools", null, List.of(FieldOfAction.HR_DEVELOPMENT, FieldOfAction.FURTHER_TRAINING),
        SignificanceChoice.VORSCHLAG, null));
    String key = pi.getBusinessKey();
    Assertions.assertThat(variable(pi, Var.SIGNIFICANT)).isTrue();
    Assertions.assertThat(variable(pi, Var.SIGNIFICANCE_PROPOSAL_REASON)).contains("mehreren Handlungsfeldern");
    Assertions.assertThat(variable(pi, Var.TABLE_ROWS)).extracting(TableRow::action, TableRow::ruleId, TableRow::need)
        .containsExactly(Assertions.tuple(TableProposal.REVIEW, "Rule_hr_development_pools", FieldOfAction.HR_DEVELOPMENT.id()),
            Assertions.tuple(TableProposal.ADD, null, FieldOfAction.FURTHER_TRAINING.id()));
    runAsyncSteps(pi);

    // the owner decides the table stays: only with a reason
    Task table = task(pi, UPDATE_OFFER_TABLE);
    Assertions.assertThatThrownBy(() -> taskService.complete(table.getId(),
            Map.of(Var.TABLE_OUTCOME.name(), TableOutcome.KEINE_AENDERUNG_NOETIG.name())))
        .hasMessageContaining("Begründung: Pflichtfeld, wenn die Tabelle nicht geändert wird");
    taskService.complete(table.getId(), Map.of(Var.TABLE_OUTCOME.name(), TableOutcome.KEINE_AENDERUNG_NOETIG.name(),
        Var.NO_CHANGE_REASON.name(), "Das Förderprogramm WEITERBILDUNG steht für Weiterbildung schon in der Tabelle."));

    // MS plans: all regions pre-selected, the agenda holds WEITERBILDUNG and Personalpools
    Task plan = task(pi, PLAN_EVENT);
    Assertions.assertThat(candidateGroups(plan)).containsExactly(PartnerGroup.MS.id());
    Assertions.assertThat(variable(pi, Var.INVITEE_REGIONS)).containsExactlyElementsOf(ProjectChangeProcess.regionIds());
    Assertions.assertThat(variable(pi, Var.EVENT_AGENDA)).contains("WEITERBILDUNG").contains("Personalpools");
    Map<String, Object> wrong = eventPlan(LocalDate.now().minusDays(1), List.of(Region.HARZ));
    wrong.put(Var.AGENDA_PERSONNEL_POOLS.name(), false);
    Assertions.assertThatThrownBy(() -> completeAs(MS_USER, PartnerGroup.MS, plan, wrong))
        .hasMessageContaining("Datum: muss in der Zukunft liegen")
        .hasMessageContaining("Potenziale der Personalpools: gehört zu jeder Informationsveranstaltung")
        .hasMessageContaining("bei einer wesentlichen Änderung alle Regionen von Network-KMU einladen; es fehlt: Altmark");
    LocalDate first = LocalDate.now().plusDays(20);
    completeAs(MS_USER, PartnerGroup.MS, plan, eventPlan(first, List.of(Region.values())));
    runAsyncSteps(pi);
    Assertions.assertThat(invitationsSent(key)).containsExactly(key + ":einladung:runde-1");
    Message invitation = invitation(key);
    Assertions.assertThat(ProcessTestSupport.recipients(invitation)).contains(address("coach.altmark"),
        address("coach.halle"), address(MS_USER)).doesNotContain(address("pfiff.harz"));
    Assertions.assertThat(ProcessTestSupport.body(invitation)).contains(ProjectChangeService.GERMAN_DATE.format(first))
        .contains("WEITERBILDUNG");
    Job eventTimer = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(EVENT_DATE_REACHED).singleResult();
    Assertions.assertThat(eventTimer.getDuedate()).isEqualTo(Date.from(first.atTime(10, 0)
        .atZone(WorkingDays.ZONE).toInstant()));
    managementService.executeJob(eventTimer.getId());

    // it did not take place: a new date, a new invitation
    Task cancelled = task(pi, DOCUMENT_EVENT);
    Assertions.assertThatThrownBy(() -> taskService.complete(cancelled.getId(),
            Map.of(Var.EVENT_OUTCOME.name(), EventOutcome.AUSGEFALLEN.name())))
        .hasMessageContaining("Grund des Ausfalls: Pflichtfeld");
    taskService.complete(cancelled.getId(), Map.of(Var.EVENT_OUTCOME.name(), EventOutcome.AUSGEFALLEN.name(),
        Var.EVENT_NOT_HELD_REASON.name(), "Raum nicht verfügbar"));
    assertThat(pi).isWaitingAt(PLAN_EVENT);
    Assertions.assertThat(variable(pi, Var.EVENT_ROUND)).isEqualTo(2);
    holdEvent(pi, List.of(Region.values()));
    Assertions.assertThat(invitationsSent(key)).containsExactly(key + ":einladung:runde-1", key + ":einladung:runde-2");
    acknowledgeAll(pi);
    assertThat(pi).isEnded().hasPassed(GW_EVENT_HELD, CLOSE_CHANGE);
    Assertions.assertThat(jdbc.queryForObject("SELECT event_state FROM pc_change WHERE business_key = ?", String.class,
        key)).isEqualTo("stattgefunden, 12 Teilnehmende (Altmark 2, Magdeburg 3, Harz 2, Anhalt-Bitterfeld-Wittenberg 2, "
            + "Halle 3)");
  }

  @Test
  @DisplayName("Neue Regiocoaches: zwei Neue in verschiedenen Regionen innerhalb des Zeitfensters teilen eine Einarbeitung, "
      + "ein Dritter danach bekommt eine eigene; der Abgleich erkennt niemanden doppelt")
  void newRegiocoaches() throws Exception {
    reconciliation.check(); // the coaches who are there already are known (baseline or an earlier check)
    Assertions.assertThat(reconciliation.check().newcomers()).as("nichts Neues").isEmpty();

    addCoach("neu.harz", Region.HARZ);
    CoachReconciliation.Result first = reconciliation.check();
    Assertions.assertThat(first.newcomers()).containsExactly("neu.harz");
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first.onboardingKey())
        .singleResult();
    assertThat(pi).isWaitingAt(ONBOARDING_WINDOW_CLOSED).hasPassed(NEW_REGIOCOACHES_NOTICED);
    Assertions.assertThat(variable(pi, Var.CHANGE_KIND)).isEqualTo(ChangeKind.ONBOARDING);
    addCoach("neu.halle", Region.HALLE);
    CoachReconciliation.Result second = reconciliation.check();
    Assertions.assertThat(second.onboardingKey()).as("dieselbe Einarbeitung").isEqualTo(first.onboardingKey());
    Assertions.assertThat(reconciliation.check().newcomers()).isEmpty();
    Assertions.assertThat(variable(pi, Var.NEWCOMERS)).extracting(Newcomer::userId, Newcomer::region)
        .containsExactly(Assertions.tuple("neu.harz", Region.HARZ.id()), Assertions.tuple("neu.halle", Region.HALLE.id()));
    Job window = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    Assertions.assertThat(window.getDuedate()).isAfter(Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(13))));

    managementService.executeJob(window.getId());
    assertThat(pi).isWaitingAt(PLAN_EVENT).hasNotPassed(PROPOSE_SIGNIFICANCE, UPDATE_OFFER_TABLE);
    Assertions.assertThat(variable(pi, Var.INVITEE_REGIONS)).containsExactly(Region.HARZ.id(), Region.HALLE.id());
    Assertions.assertThat(variable(pi, Var.CHANGE_SUMMARY)).contains("neu.harz").contains("Region Halle");
    Assertions.assertThatThrownBy(() -> completeAs(MS_USER, PartnerGroup.MS, task(pi, PLAN_EVENT),
            eventPlan(LocalDate.now().plusDays(9), List.of(Region.HARZ))))
        .hasMessageContaining("die Regionen der neuen Regiocoaches einladen; es fehlt: Halle");

    // a third newcomer after the window: an Einarbeitung of their own
    addCoach("neu.anhalt", Region.ANHALT);
    CoachReconciliation.Result third = reconciliation.check();
    Assertions.assertThat(third.onboardingKey()).isNotEqualTo(first.onboardingKey());
    runtimeService.deleteProcessInstance(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(third.onboardingKey()).singleResult().getId(), "Testende", true);

    holdEvent(pi, List.of(Region.HARZ, Region.HALLE));
    Assertions.assertThat(invitationsSent(pi.getBusinessKey())).hasSize(1);
    Assertions.assertThat(ProcessTestSupport.recipients(invitation(pi.getBusinessKey())))
        .contains(address("neu.harz"), address("neu.halle"), address("coach.harz")).doesNotContain(address("coach.altmark"));
    assertThat(pi).isEnded().hasPassed(RECORD_ONBOARDING, ONBOARDING_COMPLETED).hasNotPassed(CLOSE_CHANGE);
    Assertions.assertThat(jdbc.queryForList("SELECT user_id FROM pc_known_coach WHERE onboarding_ref = ? AND "
        + "onboarded_at IS NOT NULL", String.class, pi.getBusinessKey())).containsExactlyInAnyOrder("neu.harz", "neu.halle");
  }

  @Test
  @DisplayName("Das MS setzt eine Einarbeitung von Hand an (Zugang noch nicht eingerichtet): sofort Planung; andere dürfen das nicht")
  void onboardingByHand() {
    Map<String, Object> byHand = new HashMap<>();
    Var.CHANGE_KIND.put(byHand, ChangeKind.ONBOARDING);
    Var.ANNOUNCING_PARTNER.put(byHand, PartnerGroup.MS.id());
    Var.CHANGE_DESCRIPTION.put(byHand, "Zwei neue Regiocoaches in der Altmark ab März");
    Var.EFFECTIVE_FROM.put(byHand, LocalDate.now().plusDays(30));
    Var.NEWCOMER_REGIONS.put(byHand, List.of(Region.ALTMARK.id()));
    Var.NEWCOMER_NAMES.put(byHand, "Anna Beispiel, Ben Muster");
    Map<String, Object> byCoach = new HashMap<>(byHand);
    Var.ANNOUNCING_PARTNER.put(byCoach, PartnerGroup.NETWORK_KMU.id());
    Assertions.assertThatThrownBy(() -> announceAs("coach.altmark", PartnerGroup.NETWORK_KMU, byCoach))
        .hasMessageContaining("setzt das Ministerium für Arbeit und Soziales an");
    ProcessInstance pi = announceAs(MS_USER, PartnerGroup.MS, byHand);
    assertThat(pi).isWaitingAt(PLAN_EVENT).hasPassed(GW_START_KIND, GW_ONBOARDING_START, PREPARE_EVENT);
    Assertions.assertThat(variable(pi, Var.INVITEE_REGIONS)).containsExactly(Region.ALTMARK.id());
    Assertions.assertThat(variable(pi, Var.CHANGE_SUMMARY)).contains("Anna Beispiel, Ben Muster");
    holdEvent(pi, List.of(Region.ALTMARK, Region.MAGDEBURG));
    assertThat(pi).isEnded().hasPassed(ONBOARDING_COMPLETED);
  }

  @Test
  @DisplayName("Eine Region schweigt bis zur Frist (5 Arbeitstage, 6. Januar zählt nicht): Erinnerung nur an sie, die "
      + "Geschäftsstelle sieht, wer aussteht, und hält nach; dann nimmt die Region Kenntnis")
  void regionSilentUntilTheReminder() throws Exception {
    // Friday 2 January 2026: five working days skip the weekend and 6 January → Monday 12 January, 23:59
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 1, 2, 10, 0).atZone(WorkingDays.ZONE).toInstant()));
    ProcessInstance pi = announceAs(MS_USER, PartnerGroup.MS, change(ChangeKind.CHANGED_CONTACT, "weiterbildung-foerderung",
        null, List.of(), SignificanceChoice.VORSCHLAG, null));
    String key = pi.getBusinessKey();
    Assertions.assertThat(key).startsWith("PA-2026-");
    runAsyncSteps(pi);
    Date due = Date.from(LocalDateTime.of(2026, 1, 12, 23, 59).atZone(WorkingDays.ZONE).toInstant());
    Assertions.assertThat(tasks(pi, ACKNOWLEDGE_CHANGE)).extracting(Task::getDueDate).containsOnly(due);
    for (Region region : Region.values()) {
      if (region != Region.HARZ) {
        completeAs("coach." + region.id(), coachGroups(region), acknowledgementTask(pi, region), acknowledgement(null));
      }
    }
    MAIL.purgeEmailFromAllMailboxes();
    Job deadline = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(ACKNOWLEDGEMENT_DEADLINE).singleResult();
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(60)));
    managementService.executeJob(deadline.getId());
    runAsyncSteps(pi);

    Assertions.assertThat(mails(key)).singleElement().satisfies(m -> {
      Assertions.assertThat(ProcessTestSupport.subject(m)).startsWith("Erinnerung");
      Assertions.assertThat(ProcessTestSupport.recipients(m)).containsExactly(address("coach.harz"));
    });
    Task followUp = task(pi, FOLLOW_UP_ACKNOWLEDGEMENTS);
    Assertions.assertThat(candidateGroups(followUp)).containsExactly(PartnerGroup.STK.id());
    Assertions.assertThat((String) taskService.getVariable(followUp.getId(), Var.ACKNOWLEDGEMENT_STATUS.name()))
        .contains("Ausstehend").contains("Harz (network-kmu-harz), fällig 12.01.2026 23:59, erinnert am 13.01.2026")
        .contains("Altmark: coach.altmark");
    completeAs("stk.gs", PartnerGroup.STK, followUp, Map.of(Var.FOLLOW_UP_NOTE.name(), "Regiocoach Harz angerufen"));
    assertThat(pi).isWaitingAt(ACKNOWLEDGE_CHANGE);
    completeAs("coach.harz", coachGroups(Region.HARZ), acknowledgementTask(pi, Region.HARZ), acknowledgement(null));
    assertThat(pi).isEnded().hasPassed(SEND_REMINDER, ACKNOWLEDGEMENTS_FOLLOWED_UP, ALL_REGIONS_ACKNOWLEDGED);
    Assertions.assertThat(jdbc.queryForObject("SELECT reminded_at FROM pc_acknowledgement WHERE business_key = ? AND "
        + "region = ?", java.sql.Timestamp.class, key, Region.HARZ.id())).isNotNull();
  }

  @Test
  @DisplayName("Alle Regionen nehmen Kenntnis, während die Geschäftsstelle noch nachhält: ihre Aufgabe erledigt sich selbst")
  void followUpEndsWhenTheLastRegionAcknowledges() {
    ProcessInstance pi = announceAs(MS_USER, PartnerGroup.MS, change(ChangeKind.CHANGED_CONTACT, "weiterbildung-foerderung",
        null, List.of(), SignificanceChoice.VORSCHLAG, null));
    runAsyncSteps(pi);
    ProcessTestSupport.fireTimer(managementService, pi.getId(), ACKNOWLEDGEMENT_DEADLINE);
    runAsyncSteps(pi);
    Assertions.assertThat(tasks(pi, FOLLOW_UP_ACKNOWLEDGEMENTS)).hasSize(1);
    acknowledgeAll(pi);
    assertThat(pi).isEnded().hasNotPassed(ACKNOWLEDGEMENTS_FOLLOWED_UP);
    Assertions.assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(FOLLOW_UP_ACKNOWLEDGEMENTS).singleResult().getDeleteReason()).isNotEqualTo("completed");
  }

  @Test
  @DisplayName("Mailserver fällt aus: die Ankündigung wird wiederholt und geht genau einmal an jeden hinaus")
  void announcementMailRetriedWithoutDuplicate() {
    ProcessInstance pi = announceAs(MS_USER, PartnerGroup.MS, change(ChangeKind.CHANGED_CONTACT, "weiterbildung-foerderung",
        null, List.of(), SignificanceChoice.VORSCHLAG, null));
    String key = pi.getBusinessKey();
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(NOTIFY_CHANGE).singleResult();
    MAIL.stop();
    try {
      Assertions.assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(Exception.class);
    } finally {
      MAIL.start();
    }
    Assertions.assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .as("R3/PT5M: noch zwei Versuche").isEqualTo(2);
    Assertions.assertThat(tasks(pi, ACKNOWLEDGE_CHANGE)).as("nichts halb geschehen").isEmpty();
    managementService.executeJob(job.getId());
    java.util.Set<String> recipients = recipientsOf(key);
    Assertions.assertThat(recipients).contains(address("coach.harz"));
    Assertions.assertThat(mails(key)).as("genau eine Mail je Empfänger").hasSize(recipients.size());
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fkif_notification WHERE idempotency_key = ?",
        Integer.class, key + ":angekuendigt")).isOne();
    runtimeService.deleteProcessInstance(pi.getId(), "Testende", true);
  }

  @Test
  @DisplayName("Startformular über REST: nur die Felder des Formulars, deutsche Fehler mit Feldnamen, nichts geschrieben")
  void startOverRestRefusals() throws Exception {
    HttpProbe http = new HttpProbe(port);
    String start = "/engine-rest/process-definition/key/" + ProjectChangeProcess.KEY + "/submit-form";
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectChangeProcess.KEY).count();
    Integer numbers = jdbc.queryForObject("SELECT COALESCE(SUM(last_number), 0) FROM fkif_yearly_number WHERE series = ?",
        Integer.class, ProjectChangeProcess.NUMBER_SERIES);

    Map<String, Object> existingOffer = rest(change(ChangeKind.NEW_PROJECT, "pfiff-fachkraeftegewinnung", null,
        List.of(FieldOfAction.RECRUITING), SignificanceChoice.VORSCHLAG, null), PartnerGroup.MS);
    HttpResponse<String> refused = http.post(start, JSON.writeValueAsString(Map.of("variables", existingOffer)))
        .asDemo(MS_USER).send();
    Assertions.assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    Assertions.assertThat(refused.body()).contains("ein neues Projekt steht noch nicht in der Angebotstabelle");

    Map<String, Object> derived = rest(change(ChangeKind.CHANGED_CONTACT, "pfiff-fachkraeftegewinnung", null, List.of(),
        SignificanceChoice.VORSCHLAG, null), PartnerGroup.MS);
    derived.put(Var.SIGNIFICANT.name(), Map.of("value", true, "type", "Boolean"));
    HttpResponse<String> derivedRefused = http.post(start, JSON.writeValueAsString(Map.of("variables", derived)))
        .asDemo(MS_USER).send();
    Assertions.assertThat(derivedRefused.statusCode()).isEqualTo(400);
    Assertions.assertThat(derivedRefused.body()).contains("gehört nicht zu diesem Formular");

    Map<String, Object> foreign = rest(change(ChangeKind.CHANGED_CONTACT, "pfiff-fachkraeftegewinnung", null, List.of(),
        SignificanceChoice.VORSCHLAG, null), PartnerGroup.PFIFF);
    HttpResponse<String> foreignRefused = http.post(start, JSON.writeValueAsString(Map.of("variables", foreign)))
        .asDemo(MS_USER).send();
    Assertions.assertThat(foreignRefused.statusCode()).isEqualTo(400);
    Assertions.assertThat(foreignRefused.body()).contains("Mitteilende Stelle: Sie gehören der Gruppe „pfiff“ nicht an");

    HttpResponse<String> message = http.post("/engine-rest/message", JSON.writeValueAsString(Map.of("messageName",
        ProjectChangeProcess.MESSAGE_NEW_REGIOCOACHES))).asDemo(MS_USER).send();
    Assertions.assertThat(message.statusCode()).as("nur die Plattform startet eine Einarbeitung per Nachricht")
        .isEqualTo(400);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectChangeProcess.KEY)
        .count()).isEqualTo(instances);
    Assertions.assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(last_number), 0) FROM fkif_yearly_number WHERE series = ?",
        Integer.class, ProjectChangeProcess.NUMBER_SERIES)).as("keine Nummer verbraucht").isEqualTo(numbers);

    HttpResponse<String> accepted = http.post(start, JSON.writeValueAsString(Map.of("variables", rest(change(
        ChangeKind.CHANGED_AIMS, "pfiff-fachkraeftegewinnung", null, List.of(FieldOfAction.RECRUITING),
        SignificanceChoice.VORSCHLAG, null), PartnerGroup.MS)))).asDemo(MS_USER).send();
    Assertions.assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    String id = JSON.readTree(accepted.body()).get("id").asText();
    Assertions.assertThat(runtimeService.getVariable(id, Var.ANNOUNCER.name())).isEqualTo(MS_USER);
    runtimeService.deleteProcessInstance(id, "Testende", true);
  }

  @Test
  @DisplayName("Das Startformular bietet genau die Angebote der ausgelieferten Tabelle offer-for-need (und „neu“)")
  void startFormOffersAreTheTablesOffers() throws Exception {
    JsonNode form;
    try (InputStream in = getClass().getResourceAsStream("/forms/project-change-start.form")) {
      form = JSON.readTree(in);
    }
    List<String> options = new ArrayList<>();
    for (JsonNode component : form.get("components")) {
      if (Var.OFFER_ID.name().equals(component.path("key").asText())) {
        component.get("values").forEach(v -> options.add(v.get("value").asText()));
      }
    }
    List<String> expected = new ArrayList<>(offerTable().latest().offers().keySet());
    expected.add(ProjectChangeProcess.OFFER_NEW);
    Assertions.assertThat(options).as("bei einer Änderung der Tabelle im Repository auch das Startformular anpassen")
        .containsExactlyElementsOf(expected);
  }

  // ---------------------------------------------------------------- helpers

  private OfferTable offerTable() {
    return offerTable;
  }

  private int latestOfferTableVersion() {
    return offerTable().latest().number();
  }

  static Map<String, Object> change(ChangeKind kind, String offerId, String projectName, List<FieldOfAction> fields,
      SignificanceChoice significance, String reason) {
    Map<String, Object> variables = new HashMap<>();
    Var.CHANGE_KIND.put(variables, kind);
    Var.OFFER_ID.put(variables, offerId);
    if (projectName != null) {
      Var.PROJECT_NAME.put(variables, projectName);
    }
    Var.CHANGE_DESCRIPTION.put(variables, kind.germanName() + ": Zielgruppe sind zugewanderte Fachkräfte; Ansprechperson "
        + "Referat 42.");
    Var.EFFECTIVE_FROM.put(variables, LocalDate.now().plusMonths(1));
    Var.FIELDS_OF_ACTION.put(variables, fields.stream().map(FieldOfAction::id).toList());
    Var.SIGNIFICANCE_CHOICE.put(variables, significance);
    if (reason != null) {
      Var.SIGNIFICANCE_REASON.put(variables, reason);
    }
    return variables;
  }

  /** The variables as the engine REST API takes them (lists as Json text, as Tasklist sends them). */
  static Map<String, Object> rest(Map<String, Object> variables, PartnerGroup announcing) {
    Map<String, Object> result = new HashMap<>();
    variables.forEach((name, value) -> result.put(name, value instanceof org.camunda.spin.plugin.variable.value.JsonValue json
        ? Map.of("value", json.getValue().toString(), "type", "Json") : Map.of("value", value, "type", "String")));
    result.put(Var.ANNOUNCING_PARTNER.name(), Map.of("value", announcing.id(), "type", "String"));
    return result;
  }

  private ProcessInstance announceAs(String user, PartnerGroup group, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.putIfAbsent(Var.ANNOUNCING_PARTNER.name(), group.id());
    return as(user, List.of(group.id()), () -> runtimeService.startProcessInstanceByKey(ProjectChangeProcess.KEY, all));
  }

  private <T> T as(String user, List<String> groups, Supplier<T> action) {
    identityService.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void completeAs(String user, PartnerGroup group, Task task, Map<String, Object> variables) {
    completeAs(user, List.of(group.id()), task, variables);
  }

  private void completeAs(String user, List<String> groups, Task task, Map<String, Object> variables) {
    as(user, groups, () -> {
      taskService.complete(task.getId(), variables);
      return null;
    });
  }

  private static List<String> coachGroups(Region region) {
    return List.of(PartnerGroup.NETWORK_KMU.id(), PartnerGroup.NETWORK_KMU.regionalGroupId(region));
  }

  private static Map<String, Object> acknowledgement(String questions) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ACKNOWLEDGED.name(), true);
    variables.put(Var.ACKNOWLEDGEMENT_QUESTIONS.name(), questions);
    return variables;
  }

  private void acknowledgeAll(ProcessInstance pi) {
    for (Region region : Region.values()) {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ACKNOWLEDGE_CHANGE)
          .taskCandidateGroup(PartnerGroup.NETWORK_KMU.regionalGroupId(region)).singleResult();
      if (task != null) {
        completeAs("coach." + region.id(), coachGroups(region), task, acknowledgement(null));
      }
    }
  }

  private Task acknowledgementTask(ProcessInstance pi, Region region) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ACKNOWLEDGE_CHANGE)
        .taskCandidateGroup(PartnerGroup.NETWORK_KMU.regionalGroupId(region)).singleResult();
  }

  private static Map<String, Object> eventPlan(LocalDate date, List<Region> invitees) {
    Map<String, Object> variables = new HashMap<>();
    Var.EVENT_DATE.put(variables, date);
    Var.EVENT_TIME.put(variables, "10:00");
    Var.EVENT_PLACE.put(variables, "Ministerium für Arbeit und Soziales, Magdeburg, Raum 214");
    Var.EVENT_AGENDA.put(variables, "1. Änderung\n2. Beratung zu WEITERBILDUNG\n3. Personalpools\n4. Fragen");
    Var.AGENDA_FURTHER_TRAINING.put(variables, true);
    Var.AGENDA_PERSONNEL_POOLS.put(variables, true);
    Var.INVITEE_REGIONS.put(variables, invitees.stream().map(Region::id).toList());
    return variables;
  }

  /** MS plans the event, the invitation goes out, the day comes, MS documents it as held. */
  private void holdEvent(ProcessInstance pi, List<Region> invitees) {
    completeAs(MS_USER, PartnerGroup.MS, task(pi, PLAN_EVENT), eventPlan(LocalDate.now().plusDays(14), invitees));
    runAsyncSteps(pi);
    ProcessTestSupport.fireTimer(managementService, pi.getId(), EVENT_DATE_REACHED);
    Map<String, Object> documented = new HashMap<>();
    Var.EVENT_OUTCOME.put(documented, EventOutcome.STATTGEFUNDEN);
    long[] counts = {2, 3, 2, 2, 3};
    for (Region region : Region.values()) {
      Var.participants(region).put(documented, counts[region.ordinal()]);
    }
    Var.EVENT_QUESTIONS.put(documented, "Wie melden Unternehmen sich an?");
    Task document = task(pi, DOCUMENT_EVENT);
    Assertions.assertThatThrownBy(() -> completeAs(MS_USER, PartnerGroup.MS, document,
            Map.of(Var.EVENT_OUTCOME.name(), EventOutcome.STATTGEFUNDEN.name())))
        .hasMessageContaining("die Teilnehmenden je Region eintragen");
    completeAs(MS_USER, PartnerGroup.MS, document, documented);
  }

  private ProcessInstance advisoryCaseAtDevelopOptions(FieldOfAction need) {
    Map<String, Object> variables = new HashMap<>();
    AdvisoryCaseProcess.Var.COMPANY_NAME.put(variables, "Projektwechsel GmbH " + UUID.randomUUID().toString().substring(0, 8));
    AdvisoryCaseProcess.Var.COMPANY_POSTCODE.put(variables, "38855");
    AdvisoryCaseProcess.Var.DISTRICT.put(variables, Region.HARZ.id());
    AdvisoryCaseProcess.Var.SECTOR.put(variables, "C");
    AdvisoryCaseProcess.Var.SIZE_BAND.put(variables, "10-49");
    AdvisoryCaseProcess.Var.CONTACT_NAME.put(variables, "Petra Wechsel");
    AdvisoryCaseProcess.Var.CONTACT_EMAIL.put(variables, "p.wechsel@example.org");
    AdvisoryCaseProcess.Var.INQUIRY_SOURCE.put(variables, "UNTERNEHMEN");
    AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.put(variables, "Sucht Fachkräfte");
    AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.put(variables, false);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, variables);
    Map<String, Object> clearing = new HashMap<>();
    AdvisoryCaseProcess.Var.NEEDS.put(clearing, List.of(need.id()));
    AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.put(clearing, "Bewerbungen bleiben aus");
    AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.put(clearing, "Eigene Ausbildung stärken");
    AdvisoryCaseProcess.Var.URGENCY.put(clearing, "NORMAL");
    ProcessTestSupport.complete(taskService, pi.getId(), AdvisoryCaseProcess.Element.CLEARING, clearing);
    assertThat(pi).isWaitingAt(AdvisoryCaseProcess.Element.DEVELOP_OPTIONS);
    return pi;
  }

  /** A copy of the shipped offer table, changed, deployed as the newest version (deleted after the test). */
  private void deployOfferTable(UnaryOperator<String> change, String versionTag) throws IOException {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/bpmn/offer-for-need.dmn")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String changed = change.apply(xml).replace("camunda:versionTag=\"1.0\"", "camunda:versionTag=\"" + versionTag + "\"");
    Deployment deployment = repositoryService.createDeployment().name(TEST_DEPLOYMENT)
        .addString("offer-for-need.dmn", changed).deploy();
    testDeployments.add(deployment.getId());
  }

  private static String withRow(String xml, String ruleId, FieldOfAction need, String offerId, String offerName,
      PartnerGroup partner) {
    String rule = """
          <rule id="%1$s">
            <description>Neues Projekt (Test): %4$s</description>
            <inputEntry id="%1$s_in"><text>"%2$s"</text></inputEntry>
            <outputEntry id="%1$s_out1"><text>"%3$s"</text></outputEntry>
            <outputEntry id="%1$s_out2"><text>"%4$s"</text></outputEntry>
            <outputEntry id="%1$s_out3"><text>"%5$s"</text></outputEntry>
            <outputEntry id="%1$s_out4"><text>false</text></outputEntry>
          </rule>
        """.formatted(ruleId, need.id(), offerId, offerName, partner.id());
    return xml.replace("</decisionTable>", rule + "    </decisionTable>");
  }


  private void executeJob(ProcessInstance pi, String activityId) {
    ProcessTestSupport.executeJob(managementService, pi.getId(), activityId);
  }

  private void runAsyncSteps(ProcessInstance pi) {
    ProcessTestSupport.executeAsyncSteps(managementService, pi.getId());
  }

  private void addCoach(String userId, Region region) {
    User user = identityService.newUser(userId);
    user.setFirstName("Neu");
    user.setLastName(region.germanName());
    user.setEmail(userId + "@demo.fachkraft-im-fokus.invalid");
    user.setPassword("Einarbeitung-Sachsen-2026!");
    identityService.saveUser(user);
    testUsers.add(userId);
    identityService.createMembership(userId, PartnerGroup.NETWORK_KMU.id());
    identityService.createMembership(userId, PartnerGroup.NETWORK_KMU.regionalGroupId(region));
  }

  private <T> T variable(ProcessInstance pi, de.fachkraftimfokus.process.Variable<T> variable) {
    return variable.get(runtimeService.getVariables(pi.getId()));
  }

  private Task task(ProcessInstance pi, String key) {
    return ProcessTestSupport.task(taskService, pi.getId(), key);
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private static List<Message> mails(String businessKey) {
    return ProcessTestSupport.mailsAbout(MAIL, businessKey);
  }

  /** Everybody a mail about the business key was addressed to (GreenMail keeps one copy per recipient). */
  private static java.util.Set<String> recipientsOf(String businessKey) {
    return mails(businessKey).stream().flatMap(m -> ProcessTestSupport.recipients(m).stream())
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The invitations sent (one row of the mail log per invitation, whatever the number of recipients). */
  private List<String> invitationsSent(String businessKey) {
    return jdbc.queryForList("SELECT idempotency_key FROM fkif_notification WHERE idempotency_key LIKE ? ORDER BY "
        + "idempotency_key", String.class, businessKey + ":einladung:%");
  }

  private static Message invitation(String businessKey) {
    return mails(businessKey).stream().filter(m -> ProcessTestSupport.subject(m).startsWith("Einladung")).findFirst()
        .orElseThrow(() -> new AssertionError("keine Einladung zu " + businessKey));
  }

  private static String address(String userId) {
    return userId + "@demo.fachkraft-im-fokus.invalid";
  }
}
