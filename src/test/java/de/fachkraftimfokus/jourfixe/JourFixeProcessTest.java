package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.agenda.AgendaSource;
import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;
import static de.fachkraftimfokus.jourfixe.JourFixeProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.coordination.CoordinationRequestService;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.ActionRow;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.Variable;
import de.fachkraftimfokus.document.DocumentTemplates;
import de.fachkraftimfokus.support.TestMailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Jour fixe (Ziffer 2.2): vorbereiten, durchführen, nachbereiten")
class JourFixeProcessTest {

  /** The waiting task of the stand-in coordination model this test deploys. */
  private static final String FIXTURE_DECISION_RECEIVED = "decisionReceived";

  private static final AtomicInteger DAY = new AtomicInteger(200);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired JourFixeService service;
  @Autowired Meetings meetings;
  @Autowired Decisions decisions;
  @Autowired ActionItems actionItems;
  @Autowired JourFixeSettings settings;
  @Autowired JourFixeCalendar calendar;
  @Autowired JdbcTemplate jdbc;
  @Autowired RotationService rotation;
  @Autowired CoordinationRequestService coordinationRequests;
  @Autowired TestRestTemplate rest;
  @Autowired IdentityProperties identity;
  @Autowired JourFixeProperties properties;
  @Autowired DocumentTemplates documents;

