package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.support.PlatformTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@PlatformTest
@DisplayName("Aktivitätsregister – Lese-API für Partner (/api/activities)")
class ActivityRegisterApiTest {

  static final String PASSWORD = "Fokus-Demo-2026";
  static final String OUTSIDER = "register.outsider";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void outsiderWithoutGroups() {
    if (identityService.createUserQuery().userId(OUTSIDER).count() == 0) {
      User user = identityService.newUser(OUTSIDER);
      user.setFirstName("Ohne");
      user.setLastName("Gruppe");
      user.setPassword("Aussen-Stehend-2026!");
      identityService.saveUser(user);
    }
  }

  @Test
  @DisplayName("Ohne Anmeldung 401, ohne Partnergruppe 403, Partner und Leitung lesen")
  void access() {
    assertThat(rest.getForEntity("/api/activities", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(OUTSIDER, "Aussen-Stehend-2026!").getForEntity("/api/activities", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("ms.referat", "/api/activities").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("leitung", "/api/activities").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("coach.harz", "/api/activities/AB-1999-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("Liste filtert nach Art, Branche, Region und Zeitraum; Detail zeigt Stellungnahmen und Überschneidungen")
  void listFilterAndDetail() throws Exception {
    ProcessInstance survey = announce(ActivityType.COMPANY_SURVEY, "C", "harz", "2041-03-01", "2041-04-30");
    ProcessInstance evaluation = announce(ActivityType.EVALUATION, "F", "halle", "2041-03-01", "2041-04-30");
    ProcessInstance laterSurvey = announce(ActivityType.COMPANY_SURVEY, "C", "altmark", "2041-06-01", "2041-06-30");
    String s = survey.getBusinessKey();
    String e = evaluation.getBusinessKey();
    String l = laterSurvey.getBusinessKey();

    assertThat(keys("/api/activities?from=2041-01-01&to=2041-12-31")).contains(s, e, l);
    assertThat(keys("/api/activities?type=COMPANY_SURVEY&from=2041-01-01&to=2041-12-31")).contains(s, l).doesNotContain(e);
    assertThat(keys("/api/activities?sector=F&from=2041-01-01&to=2041-12-31")).contains(e).doesNotContain(s, l);
    assertThat(keys("/api/activities?region=harz&from=2041-01-01&to=2041-12-31")).contains(s).doesNotContain(e, l);
    assertThat(keys("/api/activities?from=2041-05-01&to=2041-05-31")).doesNotContain(s, e, l);
    assertThat(get("stk.gs", "/api/activities?type=UMFRAGE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("stk.gs", "/api/activities?from=morgen").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // a statement in the register
    executeAsyncJobs(laterSurvey);
    String taskId = taskService.createTaskQuery().processInstanceId(laterSurvey.getId())
        .taskCandidateGroup(PartnerGroup.STK.id()).singleResult().getId();
    taskService.complete(taskId, Map.of(Var.STATEMENT.name(), StatementKind.ANMERKUNG.name(), Var.STATEMENT_TEXT.name(),
        "Bitte mit der Befragung im Harz abstimmen."));

    JsonNode detail = json.readTree(get("mw.referat", "/api/activities/" + l).getBody());
    assertThat(detail.get("businessKey").asText()).isEqualTo(l);
    assertThat(detail.get("typeLabel").asText()).isEqualTo("Unternehmensbefragung");
    assertThat(detail.get("stateLabel").asText()).isEqualTo("in Abstimmung");
    assertThat(detail.get("statements")).singleElement().satisfies(st -> {
      assertThat(st.get("partnerGroup").asText()).isEqualTo(PartnerGroup.STK.id());
      assertThat(st.get("statementLabel").asText()).isEqualTo("Anmerkung");
      assertThat(st.get("text").asText()).contains("Harz");
    });
    // 32 days after the first survey, same sector: survey fatigue
    assertThat(detail.get("overlaps")).singleElement().satisfies(o -> {
      assertThat(o.get("otherBusinessKey").asText()).isEqualTo(s);
      assertThat(o.get("link").asText()).isEqualTo("/api/activities/" + s);
      assertThat(o.get("reason").asText()).contains("Befragungsmüdigkeit");
    });
  }

  ProcessInstance announce(ActivityType type, String sector, String region, String start, String end) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ACTIVITY_TYPE.name(), type.name());
    variables.put(Var.TITLE.name(), type.germanName() + " " + sector + " " + region + " " + start);
    variables.put(Var.DESCRIPTION.name(), "Testaktivität für das Register");
    variables.put(Var.SECTORS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of(sector)));
    variables.put(Var.REGIONS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of(region)));
    variables.put(Var.SIZE_BANDS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of("10-49")));
    variables.put(Var.PERIOD_START.name(), start);
    variables.put(Var.PERIOD_END.name(), end);
    variables.put(Var.LEAD_PARTNER.name(), PartnerGroup.MW.id());
    variables.put(Var.EXPECTED_COMPANIES.name(), 120L);
    return runtimeService.startProcessInstanceByKey(CoordinationRequestProcess.KEY, variables);
  }

  void executeAsyncJobs(ProcessInstance pi) {
    managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
  }

  List<String> keys(String path) throws Exception {
    ResponseEntity<String> response = get("ms.referat", path);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> keys = new ArrayList<>();
    json.readTree(response.getBody()).forEach(node -> keys.add(node.get("businessKey").asText()));
    return keys;
  }
}
