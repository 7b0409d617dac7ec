package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Element;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import static de.fachkraftimfokus.support.ProcessTestSupport.complete;
import static de.fachkraftimfokus.support.ProcessTestSupport.executeDueJobs;
import static de.fachkraftimfokus.support.ProcessTestSupport.fireTimer;
import static de.fachkraftimfokus.support.ProcessTestSupport.mailsAbout;
import static de.fachkraftimfokus.support.ProcessTestSupport.recipients;
import static de.fachkraftimfokus.support.ProcessTestSupport.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import de.fachkraftimfokus.identity.PartnerGroup;
import com.icegreen.greenmail.util.GreenMail;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.contact.Contact;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.privacy.PersonalDataService;
import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.support.MailingProcessTest;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@DisplayName("Beratungsfall (advisory-case): vom Clearing bis zum Abschluss")
class AdvisoryCaseProcessTest extends MailingProcessTest {

  private static final GreenMail mail = MAIL;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ContactRegister contacts;
  @Autowired CompanyRegistry companies;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataService personalData;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizations;
  @Autowired de.fachkraftimfokus.notification.Notifier notifier;

  // ------------------------------------------------------------------ the three paths

  @Test
  @DisplayName("Grundberatung: Regiocoach der Region führt das Clearing, berät selbst und schließt den Fall; der Kontakt endet")
  void basicAdvice() {
    ProcessInstance pi = start(startVariables(true));

    assertThat(pi.getBusinessKey()).matches("BF-" + Year.now().getValue() + "-\\d{5}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CLEARING).hasPassed(Element.REGISTER_COMPANY,
        Element.DETERMINE_REGION, Element.CHECK_DOUBLE_APPROACH, Element.REGISTER_CONTACT);
    Task clearing = task(tasks, pi.getId(), Element.CLEARING);
    assertThat(candidateGroups(clearing)).containsExactly("network-kmu-harz");
    assertThat(Duration.between(Instant.now(), clearing.getDueDate().toInstant()).toDays()).isBetween(13L, 14L);
    assertThat(runtime.getVariable(pi.getId(), Var.REGION.name())).isEqualTo("harz");
    Contact contact = activeCaseContact(pi);
    assertThat(contact.partnerGroup()).isEqualTo(PartnerGroup.NETWORK_KMU.id());
    assertThat(contact.coordinated()).isFalse();

    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("NETWORKING"), "NORMAL"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.DEVELOP_OPTIONS)
        .variables().containsEntry(Var.RECOMMENDED_PATH.name(), "GRUNDBERATUNG").containsEntry(Var.CASE_PATH.name(), "GRUNDBERATUNG");

    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, options("GRUNDBERATUNG", List.of(), null));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.DOCUMENT_BASIC_ADVICE);
    complete(tasks, pi.getId(), Element.DOCUMENT_BASIC_ADVICE, Map.of(
        Var.BASIC_ADVICE_TOPICS.name(), JsonVariables.json(List.of("FUNDING", "NETWORKING")),
        Var.BASIC_ADVICE_NOTE.name(), "Förderprogramme erläutert, Unternehmerstammtisch empfohlen"));
    closeCase(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.END_CONTACT, Element.CASE_CLOSED)
        .hasNotPassed(Element.CALL_REFERRAL, Element.EVALUATE_SUPPORT);
    assertThat(contacts.find(contact.id()).orElseThrow().active()).isFalse();
  }

  @Test
  @DisplayName("Weitervermittlung: ein Angebot je Partner, PFIFF der Region nimmt an, das Ergebnis kommt in den Fall zurück")
  void referral() {
    ProcessInstance pi = start(startVariables(true));
    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("RECRUITING"), "NORMAL"));
    BpmnAwareTests.assertThat(pi).variables().containsEntry(Var.RECOMMENDED_PATH.name(), "WEITERVERMITTLUNG");
    assertThat(Var.SELECTED_OFFER_IDS.get(runtime.getVariables(pi.getId())))
        .containsExactly("pfiff-fachkraeftegewinnung");

    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS,
        options("WEITERVERMITTLUNG", List.of("pfiff-fachkraeftegewinnung"), null));

    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CALL_REFERRAL);
    ProcessInstance referral = referral(pi, 1);
    assertThat(runtime.getVariables(referral.getId())).containsEntry(ReferralProcess.Var.COMPANY_NAME.name(),
            runtime.getVariable(pi.getId(), Var.COMPANY_NAME.name()))
        .containsEntry(ReferralProcess.Var.REGION.name(), "harz")
        .containsEntry(ReferralProcess.Var.PARTNER_GROUP.name(), PartnerGroup.PFIFF.id())
        .containsKey(ReferralProcess.Var.OFFER_NAME.name())
        .containsEntry(ReferralProcess.Var.CONTACT_EMAIL.name(), "m.muster@example.org");
    executeDueJobs(management, referral.getId());
    assertThat(mailsAbout(mail, referral.getBusinessKey())).singleElement()
        .satisfies(m -> assertThat(recipients(m)).contains("pfiff.harz@demo.fachkraft-im-fokus.invalid"));

    acceptAndReport(referral, false);

    BpmnAwareTests.assertThat(referral).isEnded();
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CLOSE_CASE).hasNotPassed(Element.HANDLE_DECLINED_REFERRAL);
    List<ReferralResult> results = AdvisoryCaseProcess.Var.REFERRAL_RESULTS.get(caseScope(pi));
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.accepted()).isTrue();
      assertThat(r.referralKey()).isEqualTo(pi.getBusinessKey() + "-W1");
      assertThat(r.outcome()).isEqualTo("ABGESCHLOSSEN");
    });
    assertThat(contacts.byReference(referral.getBusinessKey())).singleElement()
        .satisfies(c -> {
          assertThat(c.partnerGroup()).isEqualTo(PartnerGroup.PFIFF.id());
          assertThat(c.coordinated()).isTrue();
          assertThat(c.active()).isFalse();
        });
    closeCase(pi);
    BpmnAwareTests.assertThat(pi).isEnded();
  }

  @Test
  @DisplayName("Koordinierte Begleitung: Begleitplan, drei Partner parallel, Zwischenstand nach vier Wochen, Auswertung")
  void coordinatedSupport() {
    ProcessInstance pi = start(startVariables(true));
    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("RECRUITING", "GRADUATES", "APPRENTICESHIP"), "HOCH"));
    BpmnAwareTests.assertThat(pi).variables().containsEntry(Var.RECOMMENDED_PATH.name(), "KOORDINIERTE_BEGLEITUNG");
    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, options("KOORDINIERTE_BEGLEITUNG",
        List.of("pfiff-fachkraeftegewinnung", "transferzentren-matching", "ausbildungscoaches-ausbildung"), null));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CREATE_SUPPORT_PLAN);
    complete(tasks, pi.getId(), Element.CREATE_SUPPORT_PLAN, Map.of(Var.SUPPORT_PLAN.name(), "Drei Partner, Ziele bis Q2"));

    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isEqualTo(3);
    fireTimer(management, pi.getId(), Element.STATUS_ROUND_DUE);
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.STATUS_ROUND, Element.CALL_REFERRAL);
    complete(tasks, pi.getId(), Element.STATUS_ROUND, Map.of(Var.STATUS_NOTE.name(), "PFIFF und Kammer im Gespräch"));
    // the cycle goes on while referrals run
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(Element.STATUS_ROUND_DUE).count())
        .isEqualTo(1);

    for (int n = 1; n <= 3; n++) {
      ProcessInstance referral = referral(pi, n);
      executeDueJobs(management, referral.getId());
      acceptAndReport(referral, false);
    }
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.EVALUATE_SUPPORT);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    assertThat(AdvisoryCaseProcess.Var.REFERRAL_RESULTS.get(caseScope(pi))).hasSize(3);
    complete(tasks, pi.getId(), Element.EVALUATE_SUPPORT, Map.of(Var.GOALS_REACHED.name(), "TEILWEISE",
        Var.SUPPORT_EVALUATION.name(), "Zwei Fachkräfte gewonnen, Ausbildungsplatz offen"));
    closeCase(pi);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.STATUS_ROUND, Element.EVALUATE_SUPPORT);
  }

  @Test
  @DisplayName("Bei einer einfachen Weitervermittlung gibt es keinen Zwischenstand, auch wenn vier Wochen vergehen")
  void noStatusRoundWithoutCoordination() {
    ProcessInstance pi = toReferral(true, "pfiff-fachkraeftegewinnung");
    fireTimer(management, pi.getId(), Element.STATUS_ROUND_DUE);
    BpmnAwareTests.assertThat(pi).hasPassed(Element.STATUS_ROUND_SKIPPED).isWaitingAt(Element.CALL_REFERRAL);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("Der Regiocoach weicht von der Empfehlung ab: nur mit Begründung, die neben der Empfehlung erhalten bleibt")
  void overrideNeedsReason() {
    ProcessInstance pi = start(startVariables(true));
    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("RECRUITING"), "NORMAL"));

    assertThatThrownBy(() -> complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS,
        options("WEITERVERMITTLUNG", List.of("einzelprojekte-zielgruppen"), null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Begründung der Abweichung: Pflichtfeld");
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.DEVELOP_OPTIONS);

    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, options("WEITERVERMITTLUNG",
        List.of("einzelprojekte-zielgruppen"), "Unternehmen sucht gezielt Ältere"));
    BpmnAwareTests.assertThat(pi).variables()
        .containsEntry(Var.RECOMMENDATION_OVERRIDDEN.name(), true)
        .containsEntry(Var.OVERRIDE_REASON.name(), "Unternehmen sucht gezielt Ältere")
        .containsEntry(Var.RECOMMENDED_PATH.name(), "WEITERVERMITTLUNG");
    assertThat(runtime.getVariables(referral(pi, 1).getId())).containsEntry(ReferralProcess.Var.PARTNER_GROUP.name(), PartnerGroup.EINZELPROJEKTE.id());
  }

  // ------------------------------------------------------------------ declined referrals

  @Test
  @DisplayName("Abgelehnte Weitervermittlung: der Regiocoach vermittelt an ein anderes Angebot (W2)")
  void declineAndReroute() {
    ProcessInstance pi = toReferral(true, "pfiff-fachkraeftegewinnung");
    ProcessInstance first = referral(pi, 1);
    executeDueJobs(management, first.getId());
    complete(tasks, first.getId(), ReferralProcess.Element.ACCEPT_REFERRAL, Map.of(
        ReferralProcess.Var.REFERRAL_DECISION.name(), ReferralProcess.DECLINE,
        ReferralProcess.Var.DECLINE_REASON.name(), "Keine Kapazität bis Februar"));

    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.HANDLE_DECLINED_REFERRAL);
    assertThat((String) runtime.getVariable(pi.getId(), Var.DECLINED_REFERRALS_TEXT.name())).contains("Keine Kapazität bis Februar");
    complete(tasks, pi.getId(), Element.HANDLE_DECLINED_REFERRAL, Map.of(
        Var.DECLINED_ACTION.name(), AdvisoryCaseProcess.REROUTE,
        Var.REROUTE_OFFER_IDS.name(), JsonVariables.json(List.of("einzelprojekte-zielgruppen")),
        Var.DECLINE_HANDLING_NOTE.name(), "Mit dem Unternehmen vereinbart"));

    ProcessInstance second = referral(pi, 2);
    assertThat(runtime.getVariables(second.getId())).containsEntry(ReferralProcess.Var.OFFER_ID.name(), "einzelprojekte-zielgruppen");
    executeDueJobs(management, second.getId());
    acceptAndReport(second, false);
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CLOSE_CASE);
    assertThat(AdvisoryCaseProcess.Var.REFERRAL_RESULTS.get(caseScope(pi))).extracting(ReferralResult::accepted)
        .containsExactly(false, true);
  }

  @Test
  @DisplayName("Abgelehnte Weitervermittlung: der Regiocoach vermittelt nicht weiter und schließt den Fall")
  void declineAndClose() {
    ProcessInstance pi = toReferral(true, "pfiff-fachkraeftegewinnung");
    ProcessInstance first = referral(pi, 1);
    executeDueJobs(management, first.getId());
    complete(tasks, first.getId(), ReferralProcess.Element.ACCEPT_REFERRAL, Map.of(
        ReferralProcess.Var.REFERRAL_DECISION.name(), ReferralProcess.DECLINE,
        ReferralProcess.Var.DECLINE_REASON.name(), "Nicht unser Angebot"));
    assertThatThrownBy(() -> complete(tasks, pi.getId(), Element.HANDLE_DECLINED_REFERRAL, Map.of(
        Var.DECLINED_ACTION.name(), AdvisoryCaseProcess.REROUTE, Var.DECLINE_HANDLING_NOTE.name(), "ohne Angebot")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Andere Angebote: zum erneuten Vermitteln");
    complete(tasks, pi.getId(), Element.HANDLE_DECLINED_REFERRAL, Map.of(
        Var.DECLINED_ACTION.name(), AdvisoryCaseProcess.CLOSE, Var.DECLINE_HANDLING_NOTE.name(), "Unternehmen sucht selbst"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CLOSE_CASE);
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isZero();
    closeCase(pi);
    BpmnAwareTests.assertThat(pi).isEnded();
  }

  // ------------------------------------------------------------------ consent

  @Test
  @DisplayName("Ohne Einwilligung erreicht den Partner keine Kontaktperson – weder in Variablen noch in der Historie noch in der Mail")
  void noConsentNoPersonalData() {
    ProcessInstance pi = toReferral(false, "pfiff-fachkraeftegewinnung");
    ProcessInstance referral = referral(pi, 1);
    executeDueJobs(management, referral.getId());

    assertThat(runtime.getVariables(referral.getId())).doesNotContainKeys(
        ReferralProcess.Var.CONTACT_NAME.name(), ReferralProcess.Var.CONTACT_EMAIL.name(), ReferralProcess.Var.CONTACT_PHONE.name())
        .containsEntry(ReferralProcess.Var.COMPANY_NAME.name(), runtime.getVariable(pi.getId(), Var.COMPANY_NAME.name()))
        .containsEntry(ReferralProcess.Var.CONSENT_DATA_SHARING.name(), false);
    assertThat(runtime.getVariable(referral.getId(), ReferralProcess.Var.CONTACT_NOTE.name()).toString())
        .contains("meldet sich bei Ihnen");
    acceptAndReport(referral, false);

    List<String> historicNames = history.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .list().stream().map(v -> v.getName()).toList();
    assertThat(historicNames).contains(ReferralProcess.Var.COMPANY_NAME.name())
        .doesNotContain(ReferralProcess.Var.CONTACT_NAME.name(), ReferralProcess.Var.CONTACT_EMAIL.name(), ReferralProcess.Var.CONTACT_PHONE.name());
    List<Object> historicValues = history.createHistoricDetailQuery().processInstanceId(referral.getId())
        .variableUpdates().list().stream()
        .map(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getValue()).toList();
    assertThat(historicValues).doesNotContain("Maria Muster", "m.muster@example.org", "0391 12345");
    assertThat(mailsAbout(mail, referral.getBusinessKey())).singleElement().satisfies(m -> {
      assertThat(ProcessTestSupport.body(m)).doesNotContain("Maria Muster", "m.muster@example.org")
          .contains("meldet sich bei Ihnen");
    });
    // the case itself keeps the contact person (for its own work and for erasure on request)
    assertThat(runtime.getVariable(pi.getId(), Var.CONTACT_NAME.name())).isEqualTo("Maria Muster");
  }

  // ------------------------------------------------------------------ double approach (3.3)

  @Test
  @DisplayName("Doppelansprache, wir übernehmen: PFIFF ist in Kontakt, Ansprache abstimmen zeigt wer/seit wann/worüber, PFIFF wird informiert")
  void doubleApproachWeLead() {
    Map<String, Object> variables = startVariables(true);
    long companyId = pfiffInContactWith(variables);
    ProcessInstance pi = start(variables);

    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.COORDINATE_APPROACH).variables()
        .containsEntry(Var.DOUBLE_APPROACH.name(), true);
    assertThat(Var.OTHER_PARTNERS.get(runtime.getVariables(pi.getId()))).containsExactly("pfiff-harz");
    assertThat((String) runtime.getVariable(pi.getId(), Var.CONFLICT_SUMMARY.name()))
        .contains("PFIFF", "seit", "Matching Fachkräfte", "pfiff.harz");
    assertThat(candidateGroups(task(tasks, pi.getId(), Element.COORDINATE_APPROACH))).containsExactly("network-kmu-harz");
    assertThat(contacts.byReference(pi.getBusinessKey())).isEmpty();

    complete(tasks, pi.getId(), Element.COORDINATE_APPROACH, Map.of(Var.APPROACH_OUTCOME.name(), ApproachOutcome.WE_LEAD.name(),
        Var.APPROACH_NOTE.name(), "Mit PFIFF Harz telefoniert: Regiocoach übernimmt"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.NOTIFY_OTHER_PARTNER);
    executeDueJobs(management, pi.getId());

    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CLEARING);
    assertThat(contacts.resolutionOf(pi.getBusinessKey())).contains("WE_LEAD");
    assertThat(contacts.byReference(pi.getBusinessKey())).singleElement()
        .satisfies(c -> assertThat(c.coordinated()).isTrue());
    assertThat(mailsAbout(mail, pi.getBusinessKey())).singleElement()
        .satisfies(m -> assertThat(recipients(m)).contains("pfiff.harz@demo.fachkraft-im-fokus.invalid"));
    assertThat(companyId).isEqualTo(runtime.getVariable(pi.getId(), Var.COMPANY_ID.name()));
  }

  @Test
  @DisplayName("Doppelansprache, der andere Partner übernimmt: der Fall wird übergeben, endet, PFIFF erfährt es")
  void doubleApproachOtherLeads() {
    Map<String, Object> variables = startVariables(true);
    pfiffInContactWith(variables);
    ProcessInstance pi = start(variables);
    complete(tasks, pi.getId(), Element.COORDINATE_APPROACH, Map.of(Var.APPROACH_OUTCOME.name(), ApproachOutcome.OTHER_LEADS.name(),
        Var.APPROACH_NOTE.name(), "PFIFF begleitet das Unternehmen schon"));
    executeDueJobs(management, pi.getId());

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.NOTIFY_HANDOVER, Element.CASE_HANDED_OVER)
        .hasNotPassed(Element.REGISTER_CONTACT);
    assertThat(contacts.byReference(pi.getBusinessKey())).isEmpty();
    assertThat(contacts.resolutionOf(pi.getBusinessKey())).contains("OTHER_LEADS");
    assertThat(mailsAbout(mail, pi.getBusinessKey())).singleElement()
        .satisfies(m -> assertThat(ProcessTestSupport.subject(m)).contains("Sie übernehmen"));
  }

  @Test
  @DisplayName("Doppelansprache, kein Konflikt: nach der Abstimmung weiter zum Clearing, ohne Mail")
  void doubleApproachNoConflict() {
    Map<String, Object> variables = startVariables(true);
    pfiffInContactWith(variables);
    ProcessInstance pi = start(variables);
    complete(tasks, pi.getId(), Element.COORDINATE_APPROACH, Map.of(Var.APPROACH_OUTCOME.name(), ApproachOutcome.NO_CONFLICT.name(),
        Var.APPROACH_NOTE.name(), "PFIFF-Kontakt betrifft einen anderen Standort"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CLEARING).hasNotPassed(Element.NOTIFY_OTHER_PARTNER);
    assertThat(contacts.resolutionOf(pi.getBusinessKey())).contains("NO_CONFLICT");
    assertThat(mailsAbout(mail, pi.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("Zwei Fälle für dasselbe Unternehmen (anders geschrieben): der zweite muss die Ansprache abstimmen")
  void secondCaseForSameCompany() {
    Map<String, Object> variables = startVariables(true);
    ProcessInstance first = start(variables);
    Map<String, Object> again = new HashMap<>(variables);
    again.put(Var.COMPANY_NAME.name(), variables.get(Var.COMPANY_NAME.name()).toString().toUpperCase().replace(" GMBH", " G.m.b.H."));
    ProcessInstance second = start(again);
    assertThat(runtime.getVariable(second.getId(), Var.COMPANY_ID.name())).isEqualTo(runtime.getVariable(first.getId(), Var.COMPANY_ID.name()));
    BpmnAwareTests.assertThat(second).isWaitingAt(Element.COORDINATE_APPROACH);
    assertThat((String) runtime.getVariable(second.getId(), Var.CONFLICT_SUMMARY.name())).contains(first.getBusinessKey());
  }

  // ------------------------------------------------------------------ withdrawal

  @Test
  @DisplayName("Rückzug während des Clearings: der Fall endet sauber, der Kontakt wird geschlossen")
  void withdrawalDuringClearing() {
    ProcessInstance pi = start(startVariables(true));
    withdraw(pi);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.CASE_WITHDRAWN).hasNotPassed(Element.CASE_CLOSED);
    assertThat(contacts.byReference(pi.getBusinessKey())).allSatisfy(c -> assertThat(c.active()).isFalse()).isNotEmpty();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(Var.WITHDRAWN.name())
        .singleResult().getValue()).isEqualTo(true);
  }

  @Test
  @DisplayName("Rückzug während der Ansprache-Abstimmung: die Aufgabe verschwindet, der Fall endet")
  void withdrawalDuringCoordination() {
    Map<String, Object> variables = startVariables(true);
    pfiffInContactWith(variables);
    ProcessInstance pi = start(variables);
    withdraw(pi);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.CASE_WITHDRAWN);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  @DisplayName("Rückzug während laufender Weitervermittlungen: diese werden beendet, auch die Kontakte der Partner; jeder betroffene Partner erfährt es per Mail, seine Leseberechtigung für die Weitervermittlung entfällt")
  void withdrawalDuringReferrals() {
    ProcessInstance pi = start(startVariables(true));
    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("RECRUITING", "GRADUATES", "APPRENTICESHIP"), "HOCH"));
    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, options("WEITERVERMITTLUNG",
        List.of("pfiff-fachkraeftegewinnung", "transferzentren-matching"), "Ausbildung klärt das Unternehmen selbst"));
    ProcessInstance accepted = referral(pi, 1);
    ProcessInstance open = referral(pi, 2);
    executeDueJobs(management, accepted.getId());
    executeDueJobs(management, open.getId());
    complete(tasks, accepted.getId(), ReferralProcess.Element.ACCEPT_REFERRAL, Map.of(
        ReferralProcess.Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT));
    assertThat(contacts.byReference(accepted.getBusinessKey())).singleElement().satisfies(c -> assertThat(c.active()).isTrue());
    assertThat(authorizations.createAuthorizationQuery().resourceId(open.getId()).list())
        .as("Leserechte des Partners und der Regiocoaches der Region").extracting(a -> a.getGroupId())
        .containsExactlyInAnyOrder(PartnerGroup.TRANSFERZENTREN.id(), "network-kmu-harz");

    withdraw(pi);

    for (ProcessInstance referral : List.of(accepted, open)) {
      String acceptGroup = (String) history.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
          .variableName(ReferralProcess.Var.ACCEPT_GROUP.name()).singleResult().getValue();
      List<jakarta.mail.Message> notices = mailsAbout(mail, "Weitervermittlung " + referral.getBusinessKey() + " entfällt");
      java.util.Set<String> expected = notifier.addressesOfGroups(List.of(acceptGroup));
      assertThat(expected).isNotEmpty();
      assertThat(notices).as("eine Mail je Empfänger, nur einmal").hasSize(expected.size());
      assertThat(recipients(notices.get(0))).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(authorizations.createAuthorizationQuery().resourceId(referral.getId()).count())
          .as("Leserecht entfernt").isZero();
    }

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Element.CASE_WITHDRAWN);
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isZero();
    BpmnAwareTests.assertThat(accepted).isEnded();
    assertThat(contacts.byReference(accepted.getBusinessKey())).allSatisfy(c -> assertThat(c.active()).isFalse());
    assertThat(contacts.byReference(pi.getBusinessKey())).allSatisfy(c -> assertThat(c.active()).isFalse());
  }

  @Test
  @DisplayName("Datenschutz-Löschung erreicht auch die Weitervermittlung, an die der Kontakt mit Einwilligung ging; Fall und Weitervermittlung laufen weiter")
  void erasureReachesTheReferral() {
    String email = "loeschung-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Map<String, Object> variables = startVariables(true);
    variables.put(Var.CONTACT_EMAIL.name(), email);
    ProcessInstance pi = start(variables);
    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("RECRUITING"), "NORMAL"));
    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS,
        options("WEITERVERMITTLUNG", List.of("pfiff-fachkraeftegewinnung"), null));
    ProcessInstance referral = referral(pi, 1);
    assertThat(runtime.getVariable(referral.getId(), ReferralProcess.Var.CONTACT_EMAIL.name())).isEqualTo(email);

    PersonalDataService.Erasure erasure = personalData.erase(email.toUpperCase(), "admin");

    assertThat(erasure.businessKeys()).containsExactlyInAnyOrder(pi.getBusinessKey(), referral.getBusinessKey());
    for (ProcessInstance instance : List.of(pi, referral)) {
      assertThat(runtime.getVariable(instance.getId(), ReferralProcess.Var.CONTACT_EMAIL.name())).isEqualTo(PersonalDataService.ERASED);
      assertThat(runtime.getVariable(instance.getId(), ReferralProcess.Var.CONTACT_NAME.name())).isEqualTo(PersonalDataService.ERASED);
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableValueEquals(ReferralProcess.Var.CONTACT_EMAIL.name(), email).includeDeleted().count()).isZero();
    }
    executeDueJobs(management, referral.getId());
    acceptAndReport(referral, false);
    BpmnAwareTests.assertThat(referral).isEnded();
    BpmnAwareTests.assertThat(pi).isWaitingAt(Element.CLOSE_CASE);
  }

  @Test
  @DisplayName("Lange Angaben im Clearing: die Fallzusammenfassung für den Partner wird gekürzt, die Weitervermittlung startet trotzdem")
  void longClearingStillReachesThePartner() {
    Map<String, Object> variables = startVariables(true);
    variables.put(Var.INQUIRY_SUMMARY.name(), "Anfrage ".repeat(400));
    ProcessInstance pi = start(variables);
    Map<String, Object> clearing = clearing(List.of("RECRUITING"), "NORMAL");
    clearing.put(Var.PROBLEM_DESCRIPTION.name(), "Problem ".repeat(450));
    clearing.put(Var.OWN_SOLUTION_IDEAS.name(), "Idee ".repeat(700));
    complete(tasks, pi.getId(), Element.CLEARING, clearing);
    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS,
        options("WEITERVERMITTLUNG", List.of("pfiff-fachkraeftegewinnung"), null));

    ProcessInstance referral = referral(pi, 1);
    assertThat((String) runtime.getVariable(referral.getId(), ReferralProcess.Var.CASE_SUMMARY.name()))
        .hasSizeLessThanOrEqualTo(4000).startsWith("Anfrage: Anfrage").endsWith("vollständig in der Plattform]");
  }

  // ------------------------------------------------------------------ helpers

  private ProcessInstance toReferral(boolean consent, String offerId) {
    ProcessInstance pi = start(startVariables(consent));
    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("RECRUITING"), "NORMAL"));
    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, options("WEITERVERMITTLUNG", List.of(offerId),
        offerId.equals("pfiff-fachkraeftegewinnung") ? null : "anderes Angebot"));
    return pi;
  }

  private void acceptAndReport(ProcessInstance referral, boolean standard) {
    Map<String, Object> accept = new HashMap<>(Map.of(ReferralProcess.Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT));
    if (standard) {
      accept.put(ReferralProcess.Var.PROCESS_CONSULTING_STANDARD.name(), true);
    }
    complete(tasks, referral.getId(), ReferralProcess.Element.ACCEPT_REFERRAL, accept);
    complete(tasks, referral.getId(), ReferralProcess.Element.DOCUMENT_FIRST_CONTACT, Map.of(
        ReferralProcess.Var.FIRST_CONTACT_DATE.name(), "2026-12-01", ReferralProcess.Var.FIRST_CONTACT_NOTE.name(), "Termin vor Ort"));
    complete(tasks, referral.getId(), ReferralProcess.Element.REPORT_RESULT, Map.of(
        ReferralProcess.Var.REFERRAL_OUTCOME.name(), "ABGESCHLOSSEN", ReferralProcess.Var.RESULT_SUMMARY.name(), "Stelle besetzt"));
  }

  private void closeCase(ProcessInstance pi) {
    complete(tasks, pi.getId(), Element.CLOSE_CASE, Map.of(Var.CASE_OUTCOME.name(), "GELOEST",
        Var.COMPANY_OWN_ACTIONS.name(), "Führt Mitarbeitergespräche jetzt selbst"));
  }

  /** The company withdraws; the asynchronous notice to partners runs too. */
  private void withdraw(ProcessInstance pi) {
    runtime.createMessageCorrelation(AdvisoryCaseProcess.MESSAGE_COMPANY_WITHDREW)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    executeDueJobs(management, pi.getId());
  }

  private long pfiffInContactWith(Map<String, Object> variables) {
    long companyId = companies.findOrCreate(new CompanyData((String) variables.get(Var.COMPANY_NAME.name()),
        (String) variables.get(Var.COMPANY_POSTCODE.name()), "harz", "C", "10-49")).id();
    contacts.register(companyId, PartnerGroup.PFIFF.id(), "harz", "PFIFF-PORTAL-" + UUID.randomUUID(), "Matching Fachkräfte",
        "pfiff.harz", false);
    return companyId;
  }

  private ProcessInstance referral(ProcessInstance pi, int n) {
    ProcessInstance referral = runtime.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .processInstanceBusinessKey(pi.getBusinessKey() + "-W" + n).singleResult();
    assertThat(referral).as("Weitervermittlung W" + n).isNotNull();
    return referral;
  }

  private Map<String, Object> caseScope(ProcessInstance pi) {
    return runtime.getVariables(pi.getId());
  }

  private Contact activeCaseContact(ProcessInstance pi) {
    return contacts.byReference(pi.getBusinessKey()).stream().filter(Contact::active).findFirst().orElseThrow();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, variables);
  }

  static Map<String, Object> startVariables(boolean consent) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.COMPANY_NAME.name(), "Harzer Metallbau " + suffix + " GmbH");
    variables.put(Var.COMPANY_POSTCODE.name(), "38" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
    variables.put(Var.DISTRICT.name(), "harz");
    variables.put(Var.SECTOR.name(), "C");
    variables.put(Var.SIZE_BAND.name(), "10-49");
    variables.put(Var.CONTACT_NAME.name(), "Maria Muster");
    variables.put(Var.CONTACT_EMAIL.name(), "m.muster@example.org");
    variables.put(Var.CONTACT_PHONE.name(), "0391 12345");
    variables.put(Var.INQUIRY_SOURCE.name(), "UNTERNEHMEN");
    variables.put(Var.INQUIRY_SUMMARY.name(), "Sucht zwei Zerspanungsmechaniker");
    variables.put(Var.CONSENT_DATA_SHARING.name(), consent);
    return variables;
  }

  static Map<String, Object> clearing(List<String> needs, String urgency) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.NEEDS.name(), JsonVariables.json(needs));
    variables.put(Var.PROBLEM_DESCRIPTION.name(), "Bewerbungen bleiben aus");
    variables.put(Var.OWN_SOLUTION_IDEAS.name(), "Eigene Azubis übernehmen, Stellenanzeigen überarbeiten");
    variables.put(Var.URGENCY.name(), urgency);
    return variables;
  }

  static Map<String, Object> options(String path, List<String> offerIds, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CASE_PATH.name(), path);
    variables.put(Var.SELECTED_OFFER_IDS.name(), JsonVariables.json(offerIds));
    variables.put(Var.OPTIONS_SUMMARY.name(), "Optionen mit der Geschäftsführung besprochen");
    if (reason != null) {
      variables.put(Var.OVERRIDE_REASON.name(), reason);
    }
    return variables;
  }
}