  /** Instances of this class's stories — the coverage check looks at these only (shared database). */
  private final Set<String> instanceIds = new HashSet<>();

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  @DisplayName("Der Zeitplan setzt alle sechs Wochen einen Jour fixe an: Geschäftszeichen, Rollen nach Rotation, Termin bei der Geschäftsstelle")
  void timerStart() {
    Job startTimer = managementService.createJobQuery().processDefinitionKey(SCHEDULE_KEY).timers().singleResult();
    Set<String> before = new HashSet<>();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list().forEach(pi -> before.add(pi.getId()));

    managementService.executeJob(startTimer.getId());

    ProcessInstance started = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .filter(pi -> !before.contains(pi.getId())).findFirst().orElseThrow();
    instanceIds.add(started.getId());
    Assertions.assertThat(started.getBusinessKey()).matches("JF-\\d{4}-\\d{2}");
    BpmnAwareTests.assertThat(started).hasPassed(START_BY_SCHEDULE);
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE_KEY)
        .finished().count()).isPositive();
    BpmnAwareTests.assertThat(started).isWaitingAt(CONFIRM_DATE);
    BpmnAwareTests.assertThat(BpmnAwareTests.task(started)).hasCandidateGroup(PartnerGroup.STK.id());
    String moderator = variable(started, Var.MODERATOR_GROUP);
    String minuteTaker = variable(started, Var.MINUTE_TAKER_GROUP);
    Assertions.assertThat(moderator).isNotEqualTo(minuteTaker);
    LocalDate meetingDate = variable(started, Var.MEETING_DATE);
    Assertions.assertThat(meetingDate).isAfterOrEqualTo(LocalDate.now().plusDays(21));
    // the cycle goes on: the next start is six weeks later
    Job next = managementService.createJobQuery().processDefinitionKey(SCHEDULE_KEY).timers().singleResult();
    long days = ChronoUnit.DAYS.between(new Date().toInstant(), next.getDuedate().toInstant());
    Assertions.assertThat(days).isBetween(41L, 42L);
  }

  @Test
  @DisplayName("Die Geschäftsstelle setzt einen Jour fixe von Hand an; ein zweiter am selben Tag wird mit deutscher Meldung abgelehnt")
  void manualStartAndNoSecondOnSameDate() {
    LocalDate date = nextDate();
    ProcessInstance first = start(date);
    BpmnAwareTests.assertThat(first).isWaitingAt(CONFIRM_DATE);
    Assertions.assertThat(meetings.openOn(date)).contains(first.getBusinessKey());

    assertThatThrownBy(() -> start(date))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bereits ein Jour fixe geplant")
        .hasMessageContaining(first.getBusinessKey());
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(Var.MEETING_DATE.name(), "morgen")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Termin");
  }

  @Test
  @DisplayName("Ein ganzer Jour fixe: Termin verschoben und Rollen getauscht, Beiträge, Tagesordnung, Protokoll, Maßnahme erledigt")
  void fullCycleWithActionItemDone() throws Exception {
    ProcessInstance pi = start(nextDate());
    String moderator = variable(pi, Var.MODERATOR_GROUP);
    String minuteTaker = variable(pi, Var.MINUTE_TAKER_GROUP);
    LocalDate moved = nextDate();

    Task confirm = BpmnAwareTests.task(pi);
    assertRefused(() -> taskService.complete(confirm.getId(), Map.of(Var.MEETING_DATE.name(), moved.toString(), Var.SWAP_ROLES.name(), true))).hasMessageContaining("Begründung");
    taskService.complete(confirm.getId(), Map.of(Var.MEETING_DATE.name(), moved.toString(), Var.SWAP_ROLES.name(), true,
        Var.CHANGE_REASON.name(), "Ministerin hat am ursprünglichen Tag Kabinett"));
    Assertions.assertThat(variable(pi, Var.MODERATOR_GROUP)).isEqualTo(minuteTaker);
    Assertions.assertThat(variable(pi, Var.MINUTE_TAKER_GROUP)).isEqualTo(moderator);
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).meetingDate()).isEqualTo(moved);
    Assertions.assertThat(meetings.openOn(moved)).contains(pi.getBusinessKey());

    executeJob(pi, SEND_INVITATION);
    Assertions.assertThat(mailSent("jour-fixe-invitation:" + pi.getBusinessKey())).isTrue();
    List<Task> contributions = tasks(pi, PREPARE_CONTRIBUTION);
    Assertions.assertThat(contributions).hasSize(6);
    Assertions.assertThat(contributions.get(0).getDueDate()).isNotNull();
    for (Task task : contributions) {
      taskService.complete(task.getId(), Map.of(Var.EXPERIENCES.name(), "Erfahrungen von " + task.getId(),
          Var.INTERFACE_PROBLEMS.name(), "Übergabe Regiocoach an PFIFF dauert zu lange"));
    }
    executeJob(pi, GENERATE_REPORT);
    BpmnAwareTests.assertThat(pi).isWaitingAt(FINALIZE_AGENDA);
    Assertions.assertThat(variable(pi, Var.REPORT_URL))
        .isEqualTo("/api/jour-fixe/" + pi.getBusinessKey() + "/report.pdf");
    Assertions.assertThat(draftText(pi)).contains("Schnittstellenproblem").contains("Übergabe Regiocoach an PFIFF");
    taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.AGENDA_ITEMS.name(), withRow(draft(pi), "Verschiedenes")));
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).agendaText()).contains("Übergabe Regiocoach an PFIFF")
        .contains(": Verschiedenes");
    executeJob(pi, SEND_AGENDA);
    Assertions.assertThat(mailSent("jour-fixe-agenda:" + pi.getBusinessKey())).isTrue();
    BpmnAwareTests.assertThat(pi).isWaitingAt(WAIT_FOR_MEETING);
    executeJob(pi, WAIT_FOR_MEETING);

    Task write = BpmnAwareTests.task(pi);
    BpmnAwareTests.assertThat(write).hasDefinitionKey(WRITE_MINUTES).hasCandidateGroup(moderator);
    LocalDate due = LocalDate.now().plusDays(30);
    taskService.complete(write.getId(), minutes(pi, "ZUR_KENNTNIS", "",
        List.of(new ActionRow(PartnerGroup.PFIFF.id(), due.toString(), "Übergabeprozess beschreiben"))));
    Task approve = BpmnAwareTests.task(pi);
    BpmnAwareTests.assertThat(approve).hasDefinitionKey(APPROVE_MINUTES).hasCandidateGroup(minuteTaker);
    taskService.complete(approve.getId(), Map.of(Var.MINUTES_APPROVAL.name(), APPROVE));
    executeJob(pi, SEND_MINUTES);
    Assertions.assertThat(mailSent("jour-fixe-minutes:" + pi.getBusinessKey())).isTrue();
    assertMinutesPdfMailedAndDownloadable(pi, minuteTaker, moderator);
    Assertions.assertThat(meetings.openOn(moved)).isEmpty();
    executeJob(pi, DELIVER_DECISIONS);

    Task action = BpmnAwareTests.task(pi);
    BpmnAwareTests.assertThat(action).hasDefinitionKey(IMPLEMENT_ACTION).hasCandidateGroup(de.fachkraftimfokus.identity.PartnerGroup.PFIFF.id())
        .hasDescription("Übergabeprozess beschreiben");
    Assertions.assertThat(action.getDueDate()).isNotNull();
    long actionId = Var.ACTION_ITEM_ID.get(taskService.getVariables(action.getId()));
    Assertions.assertThat(actionItems.open()).extracting(ActionItem::id).contains(actionId);

    // while the action item is open, the next Jour fixe lists it on its agenda
    ProcessInstance next = runToFinalizeAgenda(start(nextDate()));
    Assertions.assertThat(service.agenda(next.getBusinessKey()))
        .anyMatch(item -> AgendaSource.ACTION_ITEM == item.sourceType()
            && String.valueOf(actionId).equals(item.sourceRef()));

    taskService.complete(action.getId(), Map.of(Var.ACTION_RESULT.name(), "Übergabeprozess beschrieben und verteilt"));
    Assertions.assertThat(actionItems.find(actionId).state()).isEqualTo(ActionItemState.DONE);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CLOSE_JOUR_FIXE);
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).state()).isEqualTo(MeetingState.ABGESCHLOSSEN);
  }

  @Test
  @DisplayName("Nach Fristablauf werden offene Beitragsaufgaben geschlossen und die fehlenden Beiträge in der Tagesordnung vermerkt")
  void lateContributionsAreClosedAndNoted() {
    ProcessInstance pi = start(nextDate());
    taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.MEETING_DATE.name(), runtimeService.getVariable(pi.getId(), Var.MEETING_DATE.name())));
    executeJob(pi, SEND_INVITATION);
    for (Task task : tasks(pi, PREPARE_CONTRIBUTION)) {
      String group = Var.PARTICIPANT_GROUP.get(taskService.getVariables(task.getId()));
      if (!List.of(PartnerGroup.MW.id(), PartnerGroup.TRANSFERZENTREN.id()).contains(group)) {
        taskService.complete(task.getId(), Map.of(Var.EXPERIENCES.name(), "Erfahrungen " + group));
      }
    }
    Assertions.assertThat(tasks(pi, PREPARE_CONTRIBUTION)).hasSize(2);

    executeJob(pi, CONTRIBUTION_DEADLINE);
    executeJob(pi, GENERATE_REPORT);

    Assertions.assertThat(tasks(pi, PREPARE_CONTRIBUTION)).isEmpty();
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_LATE_CONTRIBUTIONS).isWaitingAt(FINALIZE_AGENDA);
    Assertions.assertThat(variable(pi, Var.LATE_GROUPS))
        .containsExactlyInAnyOrder(PartnerGroup.MW.id(), PartnerGroup.TRANSFERZENTREN.id());
    Assertions.assertThat(draftText(pi))
        .contains("Nicht fristgerecht eingegangene Beiträge")
        .contains("Ministerium für Wissenschaft und Wirtschaft").contains("Transferzentren");
  }

  @Test
  @DisplayName("Die Moderation gibt das Protokoll zur Überarbeitung zurück; ohne Anmerkung geht das nicht")
  void minutesSentBack() {
    ProcessInstance pi = runToWriteMinutes(start(nextDate()));
    taskService.complete(BpmnAwareTests.task(pi).getId(), minutes(pi, "ZUR_KENNTNIS", "", List.of()));
    Task approve = BpmnAwareTests.task(pi);
    assertRefused(() -> taskService.complete(approve.getId(), Map.of(Var.MINUTES_APPROVAL.name(), REVISE))).hasMessageContaining("Anmerkungen");

    taskService.complete(approve.getId(), Map.of(Var.MINUTES_APPROVAL.name(), REVISE, Var.APPROVAL_COMMENT.name(), "TOP 2 genauer fassen"));

    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_MINUTES);
    Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(WRITE_MINUTES).count()).isEqualTo(2);
    // the minute-taker's earlier text is still there for the revision
    Assertions.assertThat(variable(pi, Var.MINUTES_TEXT)).isEqualTo("Ergebnisprotokoll");
  }

  @Test
  @DisplayName("Ohne Beschluss zu jedem Tagesordnungspunkt und mit unvollständiger Maßnahme wird das Protokoll abgelehnt")
  void incompleteMinutesRefused() {
    ProcessInstance pi = runToWriteMinutes(start(nextDate()));
    Task write = BpmnAwareTests.task(pi);
    Map<String, Object> missingDecision = minutes(pi, "", "", List.of(new ActionRow(PartnerGroup.PFIFF.id(), null, "ohne Frist")));
    assertRefused(() -> taskService.complete(write.getId(), missingDecision))
        .hasMessageContaining("Beschluss auswählen").hasMessageContaining("Frist erforderlich");
    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_MINUTES);
  }

  @Test
  @DisplayName("Der Beschluss zu einer an den Jour fixe verwiesenen Vorabstimmung erreicht die wartende Anfrage; wartet keine, wird er nur gespeichert")
  void decisionDeliveredToWaitingRequest() {
    String waitingProcess = "jf-test-waiting-request";
    BpmnModelInstance model = Bpmn.createExecutableProcess(waitingProcess).camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("waitForJourFixe").message(MESSAGE_DECISION)
        .userTask(FIXTURE_DECISION_RECEIVED).endEvent().done();
    String deployment = repositoryService.createDeployment().addModelInstance(waitingProcess + ".bpmn", model)
        .deploy().getId();
    try {
      String requestKey = "AB-2026-" + (1000 + DAY.get());
      String vanishedKey = "AB-2026-" + (5000 + DAY.get());
      ProcessInstance request = runtimeService.startProcessInstanceByKey(waitingProcess, requestKey);
      long waitingItem = service.registerPendingItem(AgendaSource.COORDINATION_REQUEST, requestKey,
          "Vorabstimmung " + requestKey + ": Unternehmensbefragung Altmark", "Überschneidung mit PFIFF-Befragung");
      long vanishedItem = service.registerPendingItem(AgendaSource.COORDINATION_REQUEST, vanishedKey,
          "Vorabstimmung " + vanishedKey, "zurückgezogen");

      ProcessInstance pi = runToWriteMinutes(start(nextDate()));
      Assertions.assertThat(service.agenda(pi.getBusinessKey())).extracting(AgendaItem::id)
          .contains(waitingItem, vanishedItem);
      Task write = BpmnAwareTests.task(pi);
      assertRefused(() -> taskService.complete(write.getId(), minutes(pi, "ZUR_KENNTNIS", "", List.of())))
          .hasMessageContaining("bei einer Vorabstimmung: zugestimmt, angepasst, abgelehnt oder vertagt");
      taskService.complete(write.getId(),
          minutes(pi, "ANGEPASST", "Befragung erst nach PFIFF-Befragung, gemeinsamer Fragebogen", List.of()));
      taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.MINUTES_APPROVAL.name(), APPROVE));
      executeJob(pi, SEND_MINUTES);
      executeJob(pi, DELIVER_DECISIONS);

      BpmnAwareTests.assertThat(request).isWaitingAt(FIXTURE_DECISION_RECEIVED);
      Assertions.assertThat(CoordinationRequestProcess.Var.DECISION.get(runtimeService.getVariables(request.getId())))
          .isEqualTo("ANGEPASST");
      Assertions.assertThat(CoordinationRequestProcess.Var.DECISION_TEXT.get(runtimeService.getVariables(request.getId())))
          .isEqualTo("Befragung erst nach PFIFF-Befragung, gemeinsamer Fragebogen");
      Assertions.assertThat(decisions.deliveryOf(waitingItem)).contains(Delivery.DELIVERED);
      Assertions.assertThat(decisions.deliveryOf(vanishedItem)).contains(Delivery.NO_WAITING_REQUEST);
      // no action items: the Jour fixe ends
      BpmnAwareTests.assertThat(pi).isEnded();
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName("Entschuldigte Partner werden übersprungen: die Moderation übernimmt der nächste anwesende Partner der Rotation, die Einladung nennt die Entschuldigten")
  void excusedModeratorIsStoodInFor() throws Exception {
    ProcessInstance pi = start(nextDate());
    String moderator = variable(pi, Var.MODERATOR_GROUP);
    String minuteTaker = variable(pi, Var.MINUTE_TAKER_GROUP);
    Object date = runtimeService.getVariable(pi.getId(), Var.MEETING_DATE.name());
    Task confirm = BpmnAwareTests.task(pi);
    List<String> allButOne = settings.rotationPartners().subList(1, settings.rotationPartners().size());
    assertRefused(() -> taskService.complete(confirm.getId(), Map.of(Var.MEETING_DATE.name(), date, Var.ABSENT_GROUPS.name(), json(allButOne))))
        .hasMessageContaining("mindestens zwei Partner");
    assertRefused(() -> taskService.complete(confirm.getId(), Map.of(Var.MEETING_DATE.name(), date, Var.ABSENT_GROUPS.name(), json(List.of("azubicoach")))))
        .hasMessageContaining("kein Teilnehmer des Jour fixe: azubicoach");

    taskService.complete(confirm.getId(), Map.of(Var.MEETING_DATE.name(), date, Var.ABSENT_GROUPS.name(), json(List.of(moderator))));

    String standIn = variable(pi, Var.MODERATOR_GROUP);
    List<String> order = rotation.order(RotationService.JOUR_FIXE_ROTATION).stream()
        .filter(settings.rotationPartners()::contains).toList();
    String expected = order.get((order.indexOf(moderator) + 1) % order.size());
    if (expected.equals(minuteTaker)) {
      expected = order.get((order.indexOf(moderator) + 2) % order.size());
    }
    Assertions.assertThat(standIn).isEqualTo(expected).isNotEqualTo(minuteTaker);
    Assertions.assertThat(variable(pi, Var.MINUTE_TAKER_GROUP)).isEqualTo(minuteTaker);
    Assertions.assertThat(variable(pi, Var.MODERATOR_NAME)).as("Name im Formular")
        .isEqualTo(JourFixeService.groupName(standIn));
    Meeting meeting = meetings.meeting(pi.getBusinessKey());
    Assertions.assertThat(meeting.absentGroups()).containsExactly(moderator);
    Assertions.assertThat(meeting.roleChangeReason()).contains("vertritt " + JourFixeService.groupName(moderator));

    executeJob(pi, SEND_INVITATION);
    MimeMessage invitation = mails(pi.getBusinessKey(), "Einladung").get(0);
    Assertions.assertThat((String) invitation.getContent())
        .contains("Entschuldigt: " + JourFixeService.groupName(moderator))
        .contains("Moderation: " + JourFixeService.groupName(standIn));
    // excused partners may still send a written contribution
    Assertions.assertThat(tasks(pi, PREPARE_CONTRIBUTION)).hasSize(settings.participants().size());
  }

  @Test
  @DisplayName("Die Einladung nennt die Beitragsfrist der Beitragsaufgaben – auch wenn sie nicht fünf Tage vor dem Termin liegt")
  void invitationShowsTheContributionDeadlineOfTheTasks() throws Exception {
    ProcessInstance pi = start(nextDate());
    LocalDate date = variable(pi, Var.MEETING_DATE);
    taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.MEETING_DATE.name(), date.toString()));
    Assertions.assertThat(variable(pi, Var.CONTRIBUTION_DUE_AT)).isEqualTo(calendar.contributionDueAt(date));
    // the deadline as the platform sets it with contributionDays = 9 (the shared test context keeps 5)
    JourFixeCalendar nineDays = new JourFixeCalendar(new JourFixeProperties(properties.cycle(),
        properties.leadDays(), 9, properties.meetingEndHour(), properties.participants(), properties.rotation()));
    Assertions.assertThat(properties.contributionDays()).isNotEqualTo(9);
    runtimeService.setVariable(pi.getId(), Var.CONTRIBUTION_DUE_AT.name(), nineDays.contributionDueAt(date));

    executeJob(pi, SEND_INVITATION);

    java.time.format.DateTimeFormatter german = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    Assertions.assertThat((String) mails(pi.getBusinessKey(), "Einladung").get(0).getContent())
        .contains("bis zum " + german.format(date.minusDays(9)) + " Ihren Beitrag")
        .doesNotContain(german.format(date.minusDays(properties.contributionDays())));
    Assertions.assertThat(tasks(pi, PREPARE_CONTRIBUTION)).hasSize(settings.participants().size()).allSatisfy(task ->
        Assertions.assertThat(JourFixeCalendar.dayOf(task.getDueDate()))
            .isEqualTo(date.minusDays(9)));
  }

  @Test
  @DisplayName("Das Protokoll nennt jeden Beschluss mit seinem deutschen Namen, einen fehlenden als „–“")
  void minutesNameEveryDecision() throws Exception {
    List<MinutesDocument.Entry> entries = new ArrayList<>();
    List<String> codes = new ArrayList<>(List.copyOf(new java.util.TreeSet<>(Minutes.DECISION_CODES)));
    codes.add(null);
    for (String code : codes) {
      entries.add(new MinutesDocument.Entry(entries.size() + 1, "Punkt " + code, code, null));
    }
    MinutesDocument.View minutes = new MinutesDocument.View("JF-2001-99", LocalDate.of(2001, 3, 1),
        "Ministerium für Arbeit und Soziales", "PFIFF – Fachkräfteportal", List.of(), null, "Zusammenfassung", entries,
        List.of());

    byte[] pdf = documents.pdf(MinutesDocument.TEMPLATE, Map.of("minutes", minutes));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      Assertions.assertThat(text).contains("Punkt ABGELEHNT abgelehnt", "Punkt ANGEPASST zugestimmt mit Auflagen",
          "Punkt VERTAGT vertagt", "Punkt ZUGESTIMMT zugestimmt", "Punkt ZUR_KENNTNIS zur Kenntnis genommen",
          "Punkt null –", "keine Maßnahmen beschlossen", "Entschuldigt –").doesNotContain("Rollen/Termin");
    }
  }

  @Test
  @DisplayName("REST wie Tasklist: unvollständige Eingaben werden mit 400 und deutscher Meldung abgelehnt, die Aufgabe bleibt offen")
  void restRefusesIncompleteInputWith400() {
    ProcessInstance pi = start(nextDate());
    Task confirm = BpmnAwareTests.task(pi);
    String moved = nextDate().toString();
    ResponseEntity<String> refused = post("stk.gs", "/engine-rest/task/" + confirm.getId() + "/submit-form",
        Map.of("variables", Map.of(Var.MEETING_DATE.name(), typed(moved, "String"), Var.SWAP_ROLES.name(), typed(true, "Boolean"))));
    Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(refused.getBody()).contains("bei Terminänderung oder Rollentausch erforderlich");
    Assertions.assertThat(taskService.createTaskQuery().taskId(confirm.getId()).count()).as("Aufgabe noch offen").isOne();
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).meetingDate()).as("nichts geschrieben")
        .isNotEqualTo(LocalDate.parse(moved));

    ResponseEntity<String> done = post("stk.gs", "/engine-rest/task/" + confirm.getId() + "/submit-form",
        Map.of("variables", Map.of(Var.MEETING_DATE.name(), typed(moved, "String"), Var.SWAP_ROLES.name(), typed(true, "Boolean"),
            Var.CHANGE_REASON.name(), typed("Terminkollision", "String"))));
    Assertions.assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).meetingDate()).isEqualTo(LocalDate.parse(moved));
  }

  @Test
  @DisplayName("Eine echte Vorabstimmung mit Einwand, an den Jour fixe verwiesen, erhält dessen Beschluss „zugestimmt mit Auflagen“ und wird abgeschlossen")
  void realCoordinationRequestReceivesTheDecision() {
    ProcessInstance request = referredCoordinationRequest();
    String requestKey = request.getBusinessKey();
    BpmnAwareTests.assertThat(request).isWaitingAt(CoordinationRequestProcess.Element.WAIT_FOR_JOUR_FIXE);

    ProcessInstance pi = runToWriteMinutes(start(nextDate()));
    Assertions.assertThat(service.agenda(pi.getBusinessKey()))
        .anyMatch(item -> AgendaSource.COORDINATION_REQUEST == item.sourceType()
            && requestKey.equals(item.sourceRef()));
    taskService.complete(BpmnAwareTests.task(pi).getId(),
        minutes(pi, "ANGEPASST", "Zustimmung, wenn der Fragebogen mit der Staatskanzlei abgestimmt wird", List.of()));
    taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.MINUTES_APPROVAL.name(), APPROVE));
    executeJob(pi, SEND_MINUTES);
    executeJob(pi, DELIVER_DECISIONS);

    BpmnAwareTests.assertThat(request).hasPassed(CoordinationRequestProcess.Element.APPLY_JOUR_FIXE_DECISION);
    Assertions.assertThat(coordinationRequests.germanStatesOf(List.of(requestKey)))
        .containsEntry(requestKey, "abgestimmt mit Auflagen");
  }

  /** A coordination request of MS with one objection, referred to the Jour fixe by its initiator. */
  private ProcessInstance referredCoordinationRequest() {
    int year = 2040 + DAY.incrementAndGet() % 50;
    Map<String, Object> variables = new HashMap<>();
    variables.put(CoordinationRequestProcess.Var.ACTIVITY_TYPE.name(), "EVALUATION");
    variables.put(CoordinationRequestProcess.Var.TITLE.name(), "Evaluation Übergang Schule–Beruf " + year + "/" + DAY.get());
    variables.put(CoordinationRequestProcess.Var.DESCRIPTION.name(), "Wirkung der Übergangsangebote");
    variables.put(CoordinationRequestProcess.Var.SECTORS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of("C")));
    variables.put(CoordinationRequestProcess.Var.REGIONS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of("altmark")));
    variables.put(CoordinationRequestProcess.Var.SIZE_BANDS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of()));
    variables.put(CoordinationRequestProcess.Var.PERIOD_START.name(), year + "-03-01");
    variables.put(CoordinationRequestProcess.Var.PERIOD_END.name(), year + "-06-30");
    variables.put(CoordinationRequestProcess.Var.LEAD_PARTNER.name(), PartnerGroup.MS.id());
    variables.put(CoordinationRequestProcess.Var.EXPECTED_COMPANIES.name(), 0L);
    ProcessInstance request = runtimeService.startProcessInstanceByKey(CoordinationRequestProcess.KEY, variables);
    executeMessageJobs(request);
    boolean first = true;
    for (Task statement : taskService.createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey(CoordinationRequestProcess.Element.GIVE_STATEMENT).list()) {
      Map<String, Object> answer = new HashMap<>();
      answer.put(CoordinationRequestProcess.Var.STATEMENT.name(), first ? "EINWAND" : "ZUSTIMMUNG");
      answer.put(CoordinationRequestProcess.Var.STATEMENT_TEXT.name(), first ? "Überschneidung mit unserer Evaluation" : null);
      taskService.complete(statement.getId(), answer);
      first = false;
    }
    executeMessageJobs(request);
    Task resolve = taskService.createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey(CoordinationRequestProcess.Element.RESOLVE_OBJECTIONS).singleResult();
    Assertions.assertThat(resolve).as("Einwände klären").isNotNull();
    taskService.complete(resolve.getId(), Map.of(CoordinationRequestProcess.Var.RESOLUTION.name(),
        CoordinationRequestProcess.Resolution.JOUR_FIXE.name(),
        CoordinationRequestProcess.Var.RESOLUTION_TEXT.name(), "Bitte im Jour fixe entscheiden."));
    executeMessageJobs(request);
    return request;
  }

  private void executeMessageJobs(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  @Test
  @DisplayName("Eine lange Tagesordnung (über 4000 Zeichen) wird zusammengestellt, finalisiert, gespeichert und versandt")
  void longAgenda() {
    String marker = "Langer Punkt " + DAY.incrementAndGet();
    List<Long> items = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      items.add(service.registerPendingItem(AgendaSource.PROJECT_CHANGE, "PA-" + marker + "-" + i,
          marker + " Nr. " + i, "Ausführliche Begründung. ".repeat(40)));
    }
    ProcessInstance pi = runToFinalizeAgenda(start(nextDate()));
    Assertions.assertThat(draftText(pi)).contains(marker + " Nr. 7").hasSizeGreaterThan(8000);

    taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.AGENDA_ITEMS.name(), withRow(draft(pi), "Verschiedenes")));
    executeJob(pi, SEND_AGENDA);

    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).agendaText()).hasSizeGreaterThan(8000)
        .contains(marker + " Nr. 7").endsWith(": Verschiedenes\n");
    Assertions.assertThat(mailSent("jour-fixe-agenda:" + pi.getBusinessKey())).isTrue();
    // the items belong to this Jour fixe now, not to the next
    Assertions.assertThat(service.agenda(pi.getBusinessKey())).extracting(AgendaItem::id)
        .containsAll(items);
  }

  @Test
  @DisplayName("Die Geschäftsstelle formuliert Punkte um, entfernt und ergänzt sie: eine entfernte Vorabstimmung wartet auf den nächsten Jour fixe, das Protokoll folgt der finalen Tagesordnung")
  void agendaEditedByTheOffice() {
    String requestKey = "AB-2026-" + (7000 + DAY.incrementAndGet());
    long request = service.registerPendingItem(AgendaSource.COORDINATION_REQUEST, requestKey,
        "Vorabstimmung " + requestKey, "Überschneidung");
    ProcessInstance pi = runToFinalizeAgenda(start(nextDate()));
    ArrayNode rows = draft(pi);
    Assertions.assertThat(rows.findValuesAsText("agendaItemId")).contains(String.valueOf(request));
    ArrayNode edited = JSON.createArrayNode();
    edited.addObject().put("title", "Begrüßung").put("description", "");
    for (var row : rows) {
      if (row.get("agendaItemId").asLong() == request) {
        continue; // StK takes the coordination request off this agenda
      }
      com.fasterxml.jackson.databind.node.ObjectNode copy = row.deepCopy();
      copy.put("title", row.get("title").asText() + " (überarbeitet)");
      edited.add(copy);
    }
    Task finalize = BpmnAwareTests.task(pi);
    ArrayNode broken = edited.deepCopy();
    broken.addObject().put("agendaItemId", 999999999L).put("title", "fremd");
    broken.addObject().put("title", "");
    assertRefused(() -> taskService.complete(finalize.getId(), Map.of(Var.AGENDA_ITEMS.name(), json(broken))))
        .hasMessageContaining("unbekannter Tagesordnungspunkt").hasMessageContaining("Titel erforderlich");

    taskService.complete(finalize.getId(), Map.of(Var.AGENDA_ITEMS.name(), json(edited)));

    List<AgendaItem> agenda = service.agenda(pi.getBusinessKey());
    Assertions.assertThat(agenda).hasSize(edited.size());
    Assertions.assertThat(agenda.get(0).title()).isEqualTo("Begrüßung");
    Assertions.assertThat(agenda.get(0).sourceType()).isEqualTo(AgendaSource.GESCHAEFTSSTELLE);
    Assertions.assertThat(agenda.subList(1, agenda.size())).allSatisfy(item ->
        Assertions.assertThat(item.title()).endsWith("(überarbeitet)"));
    Assertions.assertThat(agenda).extracting(AgendaItem::id).doesNotContain(request);
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).agendaText()).startsWith("TOP 1: Begrüßung");
    // the minutes form has one decision row per item of the final agenda
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Var.DECISIONS.name()).toString())
        .contains("Begrüßung").doesNotContain("Vorabstimmung " + requestKey);
    // the next Jour fixe takes the request up
    ProcessInstance next = runToFinalizeAgenda(start(nextDate()));
    Assertions.assertThat(service.agenda(next.getBusinessKey())).extracting(AgendaItem::id)
        .contains(request);
  }

  @AfterAll
  void everyFlowNodeWasPassed() {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult().getId());
    Set<String> passed = new HashSet<>();
    for (String id : instanceIds) {
      for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(id).list()) {
        passed.add(activity.getActivityId());
      }
    }
    List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
    Assertions.assertThat(passed).containsAll(nodes);
  }

  /** camunda-bpm-assert keeps the engine in static state: leave it to the next test class's own engine. */
  @AfterAll
  void releaseAssertionEngine() {
    BpmnAwareTests.reset();
  }

  // --- helpers

  private LocalDate nextDate() {
    return LocalDate.now().plusDays(DAY.incrementAndGet());
  }

  private ProcessInstance start(LocalDate date) {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, Map.of(Var.MEETING_DATE.name(), date.toString()));
    instanceIds.add(pi.getId());
    return pi;
  }

  private ProcessInstance runToFinalizeAgenda(ProcessInstance pi) {
    taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.MEETING_DATE.name(), runtimeService.getVariable(pi.getId(), Var.MEETING_DATE.name())));
    executeJob(pi, SEND_INVITATION);
    for (Task task : tasks(pi, PREPARE_CONTRIBUTION)) {
      taskService.complete(task.getId(), Map.of(Var.EXPERIENCES.name(), "Erfahrungen"));
    }
    executeJob(pi, GENERATE_REPORT);
    BpmnAwareTests.assertThat(pi).isWaitingAt(FINALIZE_AGENDA);
    return pi;
  }

  private ProcessInstance runToWriteMinutes(ProcessInstance pi) {
    runToFinalizeAgenda(pi);
    taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of(Var.AGENDA_ITEMS.name(), json(draft(pi))));
    executeJob(pi, SEND_AGENDA);
    executeJob(pi, WAIT_FOR_MEETING);
    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_MINUTES);
    return pi;
  }

  /** The agenda rows of the form, as Tasklist shows them. */
  private ArrayNode draft(ProcessInstance pi) {
    try {
      return (ArrayNode) JSON.readTree(runtimeService.getVariable(pi.getId(), Var.AGENDA_ITEMS.name()).toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private String draftText(ProcessInstance pi) {
    return draft(pi).toString();
  }

  /** The rows plus one the Geschäftsstelle adds, as Tasklist submits a dynamic list (Json). */
  private static Object withRow(ArrayNode rows, String title) {
    ArrayNode copy = rows.deepCopy();
    copy.addObject().put("title", title).put("description", "");
    return json(copy);
  }

  private static Object json(ArrayNode rows) {
    return SpinValues.jsonValue(rows.toString()).create();
  }

  /** The minutes as Tasklist submits them: the two dynamic lists as Json variables. */
  private Map<String, Object> minutes(ProcessInstance pi, String decision, String decisionText,
      List<ActionRow> actions) {
    ArrayNode rows = JSON.createArrayNode();
    for (AgendaItem item : service.agenda(pi.getBusinessKey())) {
      String code = item.sourceType() == AgendaSource.COORDINATION_REQUEST || decision.isEmpty()
          ? decision : "ZUR_KENNTNIS";
      rows.addObject().put("agendaItemId", item.id()).put("title", item.title())
          .put("decision", code).put("decisionText", decisionText);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.MINUTES_TEXT.name(), "Ergebnisprotokoll");
    variables.put(Var.DECISIONS.name(), SpinValues.jsonValue(rows.toString()).create());
    variables.put(Var.ACTION_ITEMS.name(), SpinValues.jsonValue(JSON.valueToTree(actions).toString()).create());
    return variables;
  }

  /** A variable of the process instance, read by its handle. */
  private <T> T variable(ProcessInstance pi, Variable<T> variable) {
    return variable.get(runtimeService.getVariables(pi.getId()));
  }

  /**
   * A refused task completion: the German {@link InvalidInputException}, thrown as it is or wrapped
   * by the engine.
   */
  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable completion) {
    Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(completion);
    while (refusal != null && !(refusal instanceof InvalidInputException)) {
      refusal = refusal.getCause();
    }
    Assertions.assertThat(refusal).as("Ablehnung mit deutscher Meldung").isInstanceOf(InvalidInputException.class);
    return Assertions.assertThat(refusal);
  }

  private List<Task> tasks(ProcessInstance pi, String taskId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId).list();
  }

  private void executeJob(ProcessInstance pi, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    Assertions.assertThat(job).as("Job an " + activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  /** The minutes mail carries the minutes as PDF; participants download the same PDF, others may not. */
  private void assertMinutesPdfMailedAndDownloadable(ProcessInstance pi, String moderator, String minuteTaker)
      throws Exception {
    String key = pi.getBusinessKey();
    MimeMessage mail = mails(key, "Protokoll").get(0);
    BodyPart pdfPart = null;
    MimeMultipart multipart = (MimeMultipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
        pdfPart = multipart.getBodyPart(i);
      }
    }
    Assertions.assertThat(pdfPart).as("PDF-Anhang").isNotNull();
    Assertions.assertThat(pdfPart.getFileName()).isEqualTo("Protokoll-" + key + ".pdf");
    Assertions.assertThat(pdfPart.getContentType()).startsWith("application/pdf");
    byte[] pdf = pdfPart.getInputStream().readAllBytes();
    // kept as a build artifact: the example minutes of the README are its first page
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "protokoll-beispiel.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // the PDF wraps long cells: compare with single spaces
      Assertions.assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Protokoll des Jour fixe " + key)
          .contains(JourFixeService.groupName(moderator)).contains(JourFixeService.groupName(minuteTaker))
          .contains("Ergebnisprotokoll").contains("zur Kenntnis genommen")
          .contains("Übergabeprozess beschreiben").contains(JourFixeService.groupName(PartnerGroup.PFIFF.id()));
    }
    ResponseEntity<byte[]> download = rest.withBasicAuth("pfiff.harz", identity.demoPassword())
        .getForEntity(MinutesDocument.pdfPath(key), byte[].class);
    Assertions.assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(download.getBody()).isEqualTo(pdf);
    Assertions.assertThat(rest.withBasicAuth("azubicoach", identity.demoPassword())
        .getForEntity(MinutesDocument.pdfPath(key), byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The mails of this Jour fixe whose subject starts with the word (one per recipient). */
  private static List<MimeMessage> mails(String businessKey, String subjectStart) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : TestMailServer.get().getReceivedMessages()) {
      if (message.getSubject().startsWith(subjectStart) && message.getSubject().contains(businessKey)) {
        found.add(message);
      }
    }
    Assertions.assertThat(found).as("Mails „" + subjectStart + "“ zu " + businessKey).isNotEmpty();
    return found;
  }

  private static Object json(List<String> values) {
    return SpinValues.jsonValue(JSON.valueToTree(values).toString()).create();
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, identity.demoPassword()).exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private boolean mailSent(String key) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM fkif_notification WHERE idempotency_key = ?", Integer.class, key) == 1;
  }
}
