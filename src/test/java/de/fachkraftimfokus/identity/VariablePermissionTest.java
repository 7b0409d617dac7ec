package de.fachkraftimfokus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Variables need their own permission (enforceSpecificVariablePermission): whoever works a task
 * reads its variables; Leitung/Controlling sees the cases but not the contact person.
 */
@PlatformTest
@DisplayName("Variablen nur für die, die die Aufgabe bearbeiten: Leitung sieht den Fall, nicht die Ansprechperson")
class VariablePermissionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService taskService;

  @Test
  @DisplayName("Leitung: Fall sichtbar, Variablen und ihre Historie nicht; der Regiocoach liest sie in seiner Aufgabe")
  void managersSeeCasesNotContacts() throws Exception {
    HttpProbe http = new HttpProbe(port);
    String contact = "Erika Vertraulich " + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AdvisoryCaseProcess.Var.COMPANY_NAME.name(), Map.of("value", "Rechte-Test " + UUID.randomUUID()));
    variables.put(AdvisoryCaseProcess.Var.COMPANY_POSTCODE.name(), Map.of("value", "38855"));
    variables.put(AdvisoryCaseProcess.Var.DISTRICT.name(), Map.of("value", "harz"));
    variables.put(AdvisoryCaseProcess.Var.SECTOR.name(), Map.of("value", "C"));
    variables.put(AdvisoryCaseProcess.Var.SIZE_BAND.name(), Map.of("value", "10-49"));
    variables.put(AdvisoryCaseProcess.Var.CONTACT_NAME.name(), Map.of("value", contact));
    variables.put(AdvisoryCaseProcess.Var.CONTACT_EMAIL.name(), Map.of("value", "e.vertraulich@example.org"));
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SOURCE.name(), Map.of("value", "UNTERNEHMEN"));
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.name(), Map.of("value", "Sucht Fachkräfte"));
    variables.put(AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.name(), Map.of("value", false));
    var started = http.post("/engine-rest/process-definition/key/advisory-case/start",
        JSON.writeValueAsString(Map.of("variables", variables))).asDemo("coach.harz").send();
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String caseId = JSON.readTree(started.body()).get("id").asText();

    assertThat(http.get("/engine-rest/process-instance?processDefinitionKey=advisory-case&maxResults=1000")
        .asDemo("leitung").send().body()).contains(caseId);
    assertThat(http.get("/engine-rest/process-instance/" + caseId + "/variables").asDemo("leitung").send().body())
        .doesNotContain(contact);
    assertThat(http.get("/engine-rest/variable-instance?processInstanceIdIn=" + caseId).asDemo("leitung").send()
        .body()).doesNotContain(contact);
    assertThat(http.get("/engine-rest/history/variable-instance?processInstanceId=" + caseId).asDemo("leitung")
        .send().body()).doesNotContain(contact);
    assertThat(http.get("/engine-rest/process-instance/" + caseId + "/variables").asDemo("coach.harz").send().body())
        .as("auch der Regiocoach liest den Fall nur über seine Aufgabe").doesNotContain(contact);

    String clearing = taskService.createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey(AdvisoryCaseProcess.Element.CLEARING).singleResult().getId();
    assertThat(http.get("/engine-rest/task/" + clearing + "/form-variables").asDemo("coach.harz").send().body())
        .contains(contact);
    assertThat(http.get("/engine-rest/task/" + clearing + "/form-variables").asDemo("leitung").send().body())
        .doesNotContain(contact);
  }
}
