package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Element;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.PlatformTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The advisory case over HTTP: the engine's REST API and the platform's intake for other systems. */
@PlatformTest
@DisplayName("Beratungsfall über REST: Start, Prüfung und Eingang aus anderen Systemen")
class AdvisoryCaseRestTest {

  static final String PASSWORD = "Fokus-Demo-2026";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("Engine-REST: falsche Postleitzahl und E-Mail ergeben 400 mit deutscher Meldung je Feld, keinen Fall und kein Unternehmen")
  @SuppressWarnings("unchecked")
  void engineRestRefusesBadPostcode() {
    Map<String, Object> variables = AdvisoryCaseProcessTest.startVariables(true);
    variables.put(Var.COMPANY_POSTCODE.name(), "ABCDE");
    variables.put(Var.CONTACT_EMAIL.name(), "kein-at-zeichen");
    String name = (String) variables.get(Var.COMPANY_NAME.name());

    ResponseEntity<Map> response = coach().postForEntity("/engine-rest/process-definition/key/{key}/start",
        Map.of("variables", typed(variables)), Map.class, AdvisoryCaseProcess.KEY);

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).containsEntry("type", "urn:fkif:problem:invalid-input").containsEntry("status", 400);
    assertThat((String) response.getBody().get("detail")).contains("Postleitzahl: genau fünf Ziffern")
        .contains("E-Mail der Ansprechperson: keine gültige E-Mail-Adresse").doesNotContain("companyPostcode");
    assertThat((List<Map<String, String>>) response.getBody().get("fieldErrors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder(Var.COMPANY_POSTCODE.name(), Var.CONTACT_EMAIL.name());
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals(Var.COMPANY_NAME.name(), name).count()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fkif_company WHERE name = ?", Integer.class, name)).isZero();
  }

  @Test
  @DisplayName("Engine-REST: ein gültiger Start bekommt die Fallnummer; ein Clearing ohne Pflichtfeld wird mit 400 abgelehnt")
  @SuppressWarnings("unchecked")
  void engineRestStartAndRefusedCompletion() {
    Map<String, Object> variables = AdvisoryCaseProcessTest.startVariables(false);
    ResponseEntity<Map> started = coach().postForEntity("/engine-rest/process-definition/key/{key}/start",
        Map.of("variables", typed(variables)), Map.class, AdvisoryCaseProcess.KEY);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) started.getBody().get("businessKey")).matches("BF-\\d{4}-\\d{5}");
    String id = (String) started.getBody().get("id");
    assertThat(runtime.getVariable(id, Var.CASE_OPENED_BY.name())).isEqualTo("coach.harz");

    String taskId = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(Element.CLEARING).singleResult().getId();
    Map<String, Object> clearing = new HashMap<>();
    clearing.put(Var.NEEDS.name(), Map.of("value", "[\"RECRUITING\"]", "type", "Json"));
    clearing.put(Var.PROBLEM_DESCRIPTION.name(), Map.of("value", "Keine Bewerbungen", "type", "String"));
    clearing.put(Var.URGENCY.name(), Map.of("value", "NORMAL", "type", "String"));
    ResponseEntity<Map> refused = coach().postForEntity("/engine-rest/task/{id}/complete",
        Map.of("variables", clearing), Map.class, taskId);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Eigene Lösungsideen des Unternehmens: Pflichtfeld");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtime.getVariable(id, Var.NEEDS.name())).isNull();

