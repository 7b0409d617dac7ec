package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Element.*;
import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess.JourFixeDecision;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess.Resolution;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.notification.Notifier;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@DisplayName("Vorabstimmung (coordination-request)")
class CoordinationRequestProcessTest {

  /** The run's one SMTP server (see TestMailServer); the full-coverage demand is the build's coverage gate. */
  static final GreenMail greenMail = TestMailServer.get();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ActivityRegister register;
  @Autowired JdbcTemplate jdbc;
  @Autowired Notifier notifier;

  /** Partner groups asked by default when MS leads: every working partner except MS. */
  static final List<String> OTHERS_OF_MS = PartnerGroup.workingPartners().stream().map(PartnerGroup::id)
      .filter(id -> !id.equals(PartnerGroup.MS.id())).toList();

  @BeforeEach
  void emptyMailboxes() throws Exception {
    greenMail.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- stories

  @Test
  @DisplayName("Ohne Überschneidung stimmen alle Partner zu: abgestimmt, Ergebnis an alle")
  void noOverlapAllAgree() throws Exception {
    ProcessInstance pi = announce(evaluation(2031));
    String key = pi.getBusinessKey();
    Assertions.assertThat(key).matches("AB-\\d{4}-\\d{4}");
    assertThat(pi).isWaitingAt(NOTIFY_PUBLICATION);
    Assertions.assertThat(register.find(key)).get().extracting(Activity::state).isEqualTo(ActivityState.IN_ABSTIMMUNG);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Var.OVERLAPS_FOUND.name())).isEqualTo(false);

    executeAsyncJobs(pi);
    Assertions.assertThat(mailsAbout(key)).as("Ankündigung an jeden Partner")
        .hasSize(demoUsersOfWorkingPartners());
    Assertions.assertThat(subjectOf(mailsAbout(key).get(0))).contains(key).contains("angekündigt");

    assertThat(pi).isWaitingAt(GIVE_STATEMENT);
    Assertions.assertThat(statementTasks(pi)).extracting(this::candidateGroup)
        .containsExactlyInAnyOrderElementsOf(OTHERS_OF_MS);
    for (String group : OTHERS_OF_MS) {
      giveStatement(pi, group, StatementKind.ZUSTIMMUNG, null);
    }

