package de.fachkraftimfokus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Element;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import de.fachkraftimfokus.privacy.PrivacyTestSupport.Person;
import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.support.MailingProcessTest;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention (DESIGN.md §3): personal data of a finished case expire with the history time to live.
 * The engine's clock is moved past it, the history cleanup job runs as it does each night in the
 * configured window, and nothing of the case — nor of the referral it called — remains.
 */
@PlatformTest
@DisplayName("Aufbewahrung: nach Ablauf der historyTimeToLive entfernt die Historienbereinigung den beendeten Fall samt Details")
class PersonalDataRetentionTest extends MailingProcessTest {

  /** Bound of the loop below: the shared database of a run holds many finished instances. */
  private static final int MAX_CLEANUP_RUNS = 500;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Value("${camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime}") String windowStart;

  @Test
  @DisplayName("Fall mit Weitervermittlung, Kommentar und Formularfeld-Altbestand, zurückgezogen: 180 Tage nach dem Ende ist nichts mehr da")
  void finishedCaseIsRemovedAfterItsTimeToLive() {
    Person person = Person.unique();
    ProcessInstance pi = runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, startVariables(person));
    PrivacyTestSupport.writeLegacyFormFields(engine, pi.getId(), Map.of(Var.CONTACT_NAME.name(), person.name()));
    String clearing = ProcessTestSupport.task(tasks, pi.getId(), Element.CLEARING).getId();
    identity.setAuthentication("coach.harz", List.of(PartnerGroup.NETWORK_KMU.id(), "network-kmu-harz"));
    try {
      tasks.createComment(clearing, pi.getId(), "Rückruf an " + person.email());
    } finally {
      identity.clearAuthentication();
    }
    ProcessTestSupport.complete(tasks, pi.getId(), Element.CLEARING, Map.of(
        Var.NEEDS.name(), JsonVariables.json(List.of("RECRUITING")),
        Var.PROBLEM_DESCRIPTION.name(), "Frau " + person.name() + " sucht Fachkräfte",
        Var.OWN_SOLUTION_IDEAS.name(), "Stellenanzeigen überarbeiten", Var.URGENCY.name(), "NORMAL"));
    ProcessTestSupport.complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, Map.of(Var.CASE_PATH.name(), "WEITERVERMITTLUNG",
        Var.SELECTED_OFFER_IDS.name(), JsonVariables.json(List.of("pfiff-fachkraeftegewinnung")),
        Var.OPTIONS_SUMMARY.name(), "besprochen"));
    String referralId = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult().getId();
    ProcessTestSupport.executeDueJobs(management, referralId);
    runtime.createMessageCorrelation(AdvisoryCaseProcess.MESSAGE_COMPANY_WITHDREW)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    ProcessTestSupport.executeDueJobs(management, pi.getId());

    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(ended.getEndTime()).as("Fall beendet").isNotNull();
    Integer timeToLive = repository.getProcessDefinition(ended.getProcessDefinitionId()).getHistoryTimeToLive();
    assertThat(timeToLive).isEqualTo(180);
    assertThat(ended.getRemovalTime()).as("Löschdatum = Ende + historyTimeToLive")
        .isCloseTo(new Date(ended.getEndTime().getTime() + Duration.ofDays(timeToLive).toMillis()), 1000);
    List<String> ids = List.of(pi.getId(), referralId);
    List<String> taskIds = ids.stream().flatMap(id -> history.createHistoricTaskInstanceQuery().processInstanceId(id)
        .list().stream()).map(HistoricTaskInstance::getId).toList();
    Map<String, Long> before = remains(ids, taskIds);
    assertThat(before.get("Details (Variablenänderungen und Formularfelder)")).isPositive();
    assertThat(before.get("Formularfelder")).isPositive();
    assertThat(before.get("Kommentare")).isPositive();
    assertThat(before.values().stream().filter(count -> count > 0).count()).as("vorher: " + before)
        .isGreaterThanOrEqualTo(8);
    DatabaseScan scan = new DatabaseScan(jdbc);
    assertThat(scan.find(person.values())).as("vorher in der Datenbank").isNotEmpty();
    assertThat(scan.find(List.of(pi.getId()))).as("vorher die Fall-ID").isNotEmpty();

    // the day before the removal time nothing goes
    ClockUtil.setCurrentTime(new Date(ended.getRemovalTime().getTime() - Duration.ofDays(1).toMillis()));
    try {
      cleanUp(ids, taskIds, 3);
      assertThat(remains(ids, taskIds)).as("vor Ablauf bleibt alles").isEqualTo(before);

      ClockUtil.setCurrentTime(new Date(ended.getRemovalTime().getTime() + Duration.ofDays(1).toMillis()));
      int runs = cleanUp(ids, taskIds, MAX_CLEANUP_RUNS);
      System.out.printf("[datenschutz] Historienbereinigung: %d Läufe bis der Fall verschwunden war%n", runs);
    } finally {
      ClockUtil.reset();
    }

    assertThat(remains(ids, taskIds)).as("nach Ablauf").allSatisfy((what, count) -> assertThat(count).as(what).isZero());
    assertThat(scan.find(person.values())).as("kein Wert der Person mehr in der Datenbank").isEmpty();
    assertThat(scan.find(ids)).as("keine Spur der Vorgänge mehr in der Datenbank").isEmpty();
    assertThat(windowStart).as("nachts laufende Bereinigung").isNotBlank();
  }

  /** Runs the history cleanup job until nothing of the instances remains (or the bound); returns how often. */
  private int cleanUp(List<String> ids, List<String> taskIds, int maxRuns) {
    for (int run = 1; run <= maxRuns; run++) {
      Job job = history.cleanUpHistoryAsync(true);
      management.executeJob(job.getId());
      if (remains(ids, taskIds).values().stream().allMatch(count -> count == 0)) {
        return run;
      }
    }
    return maxRuns;
  }

  /** What the engine's API still knows of the instances, per kind. */
  private Map<String, Long> remains(List<String> ids, List<String> taskIds) {
    Map<String, Long> counts = new LinkedHashMap<>();
    String[] array = ids.toArray(String[]::new);
    counts.put("Prozessinstanzen", history.createHistoricProcessInstanceQuery().processInstanceIds(new LinkedHashSet<>(ids)).count());
    counts.put("Aktivitäten", sum(ids, id -> history.createHistoricActivityInstanceQuery().processInstanceId(id).count()));
    counts.put("Aufgaben", sum(ids, id -> history.createHistoricTaskInstanceQuery().processInstanceId(id).count()));
    counts.put("Variablen", history.createHistoricVariableInstanceQuery().processInstanceIdIn(array).includeDeleted().count());
    counts.put("Details (Variablenänderungen und Formularfelder)",
        history.createHistoricDetailQuery().processInstanceIdIn(array).count());
    counts.put("Formularfelder", sum(ids, id -> history.createHistoricDetailQuery().processInstanceId(id).formFields().count()));
    counts.put("Kommentare", sum(ids, id -> (long) tasks.getProcessInstanceComments(id).size()));
    counts.put("Job-Protokoll", sum(ids, id -> history.createHistoricJobLogQuery().processInstanceId(id).count()));
    counts.put("Benutzerprotokoll", sum(ids, id -> history.createUserOperationLogQuery().processInstanceId(id).count()));
    counts.put("Vorfälle", sum(ids, id -> history.createHistoricIncidentQuery().processInstanceId(id).count()));
    counts.put("Entscheidungen", sum(ids, id -> history.createHistoricDecisionInstanceQuery().processInstanceId(id).count()));
    counts.put("Identitätsverknüpfungen der Aufgaben", taskIds.stream()
        .mapToLong(taskId -> history.createHistoricIdentityLinkLogQuery().taskId(taskId).count()).sum());
    return counts;
  }

  private static long sum(List<String> ids, java.util.function.ToLongFunction<String> count) {
    return ids.stream().mapToLong(count).sum();
  }

  private static Map<String, Object> startVariables(Person person) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.COMPANY_NAME.name(), "Aufbewahrungsprobe " + ThreadLocalRandom.current().nextInt(10_000_000) + " GmbH");
    variables.put(Var.COMPANY_POSTCODE.name(), "38" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
    variables.put(Var.DISTRICT.name(), "harz");
    variables.put(Var.SECTOR.name(), "C");
    variables.put(Var.SIZE_BAND.name(), "10-49");
    variables.put(Var.CONTACT_NAME.name(), person.name());
    variables.put(Var.CONTACT_EMAIL.name(), person.email());
    variables.put(Var.CONTACT_PHONE.name(), person.phone());
    variables.put(Var.INQUIRY_SOURCE.name(), "UNTERNEHMEN");
    variables.put(Var.INQUIRY_SUMMARY.name(), "Anfrage von " + person.email());
    variables.put(Var.CONSENT_DATA_SHARING.name(), true);
    return variables;
  }
}