    clearing.put(Var.OWN_SOLUTION_IDEAS.name(), Map.of("value", "Eigene Ausbildung ausbauen"));
    clearing.put(Var.NEEDS.name(), Map.of("value", "[\"ASTROLOGIE\"]", "type", "Json"));
    ResponseEntity<Map> unknownNeed = coach().postForEntity("/engine-rest/task/{id}/complete",
        Map.of("variables", clearing), Map.class, taskId);
    assertThat(unknownNeed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknownNeed.getBody().get("detail"))
        .contains("Handlungsfelder: „ASTROLOGIE“ ist keine der angebotenen Möglichkeiten");
    assertThat(runtime.getVariable(id, Var.NEEDS.name())).isNull();
  }

  @Test
  @DisplayName("Eingang für andere Systeme: PFIFF eröffnet einen Fall – 201 mit Fallnummer und Location")
  @SuppressWarnings("unchecked")
  void intakeCreatesCase() {
    Map<String, Object> body = AdvisoryCaseProcessTest.startVariables(true);
    ResponseEntity<Map> response = http.withBasicAuth("pfiff.harz", PASSWORD).postForEntity("/api/advisory-cases", body, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String businessKey = (String) response.getBody().get("businessKey");
    String id = (String) response.getBody().get("processInstanceId");
    assertThat(businessKey).matches("BF-\\d{4}-\\d{5}");
    assertThat(response.getHeaders().getLocation()).hasToString("/engine-rest/process-instance/" + id);
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(businessKey);
    assertThat(runtime.getVariable(id, Var.CASE_OPENED_BY.name())).isEqualTo("pfiff.harz");
  }

  @Test
  @DisplayName("Eingang für andere Systeme: fehlerhafte Felder ergeben 400 mit deutscher Fehlerliste je Feld")
  @SuppressWarnings("unchecked")
  void intakeRefusesWithFieldErrors() {
    Map<String, Object> body = AdvisoryCaseProcessTest.startVariables(true);
    body.put(Var.DISTRICT.name(), "atlantis");
    body.put(Var.CONTACT_EMAIL.name(), "keine-adresse");
    body.put("salary", "geheim");
    ResponseEntity<Map> response = http.withBasicAuth("coach.harz", PASSWORD).postForEntity("/api/advisory-cases", body, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("fieldErrors");
    assertThat(errors).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("salary", Var.DISTRICT.name(), Var.CONTACT_EMAIL.name());
    assertThat(errors).filteredOn(e -> e.get("field").equals(Var.DISTRICT.name())).singleElement()
        .satisfies(e -> assertThat(e.get("message")).isEqualTo("„atlantis“ ist keine der angebotenen Möglichkeiten"));
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals(Var.COMPANY_NAME.name(), body.get(Var.COMPANY_NAME.name())).count()).isZero();

    // the consent must be given as yes or no — a rule of the case beyond its form
    Map<String, Object> withoutConsent = AdvisoryCaseProcessTest.startVariables(true);
    withoutConsent.remove(Var.CONSENT_DATA_SHARING.name());
    ResponseEntity<Map> noConsent = http.withBasicAuth("coach.harz", PASSWORD)
        .postForEntity("/api/advisory-cases", withoutConsent, Map.class);
    assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) noConsent.getBody().get("fieldErrors")).extracting(e -> e.get("field"))
        .containsExactly(Var.CONSENT_DATA_SHARING.name());
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals(Var.COMPANY_NAME.name(),
        withoutConsent.get(Var.COMPANY_NAME.name())).count()).isZero();
  }

  @Test
  @DisplayName("Eingang für andere Systeme: ohne Anmeldung 401, ohne Berechtigung (Transferzentrum) 403")
  void intakeNeedsAuthorizedUser() {
    Map<String, Object> body = AdvisoryCaseProcessTest.startVariables(true);
    assertThat(http.postForEntity("/api/advisory-cases", body, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map> forbidden = http.withBasicAuth("transfer", PASSWORD).postForEntity("/api/advisory-cases", body, Map.class);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals(Var.COMPANY_NAME.name(), body.get(Var.COMPANY_NAME.name())).count()).isZero();
  }

  private TestRestTemplate coach() {
    return http.withBasicAuth("coach.harz", PASSWORD);
  }

  /** Variables in the shape of the engine's REST API. */
  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name,
        Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    return typed;
  }
}