    assertThat(pi).isWaitingAt(NOTIFY_RESULT);
    Assertions.assertThat(register.find(key).get().state()).isEqualTo(ActivityState.ABGESTIMMT);
    greenMail.purgeEmailFromAllMailboxes();
    executeAsyncJobs(pi);
    assertThat(pi).isEnded().hasPassed(MARK_AGREED).hasNotPassed(RESOLVE_OBJECTIONS);
    Assertions.assertThat(mailsAbout(key)).hasSize(demoUsersOfWorkingPartners());
    Assertions.assertThat(subjectOf(mailsAbout(key).get(0))).contains("abgestimmt");
    Assertions.assertThat(register.statements(key)).hasSize(OTHERS_OF_MS.size())
        .allMatch(s -> s.kind() == StatementKind.ZUSTIMMUNG && s.round() == 1);
  }

  @Test
  @DisplayName("Überschneidung mit einer angekündigten Befragung: wird allen Stellungnehmenden gezeigt und muss geklärt werden")
  void overlapNeedsResolution() {
    ProcessInstance first = announce(survey(2032, "2032-03-01", "2032-03-31", "C", "harz"));
    executeAsyncJobs(first);
    // 60 days after the first survey ends, same sector, other region: survey fatigue
    ProcessInstance second = announce(survey(2032, "2032-05-30", "2032-06-30", "C", "halle"));
    executeAsyncJobs(second);

    Assertions.assertThat(runtimeService.getVariable(second.getId(), Var.OVERLAPS_FOUND.name())).isEqualTo(true);
    Task task = statementTasks(second).get(0);
    String shown = (String) taskService.getVariable(task.getId(), Var.OVERLAP_SUMMARY.name());
    Assertions.assertThat(shown).contains(first.getBusinessKey()).contains("Befragungsmüdigkeit")
        .contains("/fallakte/" + first.getBusinessKey());
    Assertions.assertThat(register.overlaps(second.getBusinessKey())).singleElement()
        .satisfies(o -> Assertions.assertThat(o.otherBusinessKey()).isEqualTo(first.getBusinessKey()));

    for (String group : OTHERS_OF_MS) {
      giveStatement(second, group, StatementKind.ZUSTIMMUNG, null);
    }
    assertThat(second).isWaitingAt(RESOLVE_OBJECTIONS);
    assertThat(task(second, RESOLVE_OBJECTIONS)).hasCandidateGroup(PartnerGroup.MS.id());
    Assertions.assertThat(register.find(second.getBusinessKey()).get().state()).isEqualTo(ActivityState.IN_KLAERUNG);
  }

  @Test
  @DisplayName("Einwand → Aktivität angepasst → neue Runde mit geänderter Aktivität → abgestimmt")
  void objectionAdjustedNewRound() {
    ProcessInstance pi = announce(evaluation(2033));
    String key = pi.getBusinessKey();
    executeAsyncJobs(pi);
    giveStatement(pi, PartnerGroup.STK.id(), StatementKind.EINWAND, "Die Staatskanzlei evaluiert dieselben Strukturen bereits.");
    giveStatement(pi, PartnerGroup.MW.id(), StatementKind.ANMERKUNG, "Bitte Transferzentren einbeziehen.");
    for (String group : OTHERS_OF_MS.subList(2, OTHERS_OF_MS.size())) {
      giveStatement(pi, group, StatementKind.ZUSTIMMUNG, null);
    }
    assertThat(pi).isWaitingAt(RESOLVE_OBJECTIONS);
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), Var.ROUND_SUMMARY.name()))
        .contains("stk: Einwand – Die Staatskanzlei evaluiert");

    Map<String, Object> adjusted = new HashMap<>(evaluation(2033));
    adjusted.put(Var.TITLE.name(), "Evaluation der Übergangsstrukturen – abgegrenzt von der Staatskanzlei");
    adjusted.put(Var.PERIOD_START.name(), "2033-09-01");
    adjusted.put(Var.PERIOD_END.name(), "2033-12-31");
    adjusted.put(Var.RESOLUTION.name(), Resolution.ANGEPASST.name());
    adjusted.put(Var.RESOLUTION_TEXT.name(), "Zeitraum verschoben und Gegenstand abgegrenzt.");
    taskService.complete(task(pi, RESOLVE_OBJECTIONS).getId(), adjusted);

    assertThat(pi).hasPassed(REVISE_ACTIVITY).isWaitingAt(NOTIFY_PUBLICATION);
    Activity revised = register.find(key).get();
    Assertions.assertThat(revised.round()).isEqualTo(2);
    Assertions.assertThat(revised.title()).startsWith("Evaluation der Übergangsstrukturen");
    Assertions.assertThat(revised.periodStart()).isEqualTo(LocalDate.of(2033, 9, 1));
    Assertions.assertThat(revised.state()).isEqualTo(ActivityState.IN_ABSTIMMUNG);
    executeAsyncJobs(pi);
    Assertions.assertThat(mailsAbout(key)).extracting(CoordinationRequestProcessTest::subjectOf)
        .anyMatch(s -> s.contains("Runde 2"));

    Assertions.assertThat(statementTasks(pi)).hasSize(OTHERS_OF_MS.size());
    Assertions.assertThat(taskService.getVariable(statementTasks(pi).get(0).getId(), Var.STATEMENT.name()))
        .as("kein Entwurf aus der ersten Runde im Formular").isNull();
    for (String group : OTHERS_OF_MS) {
      giveStatement(pi, group, StatementKind.ZUSTIMMUNG, null);
    }
    executeAsyncJobs(pi);
    assertThat(pi).isEnded().hasPassed(MARK_AGREED);
    Assertions.assertThat(register.statements(key, 1)).hasSize(OTHERS_OF_MS.size());
    Assertions.assertThat(register.statements(key, 2)).hasSize(OTHERS_OF_MS.size());
    Assertions.assertThat(register.find(key).get().state()).isEqualTo(ActivityState.ABGESTIMMT);
  }

  @Test
  @DisplayName("Einwand → Aktivität zurückgezogen: Register zeigt „zurückgezogen“, Ergebnis an alle")
  void objectionWithdrawn() throws Exception {
    ProcessInstance pi = announce(evaluation(2034));
    String key = pi.getBusinessKey();
    executeAsyncJobs(pi);
    answerAllWithOneObjection(pi);
    taskService.complete(task(pi, RESOLVE_OBJECTIONS).getId(), Map.of(Var.RESOLUTION.name(),
        Resolution.ZURUECKGEZOGEN.name(), Var.RESOLUTION_TEXT.name(), "Wird mit der Evaluation der Staatskanzlei zusammengelegt."));
    greenMail.purgeEmailFromAllMailboxes();
    executeAsyncJobs(pi);
    assertThat(pi).isEnded().hasPassed(MARK_WITHDRAWN);
    Activity activity = register.find(key).get();
    Assertions.assertThat(activity.state()).isEqualTo(ActivityState.ZURUECKGEZOGEN);
    Assertions.assertThat(activity.resultText()).contains("zusammengelegt");
    Assertions.assertThat(mailsAbout(key)).hasSize(demoUsersOfWorkingPartners());
    Assertions.assertThat(subjectOf(mailsAbout(key).get(0))).contains("zurückgezogen");
  }

  @Test
  @DisplayName("Einwand → dem Jour fixe vorgelegt → Tagesordnungspunkt → Entscheidung per Nachricht → Ergebnis")
  void referredToJourFixe() throws Exception {
    ProcessInstance pi = announce(evaluation(2035));
    String key = pi.getBusinessKey();
    executeAsyncJobs(pi);
    answerAllWithOneObjection(pi);
    taskService.complete(task(pi, RESOLVE_OBJECTIONS).getId(), Map.of(Var.RESOLUTION.name(), Resolution.JOUR_FIXE.name(),
        Var.RESOLUTION_TEXT.name(), "Keine Einigung mit der Staatskanzlei."));

    assertThat(pi).isWaitingAt(WAIT_FOR_JOUR_FIXE);
    Assertions.assertThat(register.find(key).get().state()).isEqualTo(ActivityState.JOUR_FIXE);
    Assertions.assertThat(jdbc.queryForList(
            "SELECT source_type, title, state, jour_fixe_ref FROM jf_agenda_item WHERE source_ref = ?", key))
        .singleElement().satisfies(row -> {
          Assertions.assertThat(row.get("SOURCE_TYPE") != null ? row.get("SOURCE_TYPE") : row.get("source_type"))
              .isEqualTo("COORDINATION_REQUEST");
          Assertions.assertThat(String.valueOf(row.containsKey("STATE") ? row.get("STATE") : row.get("state")))
              .isEqualTo("OPEN");
        });

    runtimeService.createMessageCorrelation(CoordinationRequestProcess.MESSAGE_JOUR_FIXE_DECISION)
        .processInstanceBusinessKey(key)
        .setVariable(Var.DECISION.name(), JourFixeDecision.ANGEPASST.name())
        .setVariable(Var.DECISION_TEXT.name(), "Zugestimmt, wenn die Befragung erst nach der StK-Evaluation beginnt.")
        .correlate();
    assertThat(pi).hasPassed(APPLY_JOUR_FIXE_DECISION).isWaitingAt(NOTIFY_RESULT);
    greenMail.purgeEmailFromAllMailboxes();
    executeAsyncJobs(pi);
    assertThat(pi).isEnded();
    Activity activity = register.find(key).get();
    Assertions.assertThat(activity.state()).isEqualTo(ActivityState.ABGESTIMMT_MIT_AUFLAGEN);
    Assertions.assertThat(activity.resultText()).contains("nach der StK-Evaluation");
    Assertions.assertThat(bodyOf(mailsAbout(key).get(0))).contains("abgestimmt mit Auflagen")
        .contains("nach der StK-Evaluation");
  }

  @Test
  @DisplayName("Frist läuft ohne Antwort ab: „Zustimmung durch Fristablauf“; Frist zählt Arbeitstage (6. Januar)")
  void silenceUntilDeadline() {
    // Friday 2 January 2026: 10 working days skip 6 January (Heilige Drei Könige) and two weekends
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 1, 2).atTime(10, 0).atZone(WorkingDays.ZONE).toInstant()));
    ProcessInstance pi = announce(evaluation(2036));
    String key = pi.getBusinessKey();
    Assertions.assertThat(key).startsWith("AB-2026-");
    executeAsyncJobs(pi);
    Task first = statementTasks(pi).get(0);
    Assertions.assertThat(first.getDueDate().toInstant().atZone(WorkingDays.ZONE).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 1, 19));
    giveStatement(pi, PartnerGroup.STK.id(), StatementKind.ZUSTIMMUNG, null);
    giveStatement(pi, PartnerGroup.MW.id(), StatementKind.ANMERKUNG, "Bitte Ergebnisse im Jour fixe vorstellen.");

    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(first.getDueDate());
    managementService.executeJob(timer.getId());

    assertThat(pi).hasPassed(RECORD_SILENT_CONSENT, MARK_AGREED).isWaitingAt(NOTIFY_RESULT);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    List<ActivityRegister.Statement> statements = register.statements(key, 1);
    Assertions.assertThat(statements).hasSize(OTHERS_OF_MS.size());
    Assertions.assertThat(statements).filteredOn(s -> s.kind() == StatementKind.ZUSTIMMUNG_DURCH_FRISTABLAUF)
        .hasSize(OTHERS_OF_MS.size() - 2)
        .allSatisfy(s -> Assertions.assertThat(s.text()).contains("19.01.2026"));
    Assertions.assertThat(StatementKind.ZUSTIMMUNG_DURCH_FRISTABLAUF.germanName()).isEqualTo("Zustimmung durch Fristablauf");
    executeAsyncJobs(pi);
    assertThat(pi).isEnded();
  }

  @Test
  @DisplayName("Mailserver fällt aus: der Job wird wiederholt, die Mail geht genau einmal hinaus")
  void mailRetryWithoutDuplicate() throws Exception {
    ProcessInstance pi = announce(evaluation(2037));
    String key = pi.getBusinessKey();
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    greenMail.stop();
    try {
      Assertions.assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(Exception.class);
    } finally {
      greenMail.start();
    }
    Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
    Assertions.assertThat(failed.getRetries()).as("R3/PT5M: noch zwei Versuche").isEqualTo(2);
    Assertions.assertThat(failed.getExceptionMessage()).isNotBlank();
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fkif_notification WHERE idempotency_key LIKE ?"
        + " AND state = 'SENT'", Integer.class, key + ":%")).as("nichts als versandt vermerkt").isZero();

    managementService.executeJob(job.getId());
    assertThat(pi).isWaitingAt(GIVE_STATEMENT);
    Assertions.assertThat(mailsAbout(key)).hasSize(demoUsersOfWorkingPartners());
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fkif_notification WHERE idempotency_key = ?",
        Integer.class, key + ":veroeffentlicht:runde-1")).isEqualTo(1);
  }

  @Test
  @DisplayName("Unverständliche Entscheidung des Jour fixe wird abgewiesen, der Antrag wartet weiter")
  void invalidJourFixeDecisionRefused() {
    ProcessInstance pi = announce(evaluation(2038));
    executeAsyncJobs(pi);
    answerAllWithOneObjection(pi);
    taskService.complete(task(pi, RESOLVE_OBJECTIONS).getId(), Map.of(Var.RESOLUTION.name(), Resolution.JOUR_FIXE.name(),
        Var.RESOLUTION_TEXT.name(), "Bitte entscheiden."));
    Assertions.assertThatThrownBy(() -> runtimeService.createMessageCorrelation(
                CoordinationRequestProcess.MESSAGE_JOUR_FIXE_DECISION)
            .processInstanceBusinessKey(pi.getBusinessKey())
            .setVariable(Var.DECISION.name(), "VIELLEICHT").setVariable(Var.DECISION_TEXT.name(), "?").correlate())
        .hasMessageContaining("Entscheidung des Jour fixe");
    assertThat(pi).isWaitingAt(WAIT_FOR_JOUR_FIXE);
    Assertions.assertThat(register.find(pi.getBusinessKey()).get().state()).isEqualTo(ActivityState.JOUR_FIXE);
  }

  @Test
  @DisplayName("Ein Einwand ohne Begründung wird abgewiesen und nichts wird gespeichert")
  void objectionWithoutTextRefused() {
    ProcessInstance pi = announce(evaluation(2039));
    executeAsyncJobs(pi);
    Task stk = statementTask(pi, PartnerGroup.STK.id());
    Assertions.assertThatThrownBy(() -> taskService.complete(stk.getId(),
            Map.of(Var.STATEMENT.name(), StatementKind.EINWAND.name(), Var.STATEMENT_TEXT.name(), " ")))
        .hasMessageContaining("Begründung / Anmerkung: bei einem Einwand oder einer Anmerkung erforderlich");
    Assertions.assertThat(register.statements(pi.getBusinessKey())).isEmpty();
    Assertions.assertThat(statementTask(pi, PartnerGroup.STK.id())).isNotNull();
  }

  private static final String NUMBERS_USED =
      "SELECT COALESCE(SUM(last_number), 0) FROM fkif_yearly_number WHERE series = 'AB'";

  @Test
  @DisplayName("REST: Ankündigung als ms.referat – Fehleingaben abgewiesen (deutsch, mit Feldnamen), nichts geschrieben")
  void restValidationRefusals() throws Exception {
    Map<String, Object> bad = restVariables(evaluation(2040));
    bad.put(Var.PERIOD_START.name(), typed("2040-06-30", "String"));
    bad.put(Var.PERIOD_END.name(), typed("2040-06-01", "String"));
    bad.put(Var.SECTORS.name(), typed("[]", "Json"));
    bad.put(Var.REGIONS.name(), typed("[]", "Json"));
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(CoordinationRequestProcess.KEY).count();
    Integer activities = jdbc.queryForObject("SELECT COUNT(*) FROM coord_activity", Integer.class);
    Integer numbers = jdbc.queryForObject(NUMBERS_USED, Integer.class);

    // Tasklist's start form uses submit-form: 400 with the German message (rules beyond the form)
    ResponseEntity<String> refused = post("ms.referat", "/engine-rest/process-definition/key/"
        + CoordinationRequestProcess.KEY + "/submit-form", Map.of("variables", bad));
    Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(refused.getBody()).contains("Geplantes Ende: muss nach dem geplanten Beginn liegen")
        .contains("Branchen (WZ 2008): mindestens eine Branche oder eine Region");

    // the form's own rules
    Map<String, Object> blankTitle = restVariables(evaluation(2040));
    blankTitle.put(Var.TITLE.name(), typed(" ", "String"));
    ResponseEntity<String> noTitle = post("ms.referat", "/engine-rest/process-definition/key/"
        + CoordinationRequestProcess.KEY + "/submit-form", Map.of("variables", blankTitle));
    Assertions.assertThat(noTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(noTitle.getBody()).contains("Titel: Pflichtfeld");

    Map<String, Object> foreignLead = restVariables(evaluation(2040));
    foreignLead.put(Var.LEAD_PARTNER.name(), typed(PartnerGroup.MW.id(), "String"));
    // the plain start endpoint refuses as well
    ResponseEntity<String> notOwnGroup = startOverRest("ms.referat", foreignLead);
    Assertions.assertThat(notOwnGroup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(notOwnGroup.getBody()).contains("Federführender Partner: Sie gehören der Gruppe");

    Map<String, Object> unknownValues = restVariables(evaluation(2040));
    unknownValues.put(Var.SECTORS.name(), typed("[\"Z\"]", "Json"));
    unknownValues.put(Var.ACTIVITY_TYPE.name(), typed("UMFRAGE", "String"));
    unknownValues.put(Var.EXPECTED_COMPANIES.name(), typed(-5, "Long"));
    ResponseEntity<String> unknown = startOverRest("ms.referat", unknownValues);
    Assertions.assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(unknown.getBody()).contains("Art der Aktivität: „UMFRAGE“ ist keine der angebotenen")
        .contains("„Z“ ist keine der angebotenen Möglichkeiten").contains("Anzahl zu befragender Unternehmen: mindestens 0");

    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CoordinationRequestProcess.KEY)
        .count()).isEqualTo(instances);
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coord_activity", Integer.class)).isEqualTo(activities);
    Assertions.assertThat(jdbc.queryForObject(NUMBERS_USED, Integer.class)).as("keine Nummer verbraucht")
        .isEqualTo(numbers);

    ResponseEntity<String> accepted = startOverRest("ms.referat", restVariables(evaluation(2040)));
    Assertions.assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    String key = json.readTree(accepted.getBody()).get("businessKey").asText();
    Assertions.assertThat(key).matches("AB-\\d{4}-\\d{4}");
    Assertions.assertThat(register.find(key).get().initiator()).isEqualTo("ms.referat");
    Assertions.assertThat(register.find(key).get().sectors()).containsExactly("C", "F");
  }

  @Test
  @DisplayName("REST: stk.gs gibt Stellungnahme ab (Einwand ohne Text abgewiesen) und liefert die Jour-fixe-Entscheidung")
  void restStatementAndJourFixeDecision() throws Exception {
    ProcessInstance pi = announce(evaluation(2042));
    String key = pi.getBusinessKey();
    executeAsyncJobs(pi);
    String stkTask = statementTask(pi, PartnerGroup.STK.id()).getId();
    ResponseEntity<String> refused = post("stk.gs", "/engine-rest/task/" + stkTask + "/submit-form",
        Map.of("variables", Map.of(Var.STATEMENT.name(), typed("EINWAND", "String"))));
    Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(refused.getBody()).contains("bei einem Einwand oder einer Anmerkung erforderlich");
    Assertions.assertThat(post("mw.referat", "/engine-rest/task/" + stkTask + "/complete",
        Map.of("variables", Map.of(Var.STATEMENT.name(), typed("ZUSTIMMUNG", "String")))).getStatusCode().is2xxSuccessful())
        .as("MW bearbeitet keine Aufgabe der StK").isFalse();
    Assertions.assertThat(statementTask(pi, PartnerGroup.STK.id())).as("Aufgabe noch offen").isNotNull();
    Assertions.assertThat(post("stk.gs", "/engine-rest/task/" + stkTask + "/submit-form",
        Map.of("variables", Map.of(Var.STATEMENT.name(), typed("EINWAND", "String"),
            Var.STATEMENT_TEXT.name(), typed("Überschneidung mit der Evaluation der StK.", "String")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Assertions.assertThat(register.statements(key)).singleElement()
        .satisfies(s -> Assertions.assertThat(s.givenBy()).isEqualTo("stk.gs"));
    for (String group : OTHERS_OF_MS.subList(1, OTHERS_OF_MS.size())) {
      giveStatement(pi, group, StatementKind.ZUSTIMMUNG, null);
    }
    taskService.complete(task(pi, RESOLVE_OBJECTIONS).getId(), Map.of(Var.RESOLUTION.name(), Resolution.JOUR_FIXE.name(),
        Var.RESOLUTION_TEXT.name(), "Bitte im Jour fixe entscheiden."));

    Map<String, Object> message = Map.of("messageName", CoordinationRequestProcess.MESSAGE_JOUR_FIXE_DECISION,
        "businessKey", key, "processVariables", Map.of(Var.DECISION.name(), Map.of("value", "ABGELEHNT"),
            Var.DECISION_TEXT.name(), Map.of("value", "Die Evaluation der StK deckt das Thema ab.")));
    Assertions.assertThat(post("mw.referat", "/engine-rest/message", message).getStatusCode().is2xxSuccessful())
        .as("nur die Geschäftsstelle liefert Entscheidungen").isFalse();
    assertThat(pi).isWaitingAt(WAIT_FOR_JOUR_FIXE);
    Assertions.assertThat(post("stk.gs", "/engine-rest/message", message).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(pi).isWaitingAt(NOTIFY_RESULT);
    Assertions.assertThat(register.find(key).get().state()).isEqualTo(ActivityState.ABGELEHNT);
  }

  @Test
  @DisplayName("Lange Einwände aller Partner: die Zusammenfassung der Runde wird gekürzt, die Anfrage geht in die Klärung, die Texte stehen vollständig im Register")
  void longStatementsDoNotBreakTheRound() {
    ProcessInstance pi = announce(evaluation(2061));
    executeAsyncJobs(pi);
    String longText = "Überschneidung mit unserer laufenden Evaluation. ".repeat(60);
    for (String group : OTHERS_OF_MS) {
      giveStatement(pi, group, StatementKind.EINWAND, longText);
    }
    assertThat(pi).isWaitingAt(RESOLVE_OBJECTIONS);
    String summary = (String) runtimeService.getVariable(pi.getId(), Var.ROUND_SUMMARY.name());
    Assertions.assertThat(summary).hasSizeLessThanOrEqualTo(4000).endsWith("vollständig in der Plattform]");
    Assertions.assertThat(register.statements(pi.getBusinessKey())).hasSize(OTHERS_OF_MS.size())
        .allSatisfy(statement -> Assertions.assertThat(statement.text()).isEqualTo(longText.trim()));
  }

  // ---------------------------------------------------------------- helpers

  static final String PASSWORD = "Fokus-Demo-2026";
  final ObjectMapper json = new ObjectMapper();
  @Autowired TestRestTemplate rest;

  ResponseEntity<String> startOverRest(String user, Map<String, Object> variables) {
    return post(user, "/engine-rest/process-definition/key/" + CoordinationRequestProcess.KEY + "/start",
        Map.of("variables", variables));
  }

  ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  /** The variables as a REST client sends them: lists as Json text, like Tasklist does. */
  static Map<String, Object> restVariables(Map<String, Object> variables) {
    Map<String, Object> result = new HashMap<>();
    variables.forEach((name, value) -> {
      if (value instanceof org.camunda.spin.plugin.variable.value.JsonValue list) {
        result.put(name, typed(list.getValue().toString(), "Json"));
      } else if (value instanceof Long number) {
        result.put(name, typed(number, "Long"));
      } else {
        result.put(name, typed(value, "String"));
      }
    });
    return result;
  }

  static Map<String, Object> evaluation(int year) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ACTIVITY_TYPE.name(), ActivityType.EVALUATION.name());
    variables.put(Var.TITLE.name(), "Evaluation der Übergangsstrukturen " + year);
    variables.put(Var.DESCRIPTION.name(), "Wirkung der Übergangsangebote Schule–Beruf");
    variables.put(Var.SECTORS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of("C", "F")));
    variables.put(Var.REGIONS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of("harz")));
    variables.put(Var.SIZE_BANDS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of()));
    variables.put(Var.PERIOD_START.name(), year + "-03-01");
    variables.put(Var.PERIOD_END.name(), year + "-06-30");
    variables.put(Var.LEAD_PARTNER.name(), PartnerGroup.MS.id());
    variables.put(Var.EXPECTED_COMPANIES.name(), 0L);
    return variables;
  }

  static Map<String, Object> survey(int year, String start, String end, String sector, String region) {
    Map<String, Object> variables = evaluation(year);
    variables.put(Var.ACTIVITY_TYPE.name(), ActivityType.COMPANY_SURVEY.name());
    variables.put(Var.TITLE.name(), "Befragung " + sector + " " + region + " " + start);
    variables.put(Var.SECTORS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of(sector)));
    variables.put(Var.REGIONS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of(region)));
    variables.put(Var.PERIOD_START.name(), start);
    variables.put(Var.PERIOD_END.name(), end);
    variables.put(Var.EXPECTED_COMPANIES.name(), 400L);
    return variables;
  }

  ProcessInstance announce(Map<String, Object> variables) {
    return runtimeService.startProcessInstanceByKey(CoordinationRequestProcess.KEY, variables);
  }

  void answerAllWithOneObjection(ProcessInstance pi) {
    giveStatement(pi, PartnerGroup.STK.id(), StatementKind.EINWAND, "Doppelt zur Evaluation der Staatskanzlei.");
    for (String group : OTHERS_OF_MS.subList(1, OTHERS_OF_MS.size())) {
      giveStatement(pi, group, StatementKind.ZUSTIMMUNG, null);
    }
    assertThat(pi).isWaitingAt(RESOLVE_OBJECTIONS);
  }

  void executeAsyncJobs(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  List<Task> statementTasks(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(GIVE_STATEMENT).list();
  }

  Task statementTask(ProcessInstance pi, String group) {
    return task(pi, GIVE_STATEMENT, group);
  }

  Task task(ProcessInstance pi, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  Task task(ProcessInstance pi, String taskKey, String group) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .taskCandidateGroup(group).singleResult();
  }

  String candidateGroup(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
  }

  void giveStatement(ProcessInstance pi, String group, StatementKind kind, String text) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.STATEMENT.name(), kind.name());
    variables.put(Var.STATEMENT_TEXT.name(), text);
    taskService.complete(statementTask(pi, group).getId(), variables);
  }

  List<MimeMessage> mailsAbout(String businessKey) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subjectOf(m).contains(businessKey)).toList();
  }

  int demoUsersOfWorkingPartners() {
    return notifier.addressesOfGroups(PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList()).size();
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String bodyOf(MimeMessage message) throws Exception {
    return String.valueOf(message.getContent());
  }


}
