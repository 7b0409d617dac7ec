package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Element.*;
import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.process.Option;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.BrandFix;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkAnswer;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.DateDecision;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.support.TestMailServer;
import de.fachkraftimfokus.validation.InvalidInputException;
import jakarta.mail.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stories of {@code public-activity} (issue 11, agreement 1.1–1.3) on the real model, decision
 * table, delegates, register and SMTP. Each story uses its own year, so the clash checks of one
 * story never meet another's activities.
 */
@PlatformTest
@DisplayName("Öffentlichkeitsaktivität abstimmen (public-activity)")
class PublicActivityProcessTest {

  static final GreenMail MAIL = TestMailServer.get();
  static final ZoneId BERLIN = WorkingDays.ZONE;

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired PublicActivityRegister register;
  @Autowired PublicActivityService service;
  @Autowired JdbcTemplate jdbc;

  /** Partners asked to point to a PFIFF activity: every working partner except PFIFF. */
  static final List<String> OTHERS_OF_PFIFF = PartnerGroup.workingPartners().stream().map(PartnerGroup::id)
      .filter(id -> !id.equals(PartnerGroup.PFIFF.id())).toList();

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
  @DisplayName("Pressemitteilung mit vollständiger Dachmarke: veröffentlicht, alle Partner verlinken, Ergebnis festgehalten")
  void pressReleaseAllPartnersLink() throws Exception {
    ProcessInstance pi = announce(announcement(PublicActivityKind.PRESS_RELEASE, PartnerGroup.PFIFF.id(), "pfiff.harz",
        LocalDate.of(2040, 3, 10), List.of("harz"), List.of("RECRUITING"), false, true, true));
    String key = pi.getBusinessKey();
    Assertions.assertThat(key).matches("OA-\\d{4}-\\d{4}");
    assertThat(pi).hasPassed(REGISTER_ACTIVITY, CHECK_BRAND).hasNotPassed(CHECK_CLASHES, COMPLETE_BRAND)
        .isWaitingAt(NOTIFY_PARTNERS);
    PublicActivity published = register.find(key).orElseThrow();
    Assertions.assertThat(published.state()).isEqualTo(PublicActivityState.VEROEFFENTLICHT);
    Assertions.assertThat(published.brandFirstTry()).as("Pressemitteilung braucht kein Logo").isTrue();
    Assertions.assertThat(published.brandChecks()).isEqualTo(1);
    Assertions.assertThat(published.publishedAt()).isNotNull();

    executeJobs(pi);
    List<Message> mails = mailsAbout(key);
    Assertions.assertThat(subjects(mails)).as("eine Mail an alle anderen Partner").hasSize(1);
    Assertions.assertThat(ProcessTestSupport.recipients(mails.get(0))).contains(address("stk.gs"), address("transfer"),
        address("coach.harz")).doesNotContain(address("pfiff.harz"), address("pfiff.halle"));
    Assertions.assertThat(mails).as("GreenMail: eine Zustellung je Empfänger")
        .hasSize(ProcessTestSupport.recipients(mails.get(0)).size());
    Assertions.assertThat(ProcessTestSupport.subject(mails.get(0))).contains(key).contains("Pressemitteilung");
    Assertions.assertThat(ProcessTestSupport.body(mails.get(0))).contains("Auf Aktivität hinweisen")
        .contains(PublicActivityProcess.CALENDAR_PATH);

    List<Task> tasks = crossLinkTasks(pi);
    Assertions.assertThat(tasks).extracting(this::candidateGroup).containsExactlyInAnyOrderElementsOf(OTHERS_OF_PFIFF);
    Assertions.assertThat(tasks.get(0).getDueDate().getTime()).isEqualTo(((Date) runtimeService.getVariable(pi.getId(),
        Var.CROSS_LINK_DUE_DATE.name())).getTime());
    Assertions.assertThat((String) taskService.getVariable(tasks.get(0).getId(), Var.ACTIVITY_SUMMARY.name()))
        .contains("Pressemitteilung").contains("Harz").contains("Fachkräftegewinnung");
    for (String partner : OTHERS_OF_PFIFF) {
      confirmLink(pi, partner, "https://www.example.org/" + partner + "/aktuelles");
    }
    assertThat(pi).hasPassed(GW_CROSS_LINKS_COLLECTED).hasNotPassed(FOLLOW_UP_CROSS_LINKS, SEND_REMINDER)
        .isWaitingAt(DATE_PASSED);
    Assertions.assertThat(register.crossLinks(key)).hasSize(OTHERS_OF_PFIFF.size())
        .allSatisfy(link -> Assertions.assertThat(link.state()).isEqualTo(CrossLinkState.VERLINKT))
        .anySatisfy(link -> Assertions.assertThat(link.url()).isEqualTo("https://www.example.org/stk/aktuelles"));

    Job dateTimer = timer(pi, DATE_PASSED);
    Assertions.assertThat(dateTimer.getDuedate().toInstant()).as("am Morgen nach dem Termin")
        .isEqualTo(LocalDate.of(2040, 3, 11).atTime(8, 0).atZone(BERLIN).toInstant());
    managementService.executeJob(dateTimer.getId());
    Task result = task(pi, RECORD_RESULT);
    assertThat(result).isAssignedTo("pfiff.harz");
    Assertions.assertThat(candidateGroup(result)).isEqualTo(PartnerGroup.PFIFF.id());
    taskService.complete(result.getId(), vars(Var.RESONANCE.name(), "Von drei Regionalzeitungen aufgegriffen",
        Var.PRESS_LINKS.name(), "https://www.example.org/mz/artikel\nhttps://www.example.org/volksstimme/artikel"));
    assertThat(pi).isEnded().hasPassed(END);
    PublicActivity done = register.find(key).orElseThrow();
    Assertions.assertThat(done.state()).isEqualTo(PublicActivityState.DURCHGEFUEHRT);
    Assertions.assertThat(done.resonance()).contains("Regionalzeitungen");
    Assertions.assertThat(done.pressLinks()).contains("volksstimme");
    Assertions.assertThat(done.participants()).as("keine Teilnehmenden bei einer Pressemitteilung").isNull();
  }

