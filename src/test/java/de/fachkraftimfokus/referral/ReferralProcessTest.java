package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Element;
import static de.fachkraftimfokus.referral.ReferralProcess.Var;
import static de.fachkraftimfokus.support.ProcessTestSupport.complete;
import static de.fachkraftimfokus.support.ProcessTestSupport.executeDueJobs;
import static de.fachkraftimfokus.support.ProcessTestSupport.fireTimer;
import static de.fachkraftimfokus.support.ProcessTestSupport.mailsAbout;
import static de.fachkraftimfokus.support.ProcessTestSupport.recipients;
import static de.fachkraftimfokus.support.ProcessTestSupport.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.support.MailingProcessTest;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@DisplayName("Weitervermittlung (referral): vom Partner angenommen, abgelehnt oder angemahnt")
class ReferralProcessTest extends MailingProcessTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ContactRegister contacts;
  @Autowired CompanyRegistry companies;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("PFIFF der Region wird benachrichtigt, nimmt binnen fünf Arbeitstagen an, dokumentiert den Erstkontakt und meldet das Ergebnis")
  void acceptedByRegionalPfiff() {
    ZonedDateTime before = ZonedDateTime.now(WorkingDays.ZONE);
    ProcessInstance pi = start(variables(PartnerGroup.PFIFF.id(), false, true));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.NOTIFY_PARTNER);
    executeDueJobs(management, pi.getId());

    Task accept = task(tasks, pi.getId(), Element.ACCEPT_REFERRAL);
    assertThat(candidateGroups(accept)).containsExactly("pfiff-harz");
    ZonedDateTime due = accept.getDueDate().toInstant().atZone(WorkingDays.ZONE);
    assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(Duration.between(workingDays.plusWorkingDays(before, 5), due).abs()).isLessThan(Duration.ofMinutes(5));
    assertThat(Duration.between(before, due).toDays()).isGreaterThanOrEqualTo(5);
    assertThat(mailsAbout(MAIL, pi.getBusinessKey())).singleElement().satisfies(m -> {
      assertThat(recipients(m)).containsExactly("pfiff.harz@demo.fachkraft-im-fokus.invalid");
      assertThat(ProcessTestSupport.body(m)).contains("Maria Muster", "m.muster@example.org");
    });

    complete(tasks, pi.getId(), Element.ACCEPT_REFERRAL, Map.of(Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.DOCUMENT_FIRST_CONTACT).hasPassed(Element.REGISTER_PARTNER_CONTACT);
    assertThat(contacts.byReference(pi.getBusinessKey())).singleElement().satisfies(c -> {
      assertThat(c.partnerGroup()).isEqualTo(PartnerGroup.PFIFF.id());
      assertThat(c.region()).isEqualTo("harz");
      assertThat(c.coordinated()).isTrue();
      assertThat(c.active()).isTrue();
    });
    assertThatThrownBy(() -> complete(tasks, pi.getId(), Element.DOCUMENT_FIRST_CONTACT, Map.of(
        Var.FIRST_CONTACT_DATE.name(), java.time.LocalDate.now().plusYears(2).toString(), Var.FIRST_CONTACT_NOTE.name(), "Telefonat")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Datum des Erstkontakts: darf nicht in der Zukunft liegen");
    complete(tasks, pi.getId(), Element.DOCUMENT_FIRST_CONTACT, Map.of(
        Var.FIRST_CONTACT_DATE.name(), "2026-12-02", Var.FIRST_CONTACT_NOTE.name(), "Telefonat mit der Geschäftsführung"));
    complete(tasks, pi.getId(), Element.REPORT_RESULT, Map.of(
        Var.REFERRAL_OUTCOME.name(), "UNTERSTUETZUNG_LAEUFT", Var.RESULT_SUMMARY.name(), "Zwei Profile vorgeschlagen"));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.REFERRAL_COMPLETED);
    assertThat(contacts.byReference(pi.getBusinessKey())).allSatisfy(c -> assertThat(c.active()).isFalse());
  }

  @Test
  @DisplayName("Partner ohne Regionalstruktur (Transferzentren) nehmen als ganze Gruppe an")
  void nonRegionalPartner() {
    ProcessInstance pi = start(variables(PartnerGroup.TRANSFERZENTREN.id(), false, true));
    executeDueJobs(management, pi.getId());
    assertThat(candidateGroups(task(tasks, pi.getId(), Element.ACCEPT_REFERRAL))).containsExactly(PartnerGroup.TRANSFERZENTREN.id());
    assertThat(runtime.getVariable(pi.getId(), Var.COACH_GROUP.name())).isEqualTo("network-kmu-harz");
  }

  @Test
  @DisplayName("Ablehnung nur mit Grund; die Weitervermittlung endet als abgelehnt, ohne Kontakt des Partners")
  void declined() {
    ProcessInstance pi = start(variables(PartnerGroup.PFIFF.id(), false, true));
    executeDueJobs(management, pi.getId());
    assertThatThrownBy(() -> complete(tasks, pi.getId(), Element.ACCEPT_REFERRAL,
        Map.of(Var.REFERRAL_DECISION.name(), ReferralProcess.DECLINE)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Grund der Ablehnung: Pflichtfeld");
    complete(tasks, pi.getId(), Element.ACCEPT_REFERRAL, Map.of(Var.REFERRAL_DECISION.name(), ReferralProcess.DECLINE,
        Var.DECLINE_REASON.name(), "Kein passendes Angebot in der Region"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.REFERRAL_DECLINED).hasNotPassed(Element.REGISTER_PARTNER_CONTACT);
    assertThat(contacts.byReference(pi.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("Frist überschritten: Erinnerung an den Partner, der Regiocoach der Region fasst nach")
  void overdueAcceptance() {
    ProcessInstance pi = start(variables(PartnerGroup.PFIFF.id(), false, true));
    executeDueJobs(management, pi.getId());
    fireTimer(management, pi.getId(), Element.ACCEPTANCE_OVERDUE);
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.ACCEPT_REFERRAL, Element.REMIND_PARTNER);
    executeDueJobs(management, pi.getId());

    assertThat(mailsAbout(MAIL, pi.getBusinessKey())).extracting(ProcessTestSupport::subject)
        .anySatisfy(s -> assertThat(s).startsWith("Erinnerung"));
    Task followUp = task(tasks, pi.getId(), Element.FOLLOW_UP_REFERRAL);
    assertThat(candidateGroups(followUp)).containsExactly("network-kmu-harz");
    complete(tasks, pi.getId(), Element.FOLLOW_UP_REFERRAL, Map.of(Var.FOLLOW_UP_NOTE.name(), "PFIFF meldet sich morgen"));
    BpmnAwareTests.assertThat(pi).hasPassed(Element.FOLLOW_UP_DONE).isWaitingAt(Element.ACCEPT_REFERRAL);

    complete(tasks, pi.getId(), Element.ACCEPT_REFERRAL, Map.of(Var.REFERRAL_DECISION.name(), ReferralProcess.DECLINE,
        Var.DECLINE_REASON.name(), "Zu spät gesehen, keine Kapazität"));
    BpmnAwareTests.assertThat(pi).isEnded();
  }

  @Test
  @DisplayName("Nimmt der Partner nach der Mahnung an, endet das offene Nachfassen mit der Weitervermittlung")
  void lateAcceptanceEndsFollowUp() {
    ProcessInstance pi = start(variables(PartnerGroup.PFIFF.id(), false, true));
    executeDueJobs(management, pi.getId());
    fireTimer(management, pi.getId(), Element.ACCEPTANCE_OVERDUE);
    executeDueJobs(management, pi.getId());
    complete(tasks, pi.getId(), Element.ACCEPT_REFERRAL, Map.of(Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT));
    complete(tasks, pi.getId(), Element.DOCUMENT_FIRST_CONTACT, Map.of(
        Var.FIRST_CONTACT_DATE.name(), "2026-12-02", Var.FIRST_CONTACT_NOTE.name(), "Vor-Ort-Termin"));
    complete(tasks, pi.getId(), Element.REPORT_RESULT, Map.of(
        Var.REFERRAL_OUTCOME.name(), "ABGESCHLOSSEN", Var.RESULT_SUMMARY.name(), "Stelle besetzt"));
    BpmnAwareTests.assertThat(pi).isEnded().hasNotPassed(Element.FOLLOW_UP_DONE);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("Externe Beratung wird nur mit bestätigtem Standard der Prozessberatung (3.4) angenommen")
  void externalConsultancyStandard() {
    ProcessInstance pi = start(variables(PartnerGroup.EINZELPROJEKTE.id(), true, true));
    executeDueJobs(management, pi.getId());
    assertThatThrownBy(() -> complete(tasks, pi.getId(), Element.ACCEPT_REFERRAL,
        Map.of(Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT, Var.PROCESS_CONSULTING_STANDARD.name(), false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Standard der Prozessberatung (3.4): bei externer Beratung zu bestätigen");
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.ACCEPT_REFERRAL);
    complete(tasks, pi.getId(), Element.ACCEPT_REFERRAL,
        Map.of(Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT, Var.PROCESS_CONSULTING_STANDARD.name(), true));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.DOCUMENT_FIRST_CONTACT)
        .variables().containsEntry(Var.PROCESS_CONSULTING_STANDARD.name(), true);
  }

  @Test
  @DisplayName("Benachrichtigung scheitert am Mailserver: der Job wird wiederholt, die Mail geht genau einmal hinaus")
  void notificationRetriedWithoutDuplicate() {
    ProcessInstance pi = start(variables(PartnerGroup.PFIFF.id(), false, true));
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    MAIL.stop();
    try {
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
    } finally {
      MAIL.start();
    }
    Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(2);
    assertThat(failed.getDuedate()).isAfter(new java.util.Date());
    // the job's message becomes the incident's message in Cockpit: German, naming the mail, no SMTP details
    assertThat(failed.getExceptionMessage()).isEqualTo("Mail " + pi.getBusinessKey() + " ließ sich nicht versenden: "
        + "Der Mailserver ist nicht erreichbar oder hat die Mail abgelehnt. Der Versand wird wiederholt; nach dem "
        + "letzten Versuch bitte im Cockpit erneut anstoßen.");
    assertThat(jdbc.queryForObject("SELECT state FROM fkif_notification WHERE idempotency_key = ?",
        String.class, pi.getBusinessKey())).isEqualTo("FAILED");

    management.executeJob(job.getId());
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.ACCEPT_REFERRAL);
    assertThat(mailsAbout(MAIL, pi.getBusinessKey())).hasSize(1);

    // the notification runs again (e.g. an operator restarts it in Cockpit): no second mail
    runtime.createProcessInstanceModification(pi.getId()).startBeforeActivity(Element.NOTIFY_PARTNER).execute();
    executeDueJobs(management, pi.getId());
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.ACCEPT_REFERRAL).count())
        .isEqualTo(2);
    assertThat(mailsAbout(MAIL, pi.getBusinessKey())).hasSize(1);
  }

  @Test
  @DisplayName("Ohne Einwilligung werden Kontaktdaten schon beim Start der Weitervermittlung abgewiesen")
  void personalDataWithoutConsentRefused() {
    Map<String, Object> variables = variables(PartnerGroup.PFIFF.id(), false, false);
    variables.put(Var.CONTACT_EMAIL.name(), "m.muster@example.org");
    assertThatThrownBy(() -> start(variables)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Kontaktdaten: ohne Einwilligung des Unternehmens nicht zulässig");
  }

  @Test
  @DisplayName("Ohne Einwilligung erhält der Partner den Hinweis, dass sich das Unternehmen meldet")
  void noConsentNote() {
    ProcessInstance pi = start(variables(PartnerGroup.PFIFF.id(), false, false));
    executeDueJobs(management, pi.getId());
    assertThat(mailsAbout(MAIL, pi.getBusinessKey())).singleElement()
        .satisfies(m -> assertThat(ProcessTestSupport.body(m)).contains("meldet sich bei Ihnen")
            .doesNotContain("Ansprechperson:"));
  }

  // ------------------------------------------------------------------ helpers

  private ProcessInstance start(Map<String, Object> variables) {
    String caseKey = (String) variables.get(Var.CASE_BUSINESS_KEY.name());
    return runtime.startProcessInstanceByKey(ReferralProcess.KEY, caseKey + "-W1", variables);
  }

  private Map<String, Object> variables(String partnerGroup, boolean externalConsultancy, boolean consent) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "Bördebäckerei " + suffix + " GmbH";
    String postcode = "39" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    long companyId = companies.findOrCreate(new CompanyData(name, postcode, "harz", "C", "10-49")).id();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CASE_BUSINESS_KEY.name(), "BF-2099-" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000))
        + suffix.substring(0, 3));
    variables.put(Var.PARTNER_GROUP.name(), partnerGroup);
    variables.put(Var.REGION.name(), "harz");
    variables.put(Var.OFFER_ID.name(), partnerGroup + "-angebot");
    variables.put(Var.OFFER_NAME.name(), "Angebot von " + partnerGroup);
    variables.put(Var.EXTERNAL_CONSULTANCY.name(), externalConsultancy);
    variables.put(Var.CASE_SUMMARY.name(), "Anfrage: Fachkräfte gesucht");
    variables.put(Var.CONSENT_DATA_SHARING.name(), consent);
    variables.put(Var.COMPANY_ID.name(), companyId);
    variables.put(Var.COMPANY_NAME.name(), name);
    variables.put(Var.COMPANY_POSTCODE.name(), postcode);
    variables.put(Var.DISTRICT.name(), "harz");
    variables.put(Var.SECTOR.name(), "C");
    variables.put(Var.SIZE_BAND.name(), "10-49");
    if (consent) {
      variables.put(Var.CONTACT_NAME.name(), "Maria Muster");
      variables.put(Var.CONTACT_EMAIL.name(), "m.muster@example.org");
    }
    return variables;
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }
}
