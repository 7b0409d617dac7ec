package de.fachkraftimfokus.conference;

import static de.fachkraftimfokus.conference.AnnualConferenceProcess.Element.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import de.fachkraftimfokus.agenda.AgendaSource;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionKind;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.FollowUp;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeDecision;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ProgrammeSlot;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Registration;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.JourFixeFixture;
import de.fachkraftimfokus.jourfixe.JourFixeService;
import de.fachkraftimfokus.jourfixe.MonitoringReport;
import de.fachkraftimfokus.jourfixe.MonitoringReportRenderer;
import de.fachkraftimfokus.jourfixe.MonitoringReportService;
import de.fachkraftimfokus.jourfixe.MonitoringSources;
import de.fachkraftimfokus.publicactivity.PublicActivityKind;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.support.TestMailServer;
import de.fachkraftimfokus.validation.InvalidInputException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stories of {@code annual-conference} (issue 12, agreement 1.3) on the real models, the real
 * {@code public-activity} it starts, the Jour fixe's agenda and SMTP. Each story has its own year
 * (2071–2075), and moves the engine's clock into it.
 */
@PlatformTest
@DisplayName("Jährliche gemeinsame Fachveranstaltung (annual-conference)")
class AnnualConferenceProcessTest {

  static final GreenMail MAIL = TestMailServer.get();
  static final List<String> PARTNERS = PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ConferenceRegister register;
  @Autowired ProgrammeDocument document;
  @Autowired AnnualConferenceService service;
  @Autowired JourFixeService jourFixe;
  @Autowired MonitoringReportService monitoring;
  @Autowired MonitoringReportRenderer renderer;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void emptyMailboxes() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------- stories