  @Test
  @DisplayName("Dachmarke fehlt: „Dachmarke ergänzen“ nennt, was fehlt; ergänzt wird geprüft und veröffentlicht (nicht im ersten Versuch)")
  void brandMissingThenCompleted() throws Exception {
    ProcessInstance pi = announce(announcement(PublicActivityKind.COMPANY_WORKSHOP, PartnerGroup.PFIFF.id(), "pfiff.harz",
        LocalDate.of(2041, 5, 12), List.of("altmark"), List.of("DIVERSITY"), true, false, false));
    String key = pi.getBusinessKey();
    assertThat(pi).isWaitingAt(COMPLETE_BRAND).hasNotPassed(PUBLISH_ACTIVITY);
    Task fix = task(pi, COMPLETE_BRAND);
    assertThat(fix).isAssignedTo("pfiff.harz");
    Assertions.assertThat(candidateGroup(fix)).isEqualTo(PartnerGroup.PFIFF.id());
    String missing = (String) taskService.getVariable(fix.getId(), Var.BRAND_MISSING.name());
    Assertions.assertThat(missing).contains("Unternehmensworkshop").contains("Wortlaut „"
        + PublicActivityProcess.UMBRELLA_BRAND + "“").contains("Link auf das Portal").doesNotContain("• Logo der Dachmarke")
        .as("mit dem Hinweis der Tabelle").contains("Einladung");
    Assertions.assertThat(register.find(key).orElseThrow().state()).isEqualTo(PublicActivityState.DACHMARKE_FEHLT);
    Assertions.assertThat(register.list(new PublicActivityRegister.Filter(null, null, null, null, null, true)))
        .as("nicht veröffentlicht ohne Dachmarke").noneMatch(a -> a.businessKey().equals(key));
    Assertions.assertThat(mailsAbout(key)).as("niemand wurde gebeten, auf sie hinzuweisen").isEmpty();

    // the wording only: still the link missing, the task comes again
    taskService.complete(fix.getId(), vars(Var.BRAND_WORDING.name(), true, Var.BRAND_FIX.name(), BrandFix.ERGAENZT.name()));
    assertThat(pi).isWaitingAt(COMPLETE_BRAND);
    Task again = task(pi, COMPLETE_BRAND);
    Assertions.assertThat((String) taskService.getVariable(again.getId(), Var.BRAND_MISSING.name()))
        .contains("Link auf das Portal").doesNotContain("Wortlaut „");
    Assertions.assertThat(taskService.getVariable(again.getId(), Var.BRAND_FIX.name())).as("neue Runde, keine alte Antwort")
        .isNull();

    taskService.complete(again.getId(), vars(Var.BRAND_LINK.name(), true, Var.BRAND_FIX.name(),
        BrandFix.ERGAENZT.name(), Var.BRAND_FIX_NOTE.name(), "Link im Abbinder der Einladung ergänzt"));
    assertThat(pi).hasPassed(CHECK_CLASHES, PUBLISH_ACTIVITY).isWaitingAt(NOTIFY_PARTNERS);
    PublicActivity published = register.find(key).orElseThrow();
    Assertions.assertThat(published.state()).isEqualTo(PublicActivityState.VEROEFFENTLICHT);
    Assertions.assertThat(published.brandChecks()).isEqualTo(3);
    Assertions.assertThat(published.brandFirstTry()).as("Dachmarke im ersten Versuch").isFalse();
  }

