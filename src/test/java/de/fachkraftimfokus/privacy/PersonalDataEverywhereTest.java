package de.fachkraftimfokus.privacy;

import static de.fachkraftimfokus.privacy.PrivacyTestSupport.DEMO_PASSWORD;
import static de.fachkraftimfokus.privacy.PrivacyTestSupport.engineViews;
import static de.fachkraftimfokus.privacy.PrivacyTestSupport.post;
import static de.fachkraftimfokus.privacy.PrivacyTestSupport.sourcesHolding;
import static de.fachkraftimfokus.privacy.PrivacyTestSupport.typed;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.PartnerGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Element;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.privacy.DatabaseScan.Hit;
import de.fachkraftimfokus.privacy.PrivacyTestSupport.Person;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.support.MailingProcessTest;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #20: after an erasure that reports success, none of the person's three values can be
 * found anywhere — not through the engine's API, not by a scan of every text and binary column of
 * every table. Each test works a case through other paths that write personal data, checks that
 * the scan and the API views find every value <b>before</b> the erasure (so they could find a
 * leftover), erases through the REST API, and searches again.
 */
@PlatformTest
@DisplayName("Datenschutz: nach der Löschung ist die Person nirgends mehr zu finden – auf keinem Weg, in keiner Tabelle")
class PersonalDataEverywhereTest extends MailingProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COACH = "coach.harz";
  private static final String PFIFF = "pfiff.harz";
  private static final String OFFER = "pfiff-fachkraeftegewinnung";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Value("${camunda.bpm.admin-user.id}") String adminUser;
  @Value("${camunda.bpm.admin-user.password}") String adminPassword;

  @Test
  @DisplayName("Start- und Aufgabenformulare wie in Tasklist (/submit-form), Weitervermittlung mit Einwilligung, Freitexte mit dem Namen, Kommentar und Anhang: alles gelöscht, Fall und Weitervermittlung laufen weiter")
  void formsReferralCommentAndAttachment() throws Exception {
    Person person = Person.unique();
    ResponseEntity<String> started = post(rest, COACH, DEMO_PASSWORD,
        "/engine-rest/process-definition/key/" + AdvisoryCaseProcess.KEY + "/submit-form",
        Map.of("variables", startForm(person, true)));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String caseId = JSON.readTree(started.getBody()).get("id").asText();

    Task clearing = ProcessTestSupport.task(tasks, caseId, Element.CLEARING);
    // staff cannot comment over REST any more (403, outside every form); comments the administration
    // or older versions wrote are erased all the same
    assertThat(post(rest, COACH, DEMO_PASSWORD, "/engine-rest/task/" + clearing.getId() + "/comment/create",
        Map.of("message", "Rückruf an " + person.email() + " zugesagt")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    tasks.createComment(clearing.getId(), caseId, "Rückruf an " + person.email() + " zugesagt");
    submitTask(COACH, clearing, Map.of(
        Var.NEEDS.name(), typed("[\"RECRUITING\"]", "Json"),
        Var.PROBLEM_DESCRIPTION.name(), typed("Frau " + person.name() + " findet keine Fachkräfte, Rückruf unter "
            + person.phone(), "String"),
        Var.OWN_SOLUTION_IDEAS.name(), typed("Eigene Azubis übernehmen", "String"),
        Var.URGENCY.name(), typed("NORMAL", "String")));
    submitTask(COACH, ProcessTestSupport.task(tasks, caseId, Element.DEVELOP_OPTIONS), Map.of(
        Var.CASE_PATH.name(), typed("WEITERVERMITTLUNG", "String"),
        Var.SELECTED_OFFER_IDS.name(), typed("[\"" + OFFER + "\"]", "Json"),
        Var.OPTIONS_SUMMARY.name(), typed("Mit " + person.name() + " besprochen", "String")));

    String referralId = runtime.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult().getId();
    assertThat(runtime.getVariable(referralId, ReferralProcess.Var.CONTACT_EMAIL.name())).as("mit Einwilligung")
        .isEqualTo(person.email());
    assertThat((String) runtime.getVariable(referralId, ReferralProcess.Var.CASE_SUMMARY.name()))
        .as("die Fallzusammenfassung zitiert die Person").contains(person.name());
    ProcessTestSupport.executeDueJobs(management, referralId);
    submitTask(PFIFF, ProcessTestSupport.task(tasks, referralId, ReferralProcess.Element.ACCEPT_REFERRAL),
        Map.of(ReferralProcess.Var.REFERRAL_DECISION.name(), typed(ReferralProcess.ACCEPT, "String")));
    ProcessTestSupport.executeDueJobs(management, referralId);
    submitTask(PFIFF, ProcessTestSupport.task(tasks, referralId, ReferralProcess.Element.DOCUMENT_FIRST_CONTACT), Map.of(
        ReferralProcess.Var.FIRST_CONTACT_DATE.name(), typed("2026-12-01", "String"),
        ReferralProcess.Var.FIRST_CONTACT_NOTE.name(), typed("Telefonat mit " + person.name(), "String")));
    Task report = ProcessTestSupport.task(tasks, referralId, ReferralProcess.Element.REPORT_RESULT);
    identity.setAuthentication(PFIFF, List.of(PartnerGroup.PFIFF.id(), "pfiff-harz"));
    try {
      tasks.createAttachment("text/plain", report.getId(), referralId, "Gesprächsnotiz " + person.name(),
          "Notiz zum Erstgespräch", new java.io.ByteArrayInputStream(("E-Mail: " + person.email())
              .getBytes(StandardCharsets.UTF_8)));
    } finally {
      identity.clearAuthentication();
    }
    submitTask(PFIFF, report, Map.of(
        ReferralProcess.Var.REFERRAL_OUTCOME.name(), typed("ABGESCHLOSSEN", "String"),
        ReferralProcess.Var.RESULT_SUMMARY.name(), typed("Stelle besetzt, " + person.name() + " ist zufrieden", "String")));
    assertThat(ProcessTestSupport.task(tasks, caseId, Element.CLOSE_CASE)).as("Fall wartet auf den Abschluss").isNotNull();
    assertThat(history.createHistoricDetailQuery().processInstanceId(caseId).formFields().count())
        .as("keine Formularfeld-Historie, obwohl über Formulare gestartet und bearbeitet").isZero();
    System.out.printf("[datenschutz] Fall über Formulare: %d Variablenänderungen, 0 Formularfeld-Details%n",
        history.createHistoricDetailQuery().processInstanceId(caseId).variableUpdates().count());

    JsonNode erasure = eraseEverywhere(person, List.of(caseId, referralId),
        Set.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY", "ACT_HI_COMMENT",
            "ACT_HI_ATTACHMENT", "ACT_HI_OP_LOG"));
    assertThat(JSON.convertValue(erasure.get("recipientGroups"), List.class)).as("Empfänger nach Art. 19")
        .containsExactly("pfiff-harz");

    assertThat(runtime.getVariable(caseId, Var.CONTACT_NAME.name())).isEqualTo(PersonalDataService.ERASED);
    assertThat((String) runtime.getVariable(caseId, Var.PROBLEM_DESCRIPTION.name()))
        .isEqualTo("Frau " + PersonalDataService.ERASED + " findet keine Fachkräfte, Rückruf unter " + PersonalDataService.ERASED);
    assertThat(AdvisoryCaseProcess.Var.REFERRAL_RESULTS.get(runtime.getVariables(caseId))).singleElement()
        .satisfies(result -> assertThat(result.summary()).isEqualTo("Stelle besetzt, " + PersonalDataService.ERASED
            + " ist zufrieden"));
    submitTask(COACH, ProcessTestSupport.task(tasks, caseId, Element.CLOSE_CASE), Map.of(
        Var.CASE_OUTCOME.name(), typed("GELOEST", "String"), Var.COMPANY_OWN_ACTIONS.name(), typed("Sucht jetzt selbst", "String")));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).count()).as("Fall abgeschlossen").isZero();
    assertThat(new DatabaseScan(jdbc).find(person.values())).as("auch nach dem Abschluss").isEmpty();
  }

  @Test
  @DisplayName("REST-Eingang für andere Systeme, ein Partnerkontakt mit dem Namen im Thema (Konfliktzusammenfassung), Ansprache abstimmen, Rückzug: alles gelöscht, auch im Kontaktregister")
  void intakeContactRegisterAndWithdrawal() throws Exception {
    Person person = Person.unique();
    Map<String, Object> company = company();
    Map<String, Object> contact = new LinkedHashMap<>(company);
    contact.put("partnerGroup", PartnerGroup.PFIFF.id());
    contact.put("reference", "PFIFF-PORTAL-" + ThreadLocalRandom.current().nextInt(1_000_000));
    contact.put("topic", "Matching, Gespräch mit " + person.name());
    assertThat(post(rest, PFIFF, DEMO_PASSWORD, "/api/contacts", contact).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> intake = new LinkedHashMap<>(company);
    intake.put(Var.CONTACT_NAME.name(), person.name());
    intake.put(Var.CONTACT_EMAIL.name(), person.email());
    intake.put(Var.CONTACT_PHONE.name(), person.phone());
    intake.put(Var.INQUIRY_SOURCE.name(), "PFIFF");
    intake.put(Var.INQUIRY_SUMMARY.name(), "Über das Portal");
    intake.put(Var.CONSENT_DATA_SHARING.name(), false);
    ResponseEntity<String> opened = post(rest, COACH, DEMO_PASSWORD, "/api/advisory-cases", intake);
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = JSON.readTree(opened.getBody());
    String caseId = created.get("processInstanceId").asText();
    assertThat((String) runtime.getVariable(caseId, Var.CONFLICT_SUMMARY.name())).as("Doppelansprache zitiert das Thema")
        .contains(person.name());
    submitTask(COACH, ProcessTestSupport.task(tasks, caseId, Element.COORDINATE_APPROACH), Map.of(
        Var.APPROACH_OUTCOME.name(), typed(ApproachOutcome.NO_CONFLICT.name(), "String"),
        Var.APPROACH_NOTE.name(), typed("PFIFF spricht mit " + person.name() + " über etwas anderes", "String")));
    // the company's withdrawal arrives from outside (another system, with the administrators' rights)
    ResponseEntity<String> withdrawn = post(rest, adminUser, adminPassword, "/engine-rest/message", Map.of(
        "messageName", AdvisoryCaseProcess.MESSAGE_COMPANY_WITHDREW,
        "businessKey", created.get("businessKey").asText()));
    assertThat(withdrawn.getStatusCode().is2xxSuccessful()).as(withdrawn.getBody()).isTrue();
    ProcessTestSupport.executeDueJobs(management, caseId);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(caseId).finished().count())
        .as("Fall nach Rückzug beendet").isOne();

    eraseEverywhere(person, List.of(caseId), Set.of("ACT_HI_VARINST", "ACT_HI_DETAIL", "FKIF_CONTACT"));
    assertThat(jdbc.queryForObject("SELECT topic FROM fkif_contact WHERE reference = ?", String.class,
        contact.get("reference"))).isEqualTo("Matching, Gespräch mit " + PersonalDataService.ERASED);
  }

  @Test
  @DisplayName("Engine-REST /start, eine später geänderte Telefonnummer, eine korrigierte E-Mail-Adresse und Formularfeld-Historie aus der Zeit vor dem Plugin: alles gelöscht")
  void engineRestStartEarlierValuesAndLegacyFormFields() throws Exception {
    Person person = Person.unique();
    ResponseEntity<String> started = post(rest, COACH, DEMO_PASSWORD,
        "/engine-rest/process-definition/key/" + AdvisoryCaseProcess.KEY + "/start",
        Map.of("variables", startForm(person, false)));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String caseId = JSON.readTree(started.getBody()).get("id").asText();
    String newPhone = "0391 " + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    runtime.setVariable(caseId, Var.CONTACT_PHONE.name(), newPhone);
    PrivacyTestSupport.writeLegacyFormFields(engine, caseId, Map.of(Var.CONTACT_NAME.name(), person.name(),
        Var.CONTACT_EMAIL.name(), person.email(), Var.CONTACT_PHONE.name(), person.phone()));

    // a second case, in which the address was corrected to someone else's: found by its earlier value
    ResponseEntity<String> corrected = post(rest, COACH, DEMO_PASSWORD,
        "/engine-rest/process-definition/key/" + AdvisoryCaseProcess.KEY + "/start",
        Map.of("variables", startForm(person, false)));
    String correctedId = JSON.readTree(corrected.getBody()).get("id").asText();
    String otherAddress = "jemand.anderes-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
    runtime.setVariable(correctedId, Var.CONTACT_EMAIL.name(), otherAddress);
    runtime.setVariable(correctedId, Var.CONTACT_NAME.name(), "Jemand Anderes");

    eraseEverywhere(new Person(person.name(), person.email(), newPhone), List.of(caseId, correctedId),
        Set.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL"));
    assertThat(new DatabaseScan(jdbc).find(List.of(person.phone()))).as("auch die frühere Nummer").isEmpty();
    assertThat(runtime.getVariable(correctedId, Var.CONTACT_EMAIL.name())).as("die andere Person bleibt").isEqualTo(otherAddress);
    assertThat(history.createHistoricDetailQuery().processInstanceId(caseId).formFields().count()).isZero();
  }

  @Test
  @DisplayName("Ein fehlerhaftes Modell zitiert die Person in Vorfall, Job-Fehler und Job-Protokoll, eine Entscheidung hat ihren Namen als Eingabe: alles gelöscht, der Vorfall bleibt sichtbar")
  void incidentJobLogAndDecision() throws Exception {
    Person person = Person.unique();
    String key = "privacy-fixture-" + ThreadLocalRandom.current().nextInt(1_000_000);
    String decisionKey = key + "-decision";
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .businessRuleTask("greet").camundaDecisionRef(decisionKey).camundaResultVariable("greeting")
        .camundaMapDecisionResult("singleEntry")
        // a process owner's mistake: compares a name with a number — JUEL quotes the name in its exception
        .serviceTask("broken").camundaAsyncBefore().camundaExpression("${" + Var.CONTACT_NAME.name() + " > 5}")
        .endEvent().done();
    String deployment = repository.createDeployment().addModelInstance(key + ".bpmn", model)
        .addString(decisionKey + ".dmn", decision(decisionKey)).deploy().getId();
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey(key, Map.of(Var.CONTACT_NAME.name(), person.name(),
          Var.CONTACT_EMAIL.name(), person.email(), Var.CONTACT_PHONE.name(), person.phone()));
      for (int attempt = 0; attempt < 3; attempt++) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expected) {
          assertThat(expected).hasMessageContaining(person.name());
        }
      }
      assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult().getIncidentMessage())
          .contains(person.name());

      eraseEverywhere(person, List.of(instance.getId()), Set.of("ACT_RU_INCIDENT", "ACT_HI_INCIDENT", "ACT_RU_JOB",
          "ACT_HI_JOB_LOG", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY"));
      assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult().getIncidentMessage())
          .as("der Vorfall bleibt, ohne den Namen").contains("Cannot coerce").contains(PersonalDataService.ERASED);
    } finally {
      repository.deleteDeployment(deployment, true, true, true);
    }
  }

  // ------------------------------------------------------------------ the check

  /**
   * Finds every value before (scan, REST/API views and the export), erases through the REST API,
   * finds none afterwards. Every table the scan found a value in must be a documented place, and
   * the export must have named that place.
   */
  private JsonNode eraseEverywhere(Person person, List<String> instanceIds, Set<String> expectedTables) throws Exception {
    DatabaseScan scan = new DatabaseScan(jdbc);
    List<Hit> before = scan.find(person.values());
    for (String value : person.values()) {
      assertThat(before).as("vor der Löschung findet der Scan „%s“", value)
          .anyMatch(hit -> hit.value().equalsIgnoreCase(value));
    }
    Set<String> tables = before.stream().map(Hit::table).collect(Collectors.toCollection(TreeSet::new));
    assertThat(tables).as("Tabellen mit Werten der Person").containsAll(expectedTables);
    System.out.printf("[datenschutz] vor der Löschung: %d Fundstellen in %s%n", before.size(), tables);
    for (String table : tables) {
      assertThat(Arrays.stream(Place.values()).anyMatch(place -> place.covers(table)))
          .as("Tabelle %s ist ein Ort des Datenverzeichnisses", table).isTrue();
    }
    Map<String, String> views = engineViews(admin(), engine, instanceIds);
    for (String value : person.values()) {
      assertThat(sourcesHolding(views, value)).as("vor der Löschung zeigt die Engine „%s“", value).isNotEmpty();
    }

    JsonNode export = JSON.readTree(post(rest, adminUser, adminPassword, "/api/privacy/export",
        Map.of("email", person.email())).getBody());
    List<Place> exported = new ArrayList<>();
    export.get("places").forEach(place -> exported.add(Place.valueOf(place.get("place").asText())));
    for (String table : tables) {
      assertThat(exported).as("die Auskunft nennt einen Ort für Tabelle %s", table).anyMatch(place -> place.covers(table));
    }
    for (String value : person.values()) {
      assertThat(export.get("places").findValuesAsText("value")).as("die Auskunft zeigt „%s“", value)
          .anyMatch(text -> text.toLowerCase().contains(value.toLowerCase()));
    }

    ResponseEntity<String> erased = post(rest, adminUser, adminPassword, "/api/privacy/erasure",
        Map.of("email", person.email()));
    assertThat(erased.getStatusCode()).as(erased.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode erasure = JSON.readTree(erased.getBody());
    Set<String> erasedPlaces = new LinkedHashSet<>();
    erasure.get("places").fieldNames().forEachRemaining(erasedPlaces::add);
    assertThat(erasedPlaces).as("die Löschung erreicht jeden Ort der Auskunft")
        .containsAll(exported.stream().map(Place::name).toList());

    List<Hit> after = scan.find(person.values());
    assertThat(after).as("nach der Löschung findet der Scan nichts mehr").isEmpty();
    Map<String, String> viewsAfter = engineViews(admin(), engine, instanceIds);
    for (String value : person.values()) {
      assertThat(sourcesHolding(viewsAfter, value)).as("nach der Löschung zeigt die Engine „%s“ nirgends", value).isEmpty();
    }
    JsonNode again = JSON.readTree(post(rest, adminUser, adminPassword, "/api/privacy/export",
        Map.of("email", person.email())).getBody());
    assertThat(again.get("places")).as("keine Fundstelle mehr").isEmpty();
    assertThat(again.get("records")).isEmpty();
    return erasure;
  }

  // ------------------------------------------------------------------ helpers

  private TestRestTemplate admin() {
    return rest.withBasicAuth(adminUser, adminPassword);
  }

  private void submitTask(String user, Task task, Map<String, Object> variables) {
    ResponseEntity<String> response = post(rest, user, DEMO_PASSWORD, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", variables));
    assertThat(response.getStatusCode()).as(task.getTaskDefinitionKey() + ": " + response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static Map<String, Object> company() {
    Map<String, Object> company = new LinkedHashMap<>();
    company.put(Var.COMPANY_NAME.name(), "Löschprobe " + ThreadLocalRandom.current().nextInt(10_000_000) + " GmbH");
    company.put(Var.COMPANY_POSTCODE.name(), "38" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
    company.put(Var.DISTRICT.name(), "harz");
    company.put(Var.SECTOR.name(), "C");
    company.put(Var.SIZE_BAND.name(), "10-49");
    return company;
  }

  /** The start form's fields in the shape of the engine's REST API. */
  private static Map<String, Object> startForm(Person person, boolean consent) {
    Map<String, Object> variables = new LinkedHashMap<>();
    company().forEach((name, value) -> variables.put(name, typed(value, "String")));
    variables.put(Var.CONTACT_NAME.name(), typed(person.name(), "String"));
    variables.put(Var.CONTACT_EMAIL.name(), typed(person.email(), "String"));
    variables.put(Var.CONTACT_PHONE.name(), typed(person.phone(), "String"));
    variables.put(Var.INQUIRY_SOURCE.name(), typed("UNTERNEHMEN", "String"));
    variables.put(Var.INQUIRY_SUMMARY.name(), typed("Anfrage von " + person.email(), "String"));
    variables.put(Var.CONSENT_DATA_SHARING.name(), typed(consent, "Boolean"));
    return variables;
  }

  /** A decision that takes the contact's name as input and returns it: the name lands in the decision history. */
  private static String decision(String key) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="%1$s-definitions" name="Datenschutz-Probe" namespace="http://fachkraft-im-fokus.de/test">
          <decision id="%1$s" name="Begrüßung" camunda:historyTimeToLive="1">
            <decisionTable id="%1$s-table" hitPolicy="FIRST">
              <input id="nameInput" label="Name">
                <inputExpression id="nameExpression" typeRef="string"><text>%2$s</text></inputExpression>
              </input>
              <output id="greetingOutput" name="greeting" typeRef="string" />
              <rule id="anyone">
                <inputEntry id="anyName"><text>-</text></inputEntry>
                <outputEntry id="greetByName"><text>"Hallo " + %2$s</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(key, Var.CONTACT_NAME.name());
  }
}