  @Test
  @DisplayName("Geschäftsstelle legt 2071 an: Beiträge, Programm zurückgegeben und freigegeben, PDF, Einladung über public-activity, Anmeldungen, Auswertung mit Folgethemen auf dem Jour fixe")
  void wholeYear() throws Exception {
    clock(2071, 1, 10);
    ProcessInstance pi = startAs("stk.gs", 2071);
    Assertions.assertThat(pi.getBusinessKey()).isEqualTo("FV-2071");
    assertThat(pi).hasPassed(START).isWaitingAt(SET_LEAD_AND_DATE);
    Task lead = task(pi, SET_LEAD_AND_DATE);
    Assertions.assertThat(candidates(lead)).containsExactly(PartnerGroup.STK.id());
    String proposed = (String) runtimeService.getVariable(pi.getId(), Var.PROPOSED_LEAD.name());
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Var.LEAD_PARTNER.name())).as("Formular vorbelegt")
        .isEqualTo(proposed);
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), Var.ROTATION_NOTE.name())).contains("2071");

    // what the form cannot say
    Map<String, Object> plan = plan(proposed, "2071-06-18", "2071-03-31", "2071-06-01");
    plan.put(Var.CONFERENCE_DATE.name(), "2072-06-18");
    Assertions.assertThatThrownBy(() -> taskService.complete(lead.getId(), plan))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("muss im Jahr 2071 liegen");
    Map<String, Object> noPlace = plan(proposed, "2071-06-18", "2071-03-31", "2071-06-01");
    noPlace.remove(Var.VENUE.name());
    Assertions.assertThatThrownBy(() -> taskService.complete(lead.getId(), noPlace))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("bitte den Ort angeben");
    Map<String, Object> lateDeadline = plan(proposed, "2071-06-18", "2071-06-10", "2071-06-01");
    Assertions.assertThatThrownBy(() -> taskService.complete(lead.getId(), lateDeadline))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nicht vor der Frist der Programmbeiträge");
    taskService.complete(lead.getId(), plan(proposed, "2071-06-18", "2071-03-31", "2071-06-01"));
    Conference fixed = register.find("FV-2071").orElseThrow();
    Assertions.assertThat(fixed.leadPartner()).isEqualTo(proposed);
    Assertions.assertThat(fixed.leadOverrideReason()).isNull();
    Assertions.assertThat(fixed.budgetFrame()).isEqualTo(25_000L);

    // call for contributions: one mail, asynchronous, to every partner
    assertThat(pi).isWaitingAt(NOTIFY_CALL);
    executeJobs(pi);
    List<Message> call = ProcessTestSupport.mailsAbout(MAIL, "FV-2071");
    Assertions.assertThat(call).isNotEmpty();
    Assertions.assertThat(ProcessTestSupport.subject(call.get(0))).contains("Programmbeiträge bis 31.03.2071");
    int callMails = call.size();
    executeJobs(pi);
    Assertions.assertThat(ProcessTestSupport.mailsAbout(MAIL, "FV-2071")).as("nicht doppelt").hasSize(callMails);

    List<Task> contributions = contributionTasks(pi);
    Assertions.assertThat(contributions).extracting(this::candidate).containsExactlyInAnyOrderElementsOf(PARTNERS);
    Assertions.assertThat(contributions.get(0).getDueDate()).isEqualTo(
        Date.from(LocalDateTime.of(2071, 3, 31, 23, 59).atZone(WorkingDays.ZONE).toInstant()));
    Task pfiff = contributionTask(pi, PartnerGroup.PFIFF.id());
    Assertions.assertThatThrownBy(() -> taskService.complete(pfiff.getId(),
            contribution(ContributionKind.VORTRAG, "Fachkräfte finden", null, 30L)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("bitte den Namen angeben");
    taskService.complete(pfiff.getId(), contribution(ContributionKind.VORTRAG, "Fachkräfte finden mit PFIFF",
        "Erika Beispiel", 30L));
    taskService.complete(contributionTask(pi, PartnerGroup.TRANSFERZENTREN.id()).getId(),
        contribution(ContributionKind.WORKSHOP, "Studierende für den Mittelstand", "Max Muster", 60L));
    for (Task rest : contributionTasks(pi)) {
      taskService.complete(rest.getId(), Map.of(Var.CONTRIBUTION_KIND.name(), ContributionKind.KEIN_BEITRAG.name()));
    }
    assertThat(pi).hasPassed(PREPARE_PROGRAMME).hasNotPassed(CONTRIBUTION_DEADLINE, RECORD_LATE)
        .isWaitingAt(COMPOSE_PROGRAMME);
    Task compose = task(pi, COMPOSE_PROGRAMME);
    Assertions.assertThat(candidates(compose)).containsExactly(proposed);
    @SuppressWarnings("unchecked")
    List<ProgrammeSlot> draft = Var.PROGRAMME_SLOTS.get(runtimeService.getVariables(pi.getId()));
    Assertions.assertThat(draft).hasSize(2);
    Assertions.assertThat(draft.get(0).startTime()).isEqualTo("10:00");
    Assertions.assertThat(draft.get(0).speaker()).isEqualTo("Erika Beispiel");
    Assertions.assertThat(draft.get(1).startTime()).isEqualTo("10:30");

    // a speaker or a room twice at the same time is a form error
    Assertions.assertThatThrownBy(() -> composeProgramme(compose, List.of(
            slot("10:00", "11:00", "Eröffnung", "Erika Beispiel", "Plenum"),
            slot("10:30", "11:30", "Workshop A", "Erika Beispiel", "Raum 2"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("„Erika Beispiel“ ist zur selben Zeit zweimal eingeplant");
    Assertions.assertThatThrownBy(() -> composeProgramme(compose, List.of(
            slot("10:00", "11:00", "Eröffnung", "Erika Beispiel", "Plenum"),
            slot("10:30", "11:30", "Workshop A", "Max Muster", "plenum"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Raum „Plenum“ ist zur selben Zeit doppelt belegt");
    Assertions.assertThatThrownBy(() -> composeProgramme(compose, List.of(slot("11:00", "10:00", "Eröffnung", "", ""))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("das Ende muss nach dem Beginn liegen");
    composeProgramme(compose, List.of(
        slot("09:30", "10:00", "Eröffnung durch die Staatskanzlei", "", "Plenum"),
        slot("10:00", "10:30", "Vortrag: Fachkräfte finden mit PFIFF", "Erika Beispiel", "Plenum"),
        slot("10:30", "11:30", "Workshop: Studierende für den Mittelstand", "Max Muster", "Raum 2")));

    // sent back, then approved
    Task approve = task(pi, APPROVE_PROGRAMME);
    Assertions.assertThat(candidates(approve)).containsExactly(PartnerGroup.STK.id());
    Assertions.assertThatThrownBy(() -> taskService.complete(approve.getId(),
            Map.of(Var.PROGRAMME_DECISION.name(), ProgrammeDecision.ZURUECK.name())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("was am Programm zu ändern ist");
    taskService.complete(approve.getId(), Map.of(Var.PROGRAMME_DECISION.name(), ProgrammeDecision.ZURUECK.name(),
        Var.APPROVAL_NOTE.name(), "Bitte ein Praxisbeispiel am Nachmittag ergänzen."));
    assertThat(pi).isWaitingAt(COMPOSE_PROGRAMME);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Var.APPROVAL_NOTE.name())).asString()
        .contains("Praxisbeispiel");
    composeProgramme(task(pi, COMPOSE_PROGRAMME), List.of(
        slot("09:30", "10:00", "Eröffnung durch die Staatskanzlei", "", "Plenum"),
        slot("10:00", "10:30", "Vortrag: Fachkräfte finden mit PFIFF", "Erika Beispiel", "Plenum"),
        slot("10:30", "11:30", "Workshop: Studierende für den Mittelstand", "Max Muster", "Raum 2"),
        slot("13:00", "13:45", "Praxisbeispiel: Holzbau Wernigerode", "Anna Holz", "Plenum")));
    String preview = document.htmlOrPreview("FV-2071").orElseThrow();
    Assertions.assertThat(preview).contains("Entwurf – noch nicht freigegeben").contains("Holzbau Wernigerode");
    taskService.complete(task(pi, APPROVE_PROGRAMME).getId(),
        Map.of(Var.PROGRAMME_DECISION.name(), ProgrammeDecision.FREIGEBEN.name()));
    assertThat(pi).hasPassed(GENERATE_PROGRAMME).isWaitingAt(NOTIFY_PROGRAMME);

    // the programme: PDF and HTML under the umbrella brand
    String pdfText = pdfText(document.pdf("FV-2071").orElseThrow());
    Assertions.assertThat(pdfText.replaceAll("\\s+", " "))
        .contains(AnnualConferenceProcess.UMBRELLA_BRAND)
        .contains("Gemeinsame Fachveranstaltung 2071")
        .contains("„Fachkräfte gemeinsam sichern“")
        .contains("Donnerstag, 18. Juni 2071")
        .contains("Magdeburg, Festung Mark")
        .contains("Federführung: " + PartnerGroup.byId(proposed).orElseThrow().germanName())
        .contains("Anmeldeschluss: 01.06.2071")
        .contains("09:30–10:00 Uhr").contains("Vortrag: Fachkräfte finden mit PFIFF").contains("Erika Beispiel")
        .contains("Raum 2").contains("Praxisbeispiel: Holzbau Wernigerode")
        .doesNotContain("Entwurf");
    Assertions.assertThat(document.htmlOrPreview("FV-2071").orElseThrow()).doesNotContain("Entwurf")
        .contains("Holzbau Wernigerode");
    HttpResponse<String> html = new HttpProbe(port).get(AnnualConferenceProcess.programmePath("FV-2071", "html"))
        .asDemo("transfer").send();
    Assertions.assertThat(html.statusCode()).isEqualTo(200);
    Assertions.assertThat(html.body()).contains(AnnualConferenceProcess.UMBRELLA_BRAND);
    Assertions.assertThat(new HttpProbe(port).get(AnnualConferenceProcess.programmePath("FV-2071", "pdf"))
        .asDemo("leitung").send().statusCode()).isEqualTo(200);

    // programme mail with the PDF, then the invitation as a public activity of kind event
    executeJob(pi, NOTIFY_PROGRAMME);
    List<Message> programme = ProcessTestSupport.mailsAbout(MAIL, "Programm freigegeben");
    Assertions.assertThat(programme).isNotEmpty();
    Assertions.assertThat(programme.get(0).getContent()).as("Text und PDF").isInstanceOf(MimeMultipart.class);
    assertThat(pi).isWaitingAt(PUBLISH_INVITATION, RECORD_REGISTRATIONS);
    executeJob(pi, PUBLISH_INVITATION);
    ProcessInstance invitation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
    Assertions.assertThat(invitation).isNotNull();
    Assertions.assertThat(invitation.getProcessDefinitionId()).startsWith(PublicActivityProcess.KEY + ":");
    Assertions.assertThat(invitation.getBusinessKey()).matches(PublicActivityProcess.BUSINESS_KEY);
    Map<String, Object> invitationVariables = runtimeService.getVariables(invitation.getId());
    Assertions.assertThat(PublicActivityProcess.Var.KIND.get(invitationVariables)).isEqualTo(PublicActivityKind.EVENT);
    Assertions.assertThat(PublicActivityProcess.Var.LEAD_PARTNER.get(invitationVariables)).isEqualTo(proposed);
    Assertions.assertThat(PublicActivityProcess.Var.PERIOD_START.get(invitationVariables)).isEqualTo(LocalDate.of(2071, 6, 18));
    Assertions.assertThat(PublicActivityProcess.Var.DRAFT_TEXT.get(invitationVariables))
        .contains(AnnualConferenceProcess.UMBRELLA_BRAND);
    assertThat(invitation).hasPassed(PublicActivityProcess.Element.CHECK_BRAND)
        .hasNotPassed(PublicActivityProcess.Element.COMPLETE_BRAND);
    ProcessTestSupport.executeDueJobs(managementService, invitation.getId());
    List<Task> crossLinks = taskService.createTaskQuery().processInstanceId(invitation.getId())
        .taskDefinitionKey(PublicActivityProcess.Element.POINT_TO_ACTIVITY).list();
    Assertions.assertThat(crossLinks).as("jeder andere Partner weist auf die Einladung hin")
        .hasSize(PARTNERS.size() - 1);
    for (Task crossLink : crossLinks) {
      taskService.complete(crossLink.getId(), Map.of(
          PublicActivityProcess.Var.CROSS_LINK_ANSWER.name(), PublicActivityProcess.CrossLinkAnswer.VERLINKT.name(),
          PublicActivityProcess.Var.CROSS_LINK_URL.name(), "https://www.example.org/fachveranstaltung-2071"));
    }

    // registrations: in the Tasklist (two rounds) and from a registration system
    Task registrations = task(pi, RECORD_REGISTRATIONS);
    Assertions.assertThat(candidates(registrations)).containsExactly(proposed);
    Assertions.assertThatThrownBy(() -> taskService.complete(registrations.getId(), registrationVars(false,
            new Registration(" ", 3L))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Name des Unternehmens erforderlich");
    taskService.complete(registrations.getId(), registrationVars(false, new Registration("Holzbau Wernigerode", 3L),
        new Registration("Stahlwerk Thale", 5L)));
    assertThat(pi).hasPassed(GW_MORE_REGISTRATIONS).isWaitingAt(RECORD_REGISTRATIONS);
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), Var.REGISTRATION_SUMMARY.name()))
        .isEqualTo("Bisher 2 Anmeldungen: 8 Teilnehmende aus 2 Unternehmen.");
    HttpResponse<String> posted = new HttpProbe(port).post("/api/annual-conferences/FV-2071/registrations",
        "{\"companyName\": \"Pflegedienst Halle\", \"participants\": 2}").asDemo("stk.gs").send();
    Assertions.assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    Assertions.assertThat(posted.body()).contains("\"participants\":10").contains("\"companies\":3");
    HttpResponse<String> withName = new HttpProbe(port).post("/api/annual-conferences/FV-2071/registrations",
        "{\"companyName\": \"Pflegedienst Halle\", \"participants\": 1, \"contactName\": \"Erika Muster\"}")
        .asDemo("stk.gs").send();
    Assertions.assertThat(withName.statusCode()).isEqualTo(400);
    Assertions.assertThat(withName.body()).contains("unbekanntes Feld");
    Assertions.assertThat(new HttpProbe(port).post("/api/annual-conferences/FV-2071/registrations",
        "{\"companyName\": \"X\", \"participants\": 1}").asDemo("transfer").send().statusCode()).isEqualTo(403);
    taskService.complete(task(pi, RECORD_REGISTRATIONS).getId(), registrationVars(true,
        new Registration("stahlwerk  thale", 1L)));
    assertThat(pi).hasPassed(GW_REGISTRATIONS_DONE).hasNotPassed(REGISTRATION_CLOSED).isWaitingAt(CONFERENCE_OVER);
    Assertions.assertThat(new HttpProbe(port).post("/api/annual-conferences/FV-2071/registrations",
        "{\"companyName\": \"Zu spät GmbH\", \"participants\": 1}").asDemo("stk.gs").send().statusCode())
        .as("Anmeldung geschlossen").isEqualTo(409);

    // the conference took place; its invitation records the result, the evaluation follows
    Job over = timer(pi, CONFERENCE_OVER);
    Assertions.assertThat(over.getDuedate()).isEqualTo(
        Date.from(LocalDateTime.of(2071, 6, 19, 8, 0).atZone(WorkingDays.ZONE).toInstant()));
    managementService.executeJob(over.getId());
    assertThat(pi).isWaitingAt(PUBLISH_INVITATION).hasNotPassed(EVALUATE_CONFERENCE);
    ProcessTestSupport.fireTimer(managementService, invitation.getId(), PublicActivityProcess.Element.DATE_PASSED);
    taskService.complete(taskService.createTaskQuery().processInstanceId(invitation.getId())
        .taskDefinitionKey(PublicActivityProcess.Element.RECORD_RESULT).singleResult().getId(), Map.of(
        PublicActivityProcess.Var.PARTICIPANTS.name(), 12L,
        PublicActivityProcess.Var.RESONANCE.name(), "Gut besucht, viele Gespräche an den Ständen"));
    assertThat(invitation).isEnded();
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Var.INVITATION_KEY.name()))
        .isEqualTo(invitation.getBusinessKey());
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), Var.INVITATION_RESULT.name()))
        .contains("veröffentlicht").contains("12");
    Task evaluate = task(pi, EVALUATE_CONFERENCE);
    Assertions.assertThat(candidates(evaluate)).containsExactly(proposed);
    Assertions.assertThat(evaluate.getDueDate()).isEqualTo(
        Date.from(LocalDateTime.of(2071, 7, 3, 8, 0).atZone(WorkingDays.ZONE).toInstant()));
    Assertions.assertThat(taskService.getVariable(evaluate.getId(), Var.PARTICIPANTS.name())).as("vorbelegt")
        .isEqualTo(11L);
    Assertions.assertThat(taskService.getVariable(evaluate.getId(), Var.COMPANIES.name())).isEqualTo(3L);
    String marker = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> evaluation = new HashMap<>();
    Var.PARTICIPANTS.put(evaluation, 12L);
    Var.COMPANIES.put(evaluation, 4L);
    Var.FEEDBACK_SUMMARY.put(evaluation, "Die Unternehmen wünschen mehr Praxisbeispiele.");
    Var.FOLLOW_UPS.put(evaluation, List.of(new FollowUp("Praxisbeispiele sammeln " + marker, "Jeder Partner nennt zwei."),
        new FollowUp("Termin 2072 früher ankündigen " + marker, null)));
    Map<String, Object> noFeedback = new HashMap<>(evaluation);
    noFeedback.remove(Var.FEEDBACK_SUMMARY.name());
    Assertions.assertThatThrownBy(() -> taskService.complete(evaluate.getId(), noFeedback))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Zusammenfassung der Rückmeldungen");
    taskService.complete(evaluate.getId(), evaluation);
    assertThat(pi).hasPassed(REGISTER_FOLLOW_UPS).isWaitingAt(NOTIFY_EVALUATION);
    executeJobs(pi);
    assertThat(pi).isEnded().hasPassed(END);
    Assertions.assertThat(ProcessTestSupport.mailsAbout(MAIL, "FV-2071): Auswertung")).isNotEmpty();
    Assertions.assertThat(ProcessTestSupport.body(ProcessTestSupport.mailsAbout(MAIL, "FV-2071): Auswertung").get(0)))
        .contains("Praxisbeispiele sammeln").contains("Teilnehmende: 12");

    // the evaluation counts in the monitoring report
    Assertions.assertThat(service.evaluatedBetween(at(2071, 1, 1).toInstant(), at(2071, 2, 1).toInstant()))
        .anySatisfy(e -> {
          Assertions.assertThat(e.businessKey()).isEqualTo("FV-2071");
          Assertions.assertThat(e.participants()).isEqualTo(12);
          Assertions.assertThat(e.registeredParticipants()).isEqualTo(11);
          Assertions.assertThat(e.followUps()).isEqualTo(2);
        });
    MonitoringReport report = monitoring.compute("JF-TEST", at(2071, 1, 1).toInstant(), at(2071, 2, 1).toInstant(),
        MonitoringSources.standard());
    Assertions.assertThat(renderer.html(report)).contains("Fachveranstaltung").contains("FV-2071")
        .contains("Die Unternehmen wünschen mehr Praxisbeispiele.");

    // each follow-up is on the agenda of the next Jour fixe
    Assertions.assertThat(jdbc.queryForList("SELECT title FROM jf_agenda_item WHERE source_type = ? AND source_ref = ?",
        String.class, AgendaSource.ANNUAL_CONFERENCE.name(), "FV-2071"))
        .containsExactly("Fachveranstaltung 2071: Praxisbeispiele sammeln " + marker,
            "Fachveranstaltung 2071: Termin 2072 früher ankündigen " + marker);
    ClockUtil.reset();
    ProcessInstance meeting = JourFixeFixture.atFinalizeAgenda(runtimeService, taskService, managementService);
    Assertions.assertThat(jourFixe.agenda(meeting.getBusinessKey()))
        .anySatisfy(item -> {
          Assertions.assertThat(item.sourceType()).isEqualTo(AgendaSource.ANNUAL_CONFERENCE);
          Assertions.assertThat(item.title()).isEqualTo("Fachveranstaltung 2071: Praxisbeispiele sammeln " + marker);
        });
    runtimeService.deleteProcessInstance(meeting.getId(), "Testende", true);
  }

  @Test
  @DisplayName("Der jährliche Termin legt 2072 an, ein zweites Mal nicht; verspätete Beiträge werden geschlossen und vermerkt; der Anmeldeschluss schließt die Anmeldung")
  void timerStartLateContributions() {
    clock(2072, 1, 15);
    Job schedule = managementService.createJobQuery().processDefinitionKey(AnnualConferenceProcess.SCHEDULE_KEY)
        .timers().singleResult();
    Assertions.assertThat(schedule).as("Zeitgeber des Turnus").isNotNull();
    managementService.executeJob(schedule.getId());
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("FV-2072").singleResult();
    Assertions.assertThat(pi).as("vom Turnus angelegt").isNotNull();
    assertThat(pi).hasPassed(START_BY_SCHEDULE).isWaitingAt(SET_LEAD_AND_DATE);
    Assertions.assertThat(register.find("FV-2072").orElseThrow().startedBy()).isNull();
    Job next = managementService.createJobQuery().processDefinitionKey(AnnualConferenceProcess.SCHEDULE_KEY).timers()
        .singleResult();
    // Camunda evaluates a cron cycle in the server's own time zone
    Assertions.assertThat(next.getDuedate()).as("nächstes Jahr, 15. Januar, 7 Uhr")
        .isEqualTo(Date.from(LocalDateTime.of(2073, 1, 15, 7, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
    managementService.executeJob(next.getId());
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("FV-2072").count())
        .as("kein zweiter Start im selben Jahr").isEqualTo(1);

    String lead = (String) runtimeService.getVariable(pi.getId(), Var.PROPOSED_LEAD.name());
    taskService.complete(task(pi, SET_LEAD_AND_DATE).getId(), plan(lead, "2072-09-10", "2072-04-30", "2072-08-31"));
    executeJobs(pi);
    taskService.complete(contributionTask(pi, PartnerGroup.MS.id()).getId(),
        contribution(ContributionKind.STAND, "Förderprogramm WEITERBILDUNG", null, 240L));
    managementService.executeJob(timer(pi, CONTRIBUTION_DEADLINE).getId());
    assertThat(pi).hasPassed(RECORD_LATE, PREPARE_PROGRAMME).isWaitingAt(COMPOSE_PROGRAMME);
    Assertions.assertThat(contributionTasks(pi)).as("offene Aufgaben geschlossen").isEmpty();
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), Var.LATE_CONTRIBUTIONS.name()))
        .startsWith("Nicht bis zur Frist eingereicht: ").contains(PartnerGroup.PFIFF.germanName())
        .doesNotContain(PartnerGroup.MS.germanName());
    Assertions.assertThat(register.contributions("FV-2072")).filteredOn(c -> c.state() == ContributionState.VERSPAETET)
        .hasSize(PARTNERS.size() - 1);
    Assertions.assertThat(register.contributions("FV-2072")).filteredOn(c -> c.state() == ContributionState.EINGEREICHT)
        .singleElement().satisfies(c -> Assertions.assertThat(c.partnerGroup()).isEqualTo(PartnerGroup.MS.id()));
    composeProgramme(task(pi, COMPOSE_PROGRAMME), List.of(slot("10:00", "14:00", "Stand: Förderprogramm WEITERBILDUNG", "", "Foyer")));
    taskService.complete(task(pi, APPROVE_PROGRAMME).getId(),
        Map.of(Var.PROGRAMME_DECISION.name(), ProgrammeDecision.FREIGEBEN.name()));
    executeJob(pi, NOTIFY_PROGRAMME);
    managementService.executeJob(timer(pi, REGISTRATION_CLOSED).getId());
    assertThat(pi).hasPassed(REGISTRATION_CLOSED, GW_REGISTRATIONS_DONE).isWaitingAt(CONFERENCE_OVER, PUBLISH_INVITATION);
    runtimeService.deleteProcessInstance(pi.getId(), "Testende", true);
  }

  @Test
  @DisplayName("Ein zweiter Start für 2073 wird auf Deutsch abgewiesen, über Java und über REST")
  void secondStartRefused() {
    clock(2073, 2, 1);
    ProcessInstance first = startAs("stk.gs", 2073);
    Assertions.assertThatThrownBy(() -> startAs("stk.gs", 2073)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Für 2073 gibt es schon die Fachveranstaltung FV-2073");
    identityService.clearAuthentication();
    HttpResponse<String> again = new HttpProbe(port).post("/engine-rest/process-definition/key/" + AnnualConferenceProcess.KEY
        + "/start", "{\"variables\": {\"conferenceYear\": {\"value\": 2073, \"type\": \"Integer\"}}}").asDemo("stk.gs").send();
    Assertions.assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
    Assertions.assertThat(again.body()).contains("Für 2073 gibt es schon die Fachveranstaltung FV-2073");
    HttpResponse<String> past = new HttpProbe(port).post("/engine-rest/process-definition/key/" + AnnualConferenceProcess.KEY
        + "/start", "{\"variables\": {\"conferenceYear\": {\"value\": 2072, \"type\": \"Integer\"}}}").asDemo("stk.gs").send();
    Assertions.assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
    Assertions.assertThat(past.body()).contains("das laufende Jahr oder eines der nächsten 5 Jahre");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("FV-2073").count())
        .isEqualTo(1);
    runtimeService.deleteProcessInstance(first.getId(), "Testende", true);
  }

  @Test
  @DisplayName("Die Federführung rotiert; eine Abweichung braucht eine Begründung und setzt den Turnus fort")
  void leadRotatesAndOverrideNeedsReason() {
    clock(2074, 1, 20);
    List<String> order = List.of(PartnerGroup.STK.id(), PartnerGroup.MW.id(), PartnerGroup.MS.id());
    ProcessInstance y2074 = startAs("stk.gs", 2074);
    String proposed = (String) runtimeService.getVariable(y2074.getId(), Var.PROPOSED_LEAD.name());
    String other = order.get((order.indexOf(proposed) + 1) % order.size());
    Task lead = task(y2074, SET_LEAD_AND_DATE);
    Assertions.assertThatThrownBy(() -> taskService.complete(lead.getId(), plan(other, "2074-06-01", "2074-03-01", "2074-05-01")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("bitte begründen");
    Map<String, Object> override = plan(other, "2074-06-01", "2074-03-01", "2074-05-01");
    Var.LEAD_OVERRIDE_REASON.put(override, "Das Haus richtet 2074 ohnehin die Landeskonferenz aus.");
    taskService.complete(lead.getId(), override);
    Assertions.assertThat(register.find("FV-2074").orElseThrow().leadOverrideReason()).contains("Landeskonferenz");
    ProcessInstance y2075 = startAs("stk.gs", 2075);
    Assertions.assertThat(runtimeService.getVariable(y2075.getId(), Var.PROPOSED_LEAD.name()))
        .as("nach der tatsächlichen Federführung 2074").isEqualTo(order.get((order.indexOf(other) + 1) % order.size()));
    runtimeService.deleteProcessInstance(y2074.getId(), "Testende", true);
    runtimeService.deleteProcessInstance(y2075.getId(), "Testende", true);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance startAs(String user, int year) {
    identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      Map<String, Object> variables = new HashMap<>();
      Var.CONFERENCE_YEAR.put(variables, year);
      return runtimeService.startProcessInstanceByKey(AnnualConferenceProcess.KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static Map<String, Object> plan(String lead, String date, String contributionsDue, String registrationDeadline) {
    Map<String, Object> plan = new HashMap<>();
    Var.LEAD_PARTNER.put(plan, lead);
    plan.put(Var.CONFERENCE_DATE.name(), date);
    plan.put(Var.CONFERENCE_FORMAT.name(), AnnualConferenceProcess.ConferenceFormat.PRAESENZ.name());
    Var.VENUE.put(plan, "Magdeburg, Festung Mark");
    Var.MOTTO.put(plan, "Fachkräfte gemeinsam sichern");
    Var.TOPICS.put(plan, "Ausbildung, Zuwanderung, Weiterbildung");
    Var.BUDGET_FRAME.put(plan, 25_000L);
    plan.put(Var.CONTRIBUTION_DUE_DATE.name(), contributionsDue);
    plan.put(Var.REGISTRATION_DEADLINE.name(), registrationDeadline);
    return plan;
  }

  private static Map<String, Object> contribution(ContributionKind kind, String title, String speaker, Long minutes) {
    Map<String, Object> variables = new HashMap<>();
    Var.CONTRIBUTION_KIND.put(variables, kind);
    Var.CONTRIBUTION_TITLE.put(variables, title);
    Var.SPEAKER.put(variables, speaker);
    Var.DURATION_MINUTES.put(variables, minutes);
    Var.NEEDS.put(variables, "Beamer");
    return variables;
  }

  private static ProgrammeSlot slot(String start, String end, String title, String speaker, String room) {
    return new ProgrammeSlot(start, end, title, speaker, room);
  }

  private void composeProgramme(Task task, List<ProgrammeSlot> slots) {
    Map<String, Object> variables = new HashMap<>();
    Var.PROGRAMME_SLOTS.put(variables, new ArrayList<>(slots));
    taskService.complete(task.getId(), variables);
  }

  private static Map<String, Object> registrationVars(boolean complete, Registration... rows) {
    Map<String, Object> variables = new HashMap<>();
    Var.NEW_REGISTRATIONS.put(variables, new ArrayList<>(List.of(rows)));
    Var.REGISTRATION_COMPLETE.put(variables, complete);
    return variables;
  }

  private Task task(ProcessInstance pi, String key) {
    return ProcessTestSupport.task(taskService, pi.getId(), key);
  }

  private List<Task> contributionTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SUBMIT_CONTRIBUTION).list();
  }

  private Task contributionTask(ProcessInstance pi, String group) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SUBMIT_CONTRIBUTION)
        .taskCandidateGroup(group).singleResult();
  }

  private List<String> candidates(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList();
  }

  private String candidate(Task task) {
    return candidates(task).get(0);
  }

  private Job timer(ProcessInstance pi, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
        .singleResult();
    Assertions.assertThat(job).as("Zeitgeber " + activityId).isNotNull();
    return job;
  }

  private void executeJob(ProcessInstance pi, String activityId) {
    ProcessTestSupport.executeJob(managementService, pi.getId(), activityId);
  }

  private void executeJobs(ProcessInstance pi) {
    ProcessTestSupport.executeAsyncSteps(managementService, pi.getId());
  }

  private static void clock(int year, int month, int day) {
    ClockUtil.setCurrentTime(at(year, month, day));
  }

  private static Date at(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(WorkingDays.ZONE).toInstant());
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