  @Test
  @DisplayName("Dachmarke fehlt und der Initiator zieht zurück: nichts veröffentlicht, im Register „zurückgezogen“")
  void brandMissingWithdrawn() {
    ProcessInstance pi = announce(announcement(PublicActivityKind.PUBLICATION, PartnerGroup.MS.id(), "ms.referat",
        LocalDate.of(2042, 2, 2), List.of(), List.of("FURTHER_TRAINING"), false, false, false));
    Task fix = task(pi, COMPLETE_BRAND);
    Assertions.assertThatThrownBy(() -> taskService.complete(fix.getId(), vars(Var.BRAND_FIX.name(),
            BrandFix.ZURUECKGEZOGEN.name())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("beim Zurückziehen bitte den Grund nennen");
    taskService.complete(fix.getId(), vars(Var.BRAND_FIX.name(), BrandFix.ZURUECKGEZOGEN.name(),
        Var.BRAND_FIX_NOTE.name(), "Die Broschüre erscheint nicht."));
    assertThat(pi).isEnded().hasPassed(MARK_WITHDRAWN, WITHDRAWN).hasNotPassed(PUBLISH_ACTIVITY);
    PublicActivity withdrawn = register.find(pi.getBusinessKey()).orElseThrow();
    Assertions.assertThat(withdrawn.state()).isEqualTo(PublicActivityState.ZURUECKGEZOGEN);
    Assertions.assertThat(withdrawn.resonance()).isEqualTo("Die Broschüre erscheint nicht.");
  }

  @Test
  @DisplayName("Workshop trifft auf Workshop eines anderen Partners → Termin verschoben, erneut geprüft, veröffentlicht; der andere Partner erfährt es")
  void clashMoved() throws Exception {
    ProcessInstance other = publishedWorkshop(PartnerGroup.PFIFF.id(), "pfiff.harz", LocalDate.of(2043, 4, 14), "harz", "APPRENTICESHIP");
    ProcessInstance pi = announce(announcement(PublicActivityKind.COMPANY_WORKSHOP, PartnerGroup.TRANSFERZENTREN.id(), "transfer",
        LocalDate.of(2043, 4, 16), List.of("harz", "halle"), List.of("APPRENTICESHIP", "GRADUATES"), true, true, true));
    String key = pi.getBusinessKey();
    assertThat(pi).hasPassed(CHECK_CLASHES).isWaitingAt(COORDINATE_DATE).hasNotPassed(PUBLISH_ACTIVITY);
    Task coordinate = task(pi, COORDINATE_DATE);
    assertThat(coordinate).isAssignedTo("transfer");
    Assertions.assertThat(candidateGroup(coordinate)).isEqualTo(PartnerGroup.TRANSFERZENTREN.id());
    String summary = (String) taskService.getVariable(coordinate.getId(), Var.CLASH_SUMMARY.name());
    Assertions.assertThat(summary).contains(other.getBusinessKey()).contains("PFIFF – Fachkräfteportal")
        .contains("im Abstand von 2 Tagen").contains("/api/public-activities/" + other.getBusinessKey());
    Assertions.assertThat(register.find(key).orElseThrow().state()).isEqualTo(PublicActivityState.TERMIN_IN_ABSTIMMUNG);

    Assertions.assertThatThrownBy(() -> taskService.complete(coordinate.getId(), vars(Var.DATE_DECISION.name(),
            DateDecision.VERSCHIEBEN.name(), Var.NEW_PERIOD_START.name(), "2020-01-01")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("darf nicht in der Vergangenheit liegen");
    taskService.complete(coordinate.getId(), vars(Var.DATE_DECISION.name(), DateDecision.VERSCHIEBEN.name(),
        Var.NEW_PERIOD_START.name(), "2043-05-19", Var.NEW_PERIOD_END.name(), "2043-05-20",
        Var.DATE_DECISION_NOTE.name(), "Mit PFIFF abgesprochen: eine Woche später als gedacht."));
    assertThat(pi).hasPassed(RECORD_DATE_DECISION).isWaitingAt(NOTIFY_CLASH_PARTNERS);
    executeJobs(pi);
    assertThat(pi).hasPassed(NOTIFY_CLASH_PARTNERS, GW_DATE_MOVED, PUBLISH_ACTIVITY).isWaitingAt(POINT_TO_ACTIVITY);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Var.CLASH_ROUND.name())).as("zweite Prüfung").isEqualTo(2);
    PublicActivity moved = register.find(key).orElseThrow();
    Assertions.assertThat(moved.periodStart()).isEqualTo(LocalDate.of(2043, 5, 19));
    Assertions.assertThat(moved.periodEnd()).isEqualTo(LocalDate.of(2043, 5, 20));
    Assertions.assertThat(moved.dateOutcome()).isEqualTo(DateDecision.VERSCHIEBEN.name());
    Message told = dateDecisionMail(key);
    Assertions.assertThat(ProcessTestSupport.recipients(told)).contains(address("pfiff.harz"))
        .doesNotContain(address("transfer"));
    Assertions.assertThat(ProcessTestSupport.subject(told)).contains("Termin verschoben");
    Assertions.assertThat(ProcessTestSupport.body(told)).contains("19.05.2043 bis 20.05.2043")
        .contains("eine Woche später");
  }

  @Test
  @DisplayName("Workshop trifft auf Workshop eines anderen Partners → zusammengelegt: veröffentlicht mit Verweis auf die andere Aktivität")
  void clashCombined() throws Exception {
    ProcessInstance other = publishedWorkshop(PartnerGroup.PFIFF.id(), "pfiff.halle", LocalDate.of(2044, 6, 20), "halle", "HEALTH_MANAGEMENT");
    ProcessInstance pi = announce(announcement(PublicActivityKind.EVENT, PartnerGroup.EINZELPROJEKTE.id(), "projekt",
        LocalDate.of(2044, 6, 26), List.of(), List.of("HEALTH_MANAGEMENT"), true, true, true));
    String key = pi.getBusinessKey();
    Task coordinate = task(pi, COORDINATE_DATE);
    List<Option> options = Var.CLASH_OPTIONS.get(runtimeService.getVariables(pi.getId()));
    Assertions.assertThat(options).as("landesweit trifft jede Region").singleElement()
        .satisfies(o -> Assertions.assertThat(o.value()).isEqualTo(other.getBusinessKey()));

    Assertions.assertThatThrownBy(() -> taskService.complete(coordinate.getId(), vars(Var.DATE_DECISION.name(),
            DateDecision.ZUSAMMENLEGEN.name(), Var.COMBINE_WITH.name(), "OA-1999-0001",
            Var.DATE_DECISION_NOTE.name(), "gemeinsam")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Zusammenlegen mit");
    taskService.complete(coordinate.getId(), vars(Var.DATE_DECISION.name(), DateDecision.ZUSAMMENLEGEN.name(),
        Var.COMBINE_WITH.name(), other.getBusinessKey(),
        Var.DATE_DECISION_NOTE.name(), "Gemeinsamer Gesundheitstag mit PFIFF am 20.06., wir übernehmen zwei Foren."));
    executeJobs(pi);
    assertThat(pi).hasPassed(PUBLISH_ACTIVITY).isWaitingAt(POINT_TO_ACTIVITY);
    PublicActivity combined = register.find(key).orElseThrow();
    Assertions.assertThat(combined.combinedWith()).isEqualTo(other.getBusinessKey());
    Assertions.assertThat(combined.dateOutcome()).isEqualTo(DateDecision.ZUSAMMENLEGEN.name());
    Assertions.assertThat(combined.periodStart()).as("Termin unverändert").isEqualTo(LocalDate.of(2044, 6, 26));
    Message told = dateDecisionMail(key);
    Assertions.assertThat(ProcessTestSupport.recipients(told)).contains(address("pfiff.halle"));
    Assertions.assertThat(ProcessTestSupport.body(told)).contains("Zusammengelegt mit: " + other.getBusinessKey())
        .contains("zwei Foren");
  }

  @Test
  @DisplayName("Workshop trifft auf eine Vorabstimmung (Nr. 2.3) und einen Workshop → Termin beibehalten mit Begründung; beide Partner erfahren es")
  void clashKept() throws Exception {
    ProcessInstance workshop = publishedWorkshop(PartnerGroup.PFIFF.id(), "pfiff.magdeburg", LocalDate.of(2045, 9, 8), "magdeburg",
        "SCHOOL_TO_WORK");
    // same region and week, another Handlungsfeld: does not clash
    publishedWorkshop(PartnerGroup.PFIFF.id(), "pfiff.magdeburg", LocalDate.of(2045, 9, 9), "magdeburg", "RECRUITING");
    ProcessInstance survey = announceSurvey(LocalDate.of(2045, 9, 1), LocalDate.of(2045, 9, 30), "magdeburg");
    ProcessInstance pi = announce(announcement(PublicActivityKind.COMPANY_WORKSHOP, PartnerGroup.NETWORK_KMU.id(), "coach.magdeburg",
        LocalDate.of(2045, 9, 15), List.of("magdeburg"), List.of("SCHOOL_TO_WORK"), true, true, true));
    String key = pi.getBusinessKey();
    Task coordinate = task(pi, COORDINATE_DATE);
    String summary = (String) taskService.getVariable(coordinate.getId(), Var.CLASH_SUMMARY.name());
    Assertions.assertThat(summary).contains("2 andere Aktivitäten").contains(workshop.getBusinessKey())
        .contains(survey.getBusinessKey()).contains("Vorabstimmung (Nr. 2.3)")
        .contains("/api/activities/" + survey.getBusinessKey()).contains("im Abstand von 7 Tagen");
    Assertions.assertThat(Var.CLASH_PARTNERS.get(runtimeService.getVariables(pi.getId())))
        .containsExactlyInAnyOrder(PartnerGroup.PFIFF.id(), PartnerGroup.MS.id());

    Assertions.assertThatThrownBy(() -> taskService.complete(coordinate.getId(), vars(Var.DATE_DECISION.name(),
            DateDecision.BEIBEHALTEN.name())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("warum der Termin bleibt");
    taskService.complete(coordinate.getId(), vars(Var.DATE_DECISION.name(), DateDecision.BEIBEHALTEN.name(),
        Var.DATE_DECISION_NOTE.name(), "Andere Zielgruppe: Lehrkräfte statt Betriebe; die Befragung ist online."));
    executeJobs(pi);
    assertThat(pi).hasPassed(PUBLISH_ACTIVITY).isWaitingAt(POINT_TO_ACTIVITY);
    PublicActivity kept = register.find(key).orElseThrow();
    Assertions.assertThat(kept.dateOutcome()).isEqualTo(DateDecision.BEIBEHALTEN.name());
    Assertions.assertThat(kept.dateOutcomeText()).contains("Lehrkräfte");
    Message told = dateDecisionMail(key);
    Assertions.assertThat(ProcessTestSupport.recipients(told)).contains(address("pfiff.magdeburg"), address("ms.referat"));
    Assertions.assertThat(ProcessTestSupport.subject(told)).contains("Termin beibehalten");
    // the coordination request's own overlap rules never saw the public activities
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coord_overlap WHERE business_key = ? "
        + "AND other_business_key LIKE 'OA-%'", Integer.class, survey.getBusinessKey())).isZero();
  }

  @Test
  @DisplayName("Partner schweigen: Frist in Arbeitstagen (Weihnachten, Neujahr, 6. Januar) → eine Erinnerung → „Hinweise nachhalten“ für die Geschäftsstelle, Jour fixe vorgemerkt")
  void silentPartnersRemindedThenOffice() throws Exception {
    // Monday 23 December 2041: five working days skip 25/26 December, the weekend and 1 January
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2041, 12, 23).atTime(10, 0).atZone(BERLIN).toInstant()));
    ProcessInstance pi = announce(announcement(PublicActivityKind.WEB_CONTENT, PartnerGroup.PFIFF.id(), "pfiff.anhalt",
        LocalDate.of(2042, 1, 20), List.of("anhalt"), List.of("ATTRACTIVENESS"), true, true, true));
    String key = pi.getBusinessKey();
    executeJobs(pi);
    Task first = crossLinkTasks(pi).get(0);
    Assertions.assertThat(first.getDueDate().toInstant()).isEqualTo(LocalDate.of(2042, 1, 2).atTime(23, 59)
        .atZone(BERLIN).toInstant());
    Assertions.assertThat(((Date) runtimeService.getVariable(pi.getId(), Var.CROSS_LINK_DEADLINE.name())).toInstant())
        .as("drei Arbeitstage später, ohne den 6. Januar").isEqualTo(LocalDate.of(2042, 1, 8).atTime(23, 59)
            .atZone(BERLIN).toInstant());

    confirmLink(pi, PartnerGroup.STK.id(), "https://www.example.org/stk/fachkraefte");
    Task mw = crossLinkTask(pi, PartnerGroup.MW.id());
    Assertions.assertThatThrownBy(() -> taskService.complete(mw.getId(), vars(Var.CROSS_LINK_ANSWER.name(),
            CrossLinkAnswer.NICHT_VERLINKT.name())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("warum nicht verlinkt wird");
    Assertions.assertThatThrownBy(() -> taskService.complete(mw.getId(), vars(Var.CROSS_LINK_ANSWER.name(),
            CrossLinkAnswer.VERLINKT.name(), Var.CROSS_LINK_URL.name(), "www.ohne-schema.de")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("(https://…)");
    taskService.complete(mw.getId(), vars(Var.CROSS_LINK_ANSWER.name(), CrossLinkAnswer.NICHT_VERLINKT.name(),
        Var.CROSS_LINK_REASON.name(), "Unsere Website hat keinen Bereich für Projekte anderer Ressorts."));
    List<String> silent = OTHERS_OF_PFIFF.stream().filter(p -> !p.equals(PartnerGroup.STK.id()) && !p.equals(PartnerGroup.MW.id())).toList();

    MAIL.purgeEmailFromAllMailboxes();
    ProcessTestSupport.fireTimer(managementService, pi.getId(), CROSS_LINK_REMINDER);
    executeJobs(pi);
    assertThat(pi).hasPassed(SEND_REMINDER, REMINDER_SENT).isWaitingAt(POINT_TO_ACTIVITY);
    Message reminder = mailsAbout(key).get(0);
    Assertions.assertThat(subjects(mailsAbout(key))).as("genau eine Erinnerung").hasSize(1);
    Assertions.assertThat(ProcessTestSupport.subject(reminder)).startsWith("Erinnerung");
    Assertions.assertThat(ProcessTestSupport.recipients(reminder)).contains(address("transfer"), address("ms.referat"))
        .as("nicht, wer schon geantwortet hat").doesNotContain(address("stk.gs"), address("mw.referat"));
    Assertions.assertThat(crossLinkTasks(pi)).as("die Aufgaben bleiben offen").hasSize(silent.size());

    MAIL.purgeEmailFromAllMailboxes();
    ProcessTestSupport.fireTimer(managementService, pi.getId(), CROSS_LINK_DEADLINE);
    assertThat(pi).hasPassed(RECORD_MISSING).isWaitingAt(NOTIFY_OFFICE);
    Assertions.assertThat(crossLinkTasks(pi)).isEmpty();
    executeJobs(pi);
    Message office = mailsAbout(key).get(0);
    Assertions.assertThat(ProcessTestSupport.recipients(office)).containsExactly(address("stk.gs"));
    Assertions.assertThat(ProcessTestSupport.body(office)).contains("Ausbildungscoaches der Kammern: keine Rückmeldung")
        .contains("Ministerium für Wissenschaft und Wirtschaft: nicht verlinkt (mit Begründung) – Unsere Website");
    Task followUp = task(pi, FOLLOW_UP_CROSS_LINKS);
    assertThat(followUp).hasCandidateGroup(PartnerGroup.STK.id());
    Assertions.assertThat((String) taskService.getVariable(followUp.getId(), Var.CROSS_LINK_SUMMARY.name()))
        .contains("Staatskanzlei – Geschäftsstelle Fachkräftesicherung: verlinkt – https://www.example.org/stk/fachkraefte");
    Assertions.assertThat(register.crossLinks(key)).filteredOn(l -> l.state() == CrossLinkState.FEHLT)
        .extracting(PublicActivityRegister.CrossLink::partnerGroup).containsExactlyInAnyOrderElementsOf(silent);

    taskService.complete(followUp.getId(), vars(Var.FOLLOW_UP_NOTE.name(), "Telefonisch nachgefragt; Transferzentren verlinken nach.",
        Var.REFER_TO_JOUR_FIXE.name(), true));
    assertThat(pi).hasPassed(GW_CROSS_LINKS_DONE).isWaitingAt(DATE_PASSED);
    Assertions.assertThat(register.crossLinks(key)).filteredOn(l -> l.state() == CrossLinkState.FEHLT)
        .allSatisfy(l -> Assertions.assertThat(l.followUpNote()).contains("Telefonisch nachgefragt"));
    Assertions.assertThat(jdbc.queryForList("SELECT title, state FROM jf_agenda_item WHERE source_type = ? AND source_ref = ?",
            PublicActivityProcess.AGENDA_SOURCE.name(), key)).singleElement()
        .satisfies(row -> Assertions.assertThat(String.valueOf(value(row, "state"))).isEqualTo("OPEN"));

    ProcessTestSupport.fireTimer(managementService, pi.getId(), DATE_PASSED);
    taskService.complete(task(pi, RECORD_RESULT).getId(), vars(Var.RESONANCE.name(), "1.200 Aufrufe"));
    assertThat(pi).isEnded();
  }

  @Test
  @DisplayName("Ergebnis festhalten: ein Workshop ohne Teilnehmerzahl wird abgewiesen; mit Zahl „durchgeführt“; ein ausgefallener „abgesagt“; beides zählt im Monitoring")
  void resultRecorded() throws Exception {
    Instant before = Instant.now();
    ProcessInstance held = publishedWorkshop(PartnerGroup.PFIFF.id(), "pfiff.harz", LocalDate.of(2046, 3, 3), "harz", "NETWORKING");
    ProcessInstance dropped = publishedWorkshop(PartnerGroup.PFIFF.id(), "pfiff.harz", LocalDate.of(2046, 8, 3), "harz", "NETWORKING");
    for (ProcessInstance pi : List.of(held, dropped)) {
      confirmLink(pi, PartnerGroup.STK.id(), "https://www.example.org/stk/termine");
      ProcessTestSupport.fireTimer(managementService, pi.getId(), DATE_PASSED);
    }
    Task heldResult = task(held, RECORD_RESULT);
    Assertions.assertThat(heldResult.getDueDate()).isNotNull();
    Assertions.assertThatThrownBy(() -> taskService.complete(heldResult.getId(), vars(Var.RESONANCE.name(), "gut")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Zahl der Teilnehmenden");
    Assertions.assertThatThrownBy(() -> taskService.complete(heldResult.getId(), vars(Var.RESONANCE.name(), "gut",
            Var.PARTICIPANTS.name(), 20L, Var.PRESS_LINKS.name(), "Artikel in der Zeitung")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("eine Adresse (https://…) je Zeile");
    taskService.complete(heldResult.getId(), vars(Var.RESONANCE.name(), "Zwölf Betriebe wollen ein Netzwerk gründen",
        Var.PARTICIPANTS.name(), 23L));
    taskService.complete(task(dropped, RECORD_RESULT).getId(), vars(Var.CANCELLED.name(), true,
        Var.RESONANCE.name(), "Zu wenige Anmeldungen"));
    Assertions.assertThat(register.find(held.getBusinessKey()).orElseThrow())
        .satisfies(a -> Assertions.assertThat(a.state()).isEqualTo(PublicActivityState.DURCHGEFUEHRT))
        .satisfies(a -> Assertions.assertThat(a.participants()).isEqualTo(23));
    Assertions.assertThat(register.find(dropped.getBusinessKey()).orElseThrow())
        .satisfies(a -> Assertions.assertThat(a.state()).isEqualTo(PublicActivityState.ABGESAGT))
        .satisfies(a -> Assertions.assertThat(a.resonance()).isEqualTo("Zu wenige Anmeldungen"));

    PublicActivityService.PublicWorkFigures figures = service.figures(before, Instant.now().plusSeconds(1));
    Assertions.assertThat(figures.byKindAndPartner().get(PublicActivityKind.COMPANY_WORKSHOP.germanName()))
        .containsEntry(PartnerGroup.PFIFF.id(), 2L);
    Assertions.assertThat(figures.published()).isEqualTo(2);
    Assertions.assertThat(figures.brandFirstTry()).isEqualTo(2);
    Assertions.assertThat(figures.resultsRecorded()).isEqualTo(1);
    Assertions.assertThat(figures.participants()).isEqualTo(23);
    Assertions.assertThat(figures.crossLinksAsked()).isEqualTo(2L * OTHERS_OF_PFIFF.size());
    Assertions.assertThat(figures.crossLinksConfirmed()).isEqualTo(2);
    Assertions.assertThat(figures.crossLinksOpen()).isEqualTo(2L * (OTHERS_OF_PFIFF.size() - 1));
  }

  @Test
  @DisplayName("Abgewiesene Ankündigungen: fremde Gruppe, Datum in der Vergangenheit, letzter Tag vor dem ersten, weder Link noch Entwurf – keine Instanz, kein Registereintrag, keine Nummer")
  void refusedAnnouncements() {
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PublicActivityProcess.KEY).count();
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM coord_activity WHERE process_key = ?", Integer.class,
        PublicActivityProcess.KEY);
    Integer numbers = jdbc.queryForObject(NUMBERS_USED, Integer.class);

    Map<String, Object> foreign = announcement(PublicActivityKind.EVENT, PartnerGroup.MS.id(), "pfiff.harz", LocalDate.of(2047, 1, 20),
        List.of("harz"), List.of("RECRUITING"), true, true, true);
    Assertions.assertThatThrownBy(() -> announce(foreign)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Federführender Partner: Sie gehören der Gruppe „ms“ nicht an");

    Map<String, Object> past = announcement(PublicActivityKind.EVENT, PartnerGroup.PFIFF.id(), "pfiff.harz", LocalDate.of(2020, 1, 20),
        List.of("harz"), List.of("RECRUITING"), true, true, true);
    Assertions.assertThatThrownBy(() -> announce(past)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Geplantes Datum: darf nicht in der Vergangenheit liegen");

    Map<String, Object> backwards = announcement(PublicActivityKind.EVENT, PartnerGroup.PFIFF.id(), "pfiff.harz", LocalDate.of(2047, 1, 20),
        List.of("harz"), List.of("RECRUITING"), true, true, true);
    Var.PERIOD_END.put(backwards, LocalDate.of(2047, 1, 19));
    Var.LINK.put(backwards, null);
    Assertions.assertThatThrownBy(() -> announce(backwards)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Letzter Tag: darf nicht vor dem ersten Tag liegen")
        .hasMessageContaining("Link oder Entwurfstext angeben");

    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PublicActivityProcess.KEY)
        .count()).isEqualTo(instances);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coord_activity WHERE process_key = ?", Integer.class,
        PublicActivityProcess.KEY)).isEqualTo(rows);
    Assertions.assertThat(jdbc.queryForObject(NUMBERS_USED, Integer.class)).as("keine Nummer verbraucht").isEqualTo(numbers);
  }

  @Test
  @DisplayName("Mailserver fällt aus: der Job wird wiederholt, die Bitte um Hinweis geht genau einmal hinaus")
  void mailRetriedOnce() throws Exception {
    ProcessInstance pi = announce(announcement(PublicActivityKind.SOCIAL_MEDIA, PartnerGroup.PFIFF.id(), "pfiff.harz",
        LocalDate.of(2048, 2, 2), List.of("harz"), List.of("RECRUITING"), false, true, true));
    String key = pi.getBusinessKey();
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
    MAIL.stop();
    try {
      Assertions.assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(Exception.class);
    } finally {
      MAIL.start();
    }
    Assertions.assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .as("R3/PT5M: noch zwei Versuche").isEqualTo(2);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fkif_notification WHERE idempotency_key LIKE ?"
        + " AND state = 'SENT'", Integer.class, key + ":%")).as("nichts als versandt vermerkt").isZero();
    managementService.executeJob(job.getId());
    assertThat(pi).isWaitingAt(POINT_TO_ACTIVITY);
    List<Message> mails = mailsAbout(key);
    Assertions.assertThat(mails).as("eine Zustellung je Empfänger, keine doppelt")
        .hasSize(ProcessTestSupport.recipients(mails.get(0)).size());
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fkif_notification WHERE idempotency_key = ?",
        Integer.class, key + ":veroeffentlicht")).isEqualTo(1);
  }

  // ---------------------------------------------------------------- helpers

  static final String NUMBERS_USED =
      "SELECT COALESCE(SUM(last_number), 0) FROM fkif_yearly_number WHERE series = '" + PublicActivityProcess.NUMBER_SERIES + "'";

  /** The start variables as the start form sends them. */
  static Map<String, Object> announcement(PublicActivityKind kind, String lead, String initiator, LocalDate date,
      List<String> regions, List<String> topics, boolean logo, boolean wording, boolean link) {
    Map<String, Object> variables = new HashMap<>();
    Var.KIND.put(variables, kind);
    Var.TITLE.put(variables, kind.germanName() + " " + date + " " + String.join("/", topics));
    Var.DESCRIPTION.put(variables, "Für Betriebe der Region; Anmeldung über die Website des Partners.");
    Var.PERIOD_START.put(variables, date);
    Var.REGIONS.put(variables, regions);
    Var.TOPICS.put(variables, topics);
    Var.TARGET_GROUPS.put(variables, List.of(TargetGroup.UNTERNEHMEN.name()));
    Var.LINK.put(variables, "https://www.example.org/" + lead + "/" + date);
    Var.LEAD_PARTNER.put(variables, lead);
    Var.INITIATOR.put(variables, initiator);
    Var.BRAND_LOGO.put(variables, logo);
    Var.BRAND_WORDING.put(variables, wording);
    Var.BRAND_LINK.put(variables, link);
    return variables;
  }

  /** A workshop of another partner, brand complete, published and waiting for its cross-links. */
  ProcessInstance publishedWorkshop(String lead, String initiator, LocalDate date, String region, String topic) {
    ProcessInstance pi = announce(announcement(PublicActivityKind.COMPANY_WORKSHOP, lead, initiator, date,
        List.of(region), List.of(topic), true, true, true));
    Assertions.assertThat(task(pi, COORDINATE_DATE, false)).as("ohne Überschneidung veröffentlicht").isNull();
    executeJobs(pi);
    assertThat(pi).isWaitingAt(POINT_TO_ACTIVITY);
    return pi;
  }

  /** A company survey of MS announced for coordination (clause 2.3) in the region. */
  ProcessInstance announceSurvey(LocalDate start, LocalDate end, String region) {
    Map<String, Object> variables = new HashMap<>();
    CoordinationRequestProcess.Var.ACTIVITY_TYPE.put(variables, "COMPANY_SURVEY");
    CoordinationRequestProcess.Var.TITLE.put(variables, "Befragung Berufsorientierung " + region + " " + start);
    CoordinationRequestProcess.Var.DESCRIPTION.put(variables, "Online-Befragung der Betriebe");
    CoordinationRequestProcess.Var.SECTORS.put(variables, List.of());
    CoordinationRequestProcess.Var.REGIONS.put(variables, List.of(region));
    CoordinationRequestProcess.Var.SIZE_BANDS.put(variables, List.of());
    CoordinationRequestProcess.Var.PERIOD_START.put(variables, start);
    CoordinationRequestProcess.Var.PERIOD_END.put(variables, end);
    CoordinationRequestProcess.Var.LEAD_PARTNER.put(variables, PartnerGroup.MS.id());
    CoordinationRequestProcess.Var.EXPECTED_COMPANIES.put(variables, 200L);
    CoordinationRequestProcess.Var.INITIATOR.put(variables, "ms.referat");
    return runtimeService.startProcessInstanceByKey(CoordinationRequestProcess.KEY, variables);
  }

  ProcessInstance announce(Map<String, Object> variables) {
    return runtimeService.startProcessInstanceByKey(PublicActivityProcess.KEY, variables);
  }

  void executeJobs(ProcessInstance pi) {
    ProcessTestSupport.executeDueJobs(managementService, pi.getId());
  }

  void confirmLink(ProcessInstance pi, String partner, String url) {
    taskService.complete(crossLinkTask(pi, partner).getId(), vars(Var.CROSS_LINK_ANSWER.name(),
        CrossLinkAnswer.VERLINKT.name(), Var.CROSS_LINK_URL.name(), url));
  }

  List<Task> crossLinkTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(POINT_TO_ACTIVITY).list();
  }

  Task crossLinkTask(ProcessInstance pi, String partner) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(POINT_TO_ACTIVITY)
        .taskCandidateGroup(partner).singleResult();
  }

  Task task(ProcessInstance pi, String key) {
    return ProcessTestSupport.task(taskService, pi.getId(), key);
  }

  Task task(ProcessInstance pi, String key, boolean required) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
  }

  String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).findFirst().orElse(null);
  }

  Message dateDecisionMail(String businessKey) {
    return mailsAbout("Terminabstimmung " + businessKey).stream().findFirst()
        .orElseThrow(() -> new AssertionError("keine Mail zur Terminabstimmung " + businessKey));
  }

  static List<Message> mailsAbout(String text) {
    return ProcessTestSupport.mailsAbout(MAIL, text);
  }

  static java.util.Set<String> subjects(List<Message> mails) {
    return mails.stream().map(ProcessTestSupport::subject).collect(java.util.stream.Collectors.toSet());
  }

  static String address(String user) {
    return user + "@demo.fachkraft-im-fokus.invalid";
  }

  static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return variables;
  }

  static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }
}
