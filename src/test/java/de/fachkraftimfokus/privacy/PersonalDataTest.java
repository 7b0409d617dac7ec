package de.fachkraftimfokus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
@DisplayName("Datenschutz: Auskunft und Löschung je Ansprechperson (DSGVO Art. 15/17)")
class PersonalDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityProperties identity;
  @Value("${camunda.bpm.admin-user.id}") String adminUser;
  @Value("${camunda.bpm.admin-user.password}") String adminPassword;

  @Test
  @DisplayName("Auskunft findet die Person in laufenden und beendeten Fällen; die Löschung entfernt ihre Daten samt früherer Werte aus Laufzeit und Historie, der Fall läuft weiter, andere Personen bleiben unberührt")
  void exportAndEraseOnePerson() throws Exception {
    String person = "maria.muster-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String other = "max.beispiel-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    ProcessInstance running = advisoryCase("Maria Muster", person, "0391 12345");
    // an earlier value stays in the history until erased
    runtimeService.setVariable(running.getId(), "contactPhone", "0391 99999");
    ProcessInstance ended = advisoryCase("Maria Muster", person.toUpperCase(), null);
    runtimeService.createMessageCorrelation(AdvisoryCaseProcess.MESSAGE_COMPANY_WITHDREW)
        .processInstanceBusinessKey(ended.getBusinessKey()).correlate();
    ProcessTestSupport.executeDueJobs(managementService, ended.getId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(ended.getId()).finished().count())
        .as("Fall beendet").isOne();
    ProcessInstance untouched = advisoryCase("Max Beispiel", other, "0345 555");

    ResponseEntity<String> export = post(adminUser, adminPassword, "/api/privacy/export", Map.of("email", person));
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode records = JSON.readTree(export.getBody()).get("records");
    assertThat(records).hasSize(2);
    assertThat(records.findValuesAsText("businessKey"))
        .containsExactlyInAnyOrder(running.getBusinessKey(), ended.getBusinessKey());
    assertThat(export.getBody()).contains("Maria Muster").contains("0391 99999").doesNotContain(other);

    ResponseEntity<String> erasure = post(adminUser, adminPassword, "/api/privacy/erasure", Map.of("email", person));
    assertThat(erasure.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(erasure.getBody()).get("processInstances").asInt()).isEqualTo(2);

    for (ProcessInstance instance : List.of(running, ended)) {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableNameIn(AdvisoryCaseProcess.Var.CONTACT_NAME.name(), AdvisoryCaseProcess.Var.CONTACT_EMAIL.name(),
              AdvisoryCaseProcess.Var.CONTACT_PHONE.name()).includeDeleted().list())
          .allSatisfy(variable -> assertThat(variable.getValue()).isEqualTo(PersonalDataService.ERASED));
      for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
          .variableUpdates().disableCustomObjectDeserialization().list()) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        assertThat(String.valueOf(update.getValue())).as(update.getVariableName())
            .doesNotContainIgnoringCase(person).doesNotContain("Maria Muster").doesNotContain("0391");
      }
    }
    assertThat(runtimeService.getVariable(running.getId(), "contactName")).isEqualTo(PersonalDataService.ERASED);
    assertThat(runtimeService.getVariable(running.getId(), "companyName")).as("Fall bleibt bearbeitbar").isNotNull();
    assertThat(runtimeService.getVariable(untouched.getId(), "contactEmail")).isEqualTo(other);
    assertThat(runtimeService.getVariable(untouched.getId(), "contactName")).isEqualTo("Max Beispiel");

    JsonNode afterwards = JSON.readTree(post(adminUser, adminPassword, "/api/privacy/export",
        Map.of("email", person)).getBody()).get("records");
    assertThat(afterwards).as("nichts mehr zu finden").isEmpty();

    List<Map<String, Object>> log = jdbc.queryForList(
        "SELECT kind, requested_by, business_keys FROM fkif_privacy_request WHERE business_keys LIKE ?",
        "%" + running.getBusinessKey() + "%");
    assertThat(log).extracting(row -> row.get("kind")).contains("AUSKUNFT", "LOESCHUNG");
    assertThat(log).allSatisfy(row -> assertThat(row.toString()).doesNotContainIgnoringCase(person)
        .contains(adminUser));
  }

  @Test
  @DisplayName("Nur Administratoren; ohne Anmeldung 401; ungültige Adresse 400 mit deutscher Meldung, nichts gelöscht")
  void onlyAdministratorsWithValidAddress() {
    String person = "erika-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    ProcessInstance instance = advisoryCase("Erika Probe", person, null);

    assertThat(post("stk.gs", identity.demoPassword(), "/api/privacy/erasure", Map.of("email", person))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("coach.harz", identity.demoPassword(), "/api/privacy/export", Map.of("email", person))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.exchange("/api/privacy/export", HttpMethod.POST, json(Map.of("email", person)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> invalid = post(adminUser, adminPassword, "/api/privacy/erasure", Map.of("email", "erika"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody()).contains("keine gültige E-Mail-Adresse");
    ResponseEntity<String> unreadable = post(adminUser, adminPassword, "/api/privacy/erasure", "kein JSON");
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unreadable.getBody()).contains("kein gültiges JSON-Objekt");

    assertThat(runtimeService.getVariable(instance.getId(), "contactEmail")).isEqualTo(person);
    assertThat(runtimeService.getVariable(instance.getId(), "contactName")).isEqualTo("Erika Probe");
  }

  private ProcessInstance advisoryCase(String name, String email, String phone) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>();
    variables.put("companyName", "Datenschutz Probe " + suffix + " GmbH");
    variables.put("companyPostcode", "39104");
    variables.put("district", "magdeburg");
    variables.put("sector", "C");
    variables.put("sizeBand", "10-49");
    variables.put("contactName", name);
    variables.put("contactEmail", email);
    if (phone != null) {
      variables.put("contactPhone", phone);
    }
    variables.put("inquirySource", "UNTERNEHMEN");
    variables.put("inquirySummary", "Sucht Auszubildende");
    variables.put("consentDataSharing", true);
    return runtimeService.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, variables);
  }

  private ResponseEntity<String> post(String user, String password, String path, Object body) {
    return rest.withBasicAuth(user, password).exchange(path, HttpMethod.POST, json(body), String.class);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
