package de.fachkraftimfokus.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.calendar.WorkingDays;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.jourfixe.JourFixeProcess;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.PlatformTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data, laid out around a day of its own (a year no other test uses), checked for what the
 * README promises a newcomer: work in every region and state, history over months.
 */
@PlatformTest
@DisplayName("Demodaten: lebendige Plattform im lokalen Demomodus")
class DemoDataTest {

  private static final LocalDate TODAY = LocalDate.of(2041, 3, 13);
  private static DemoData.Seeded seeded;
  private static RuntimeException failed;

  @Autowired DemoData demoData;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @BeforeEach
  void seedOnce() {
    if (failed != null) {
      throw failed;
    }
    if (seeded == null) {
      try {
        seeded = demoData.seed(TODAY);
      } catch (RuntimeException e) {
        failed = e;
        throw e;
      }
    }
  }

  @Test
  @DisplayName("Zehn abgeschlossene Fälle über fünf Monate, auf allen drei Wegen")
  void closedCasesSpreadOverMonths() {
    List<String> closed = seeded.keys("abgeschlossen");
    assertThat(closed).hasSize(10).allMatch(key -> key.startsWith("BF-2041-") || key.startsWith("BF-2040-"));
    List<HistoricProcessInstance> instances = closed.stream().map(key -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(AdvisoryCaseProcess.KEY).processInstanceBusinessKey(key).singleResult()).toList();
    assertThat(instances).allSatisfy(pi -> assertThat(pi.getEndTime()).as(pi.getBusinessKey()).isNotNull()
        .isBefore(Date.from(startOf(TODAY))));
    Instant first = instances.stream().map(HistoricProcessInstance::getStartTime).min(Date::compareTo).orElseThrow().toInstant();
    assertThat(Duration.between(first, startOf(TODAY)).toDays()).isBetween(165L, 171L);
    assertThat(history.createHistoricVariableInstanceQuery().variableName(AdvisoryCaseProcess.Var.CASE_PATH.name())
        .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new)).list())
        .extracting(v -> v.getValue()).contains("GRUNDBERATUNG", "WEITERVERMITTLUNG", "KOORDINIERTE_BEGLEITUNG");
  }

  @Test
  @DisplayName("Neue Fälle im Clearing in allen fünf Regionen, der im Harz ist überfällig")
  void clearingInEveryRegion() {
    List<Task> clearing = seeded.keys("clearing").stream().map(key -> task(key, AdvisoryCaseProcess.Element.CLEARING)).toList();
    assertThat(clearing).hasSize(5);
    assertThat(clearing.stream().flatMap(t -> groups(t).stream()))
        .containsExactlyInAnyOrderElementsOf(List.of(Region.values()).stream()
            .map(PartnerGroup.NETWORK_KMU::regionalGroupId).toList());
    assertThat(clearing).filteredOn(t -> t.getDueDate().before(Date.from(startOf(TODAY)))).singleElement()
        .satisfies(t -> assertThat(groups(t)).containsExactly(PartnerGroup.NETWORK_KMU.regionalGroupId(Region.HARZ)));
  }

  @Test
  @DisplayName("Fälle warten auf Handlungsoptionen, auf die Abstimmung einer Doppelansprache und auf den Zwischenstand")
  void casesWaiting() {
    assertThat(seeded.keys("developOptions")).hasSize(3)
        .allSatisfy(key -> assertThat(task(key, AdvisoryCaseProcess.Element.DEVELOP_OPTIONS)).isNotNull());
    assertThat(seeded.keys("coordinateApproach")).singleElement()
        .satisfies(key -> assertThat(task(key, AdvisoryCaseProcess.Element.COORDINATE_APPROACH)).isNotNull());
    assertThat(seeded.keys("statusRound")).singleElement()
        .satisfies(key -> assertThat(task(key, AdvisoryCaseProcess.Element.STATUS_ROUND)).isNotNull());
  }

  @Test
  @DisplayName("Weitervermittlungen offen, überfällig, angenommen und abgelehnt")
  void referralsInEveryState() {
    Task open = task(seeded.keys("referral-offen").get(0), ReferralProcess.Element.ACCEPT_REFERRAL);
    assertThat(open.getDueDate()).isAfter(Date.from(startOf(TODAY)));
    Task overdue = task(seeded.keys("referral-ueberfaellig").get(0), ReferralProcess.Element.ACCEPT_REFERRAL);
    assertThat(overdue.getDueDate()).isBefore(Date.from(startOf(TODAY)));
    assertThat(task(seeded.keys("referral-angenommen").get(0), ReferralProcess.Element.DOCUMENT_FIRST_CONTACT))
        .isNotNull();
    String declined = seeded.keys("referral-abgelehnt").get(0);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(declined).count()).isZero();
    String caseKey = declined.substring(0, declined.lastIndexOf("-W"));
    assertThat(task(caseKey, AdvisoryCaseProcess.Element.HANDLE_DECLINED_REFERRAL)).isNotNull();
  }

  @Test
  @DisplayName("Vorabstimmungen: abgestimmt, in Klärung nach einem Einwand, in Stellungnahme")
  void coordinationRequests() {
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(seeded.keys("vorabstimmung-abgestimmt").get(0))
        .count()).isZero();
    assertThat(task(seeded.keys("vorabstimmung-klaerung").get(0), CoordinationRequestProcess.Element.RESOLVE_OBJECTIONS))
        .satisfies(t -> assertThat(groups(t)).containsExactly(PartnerGroup.MS.id()));
    ProcessInstance inStatement = instance(seeded.keys("vorabstimmung-stellungnahme").get(0));
    assertThat(tasks.createTaskQuery().processInstanceId(inStatement.getId())
        .taskDefinitionKey(CoordinationRequestProcess.Element.GIVE_STATEMENT).count()).isEqualTo(
            PartnerGroup.workingPartners().size() - 1 - 2);
  }

  @Test
  @DisplayName("Ein vergangener Jour fixe mit Protokoll und zwei offenen Maßnahmen, der nächste in Vorbereitung")
  void jourFixe() {
    ProcessInstance past = instance(seeded.keys("jourfixe-protokolliert").get(0));
    assertThat(tasks.createTaskQuery().processInstanceId(past.getId())
        .taskDefinitionKey(JourFixeProcess.Element.IMPLEMENT_ACTION).list()).hasSize(2)
        .extracting(Task::getDescription).contains("Übergabeprozess Regiocoach → PFIFF beschreiben");
    ProcessInstance coming = instance(seeded.keys("jourfixe-vorbereitung").get(0));
    assertThat(tasks.createTaskQuery().processInstanceId(coming.getId())
        .taskDefinitionKey(JourFixeProcess.Element.PREPARE_CONTRIBUTION).count()).isPositive();
  }

  @Test
  @DisplayName("Ein zweites Anlegen in derselben Datenbank wird abgelehnt; die Uhr läuft danach wieder echt")
  void onlyOnce() {
    assertThat(demoData.seeded()).isTrue();
    assertThatThrownBy(() -> demoData.seed(TODAY)).hasMessageContaining("schon angelegt");
    assertThat(WorkingDays.today().getYear()).isLessThan(2041);
  }

  @Test
  @DisplayName("Kontaktdaten nur erfunden: jede Adresse unter example.org")
  void onlyExampleAddresses() {
    assertThat(DemoCompanies.ALL).hasSizeGreaterThanOrEqualTo(20)
        .allSatisfy(c -> assertThat(c.contactEmail()).endsWith(".example.org"))
        .extracting(c -> c.region()).containsAll(List.of(Region.values()));
  }

  private Task task(String businessKey, String taskKey) {
    ProcessInstance pi = instance(businessKey);
    List<Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
    assertThat(open).as(taskKey + " in " + businessKey).hasSize(1);
    return open.get(0);
  }

  private ProcessInstance instance(String businessKey) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    assertThat(pi).as(businessKey).isNotNull();
    return pi;
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(WorkingDays.ZONE).toInstant();
  }
}
