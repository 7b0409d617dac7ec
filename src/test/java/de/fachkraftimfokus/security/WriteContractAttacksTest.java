package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks of the write-contract issue, each as it was reproduced against the platform, and
 * what a user can still do afterwards: they are refused, and the state they aimed at is untouched.
 */
@PlatformTest
@DisplayName("Angriffe über die REST-API: abgewiesen, der Fall bleibt, wie er war")
class WriteContractAttacksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  private HttpProbe http;

  @BeforeEach
  void probe() {
    http = new HttpProbe(port);
  }

  @Test
  @DisplayName("Routing durch eingeschleuste Variablen: region = „harz,pfiff“ im Clearing wird abgewiesen; die Folgeaufgabe geht nur an die Regiocoaches Harz, PFIFF liest keine Kontaktdaten")
  void regionInjectionIsRefused() throws Exception {
    String caseId = start("coach.harz", false);
    Task clearing = task(caseId, AdvisoryCaseProcess.Element.CLEARING);
    Map<String, Object> variables = clearingVariables();
    variables.put(AdvisoryCaseProcess.Var.REGION.name(), value("harz,pfiff"));

    HttpResponse<String> refused = http.post("/engine-rest/task/" + clearing.getId() + "/complete",
        JSON.writeValueAsString(Map.of("variables", variables))).asDemo("coach.harz").send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("fieldErrors").findValuesAsText("field")).containsExactly("region");
    assertThat(runtimeService.getVariable(caseId, AdvisoryCaseProcess.Var.REGION.name())).isEqualTo("harz");
    variables.remove(AdvisoryCaseProcess.Var.REGION.name());
    assertThat(http.post("/engine-rest/task/" + clearing.getId() + "/complete",
        JSON.writeValueAsString(Map.of("variables", variables))).asDemo("coach.harz").send().statusCode()).isEqualTo(204);

    Task options = task(caseId, AdvisoryCaseProcess.Element.DEVELOP_OPTIONS);
    assertThat(taskService.getIdentityLinksForTask(options.getId()))
        .filteredOn(link -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType()))
        .extracting(IdentityLink::getGroupId).containsExactly("network-kmu-harz");
    // the coach who completed the clearing has the next step (identity.NextStepAssignment), nobody else
    assertThat(options.getAssignee()).isEqualTo("coach.harz");
    HttpResponse<String> read = http.get("/engine-rest/task/" + options.getId() + "/variables").asDemo("pfiff.halle").send();
    assertThat(read.statusCode()).isIn(403, 404);
    assertThat(read.body()).doesNotContain("Maria Muster");
    assertThat(http.get("/engine-rest/process-instance/" + caseId + "/variables").asDemo("pfiff.harz").send().body())
        .doesNotContain("Maria Muster");
  }

  @Test
  @DisplayName("acceptGroup = „pfiff-harz,transferzentren“ bei der Annahme wird abgewiesen; Transferzentren lesen die Weitervermittlung nicht")
  void acceptGroupInjectionIsRefused() throws Exception {
    String caseId = start("coach.harz", true);
    ProcessTestSupport.complete(taskService, caseId, AdvisoryCaseProcess.Element.CLEARING, Map.of(
        AdvisoryCaseProcess.Var.NEEDS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of("RECRUITING")),
        AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.name(), "Bewerbungen bleiben aus",
        AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.name(), "Eigene Azubis", AdvisoryCaseProcess.Var.URGENCY.name(), "NORMAL"));
    ProcessTestSupport.complete(taskService, caseId, AdvisoryCaseProcess.Element.DEVELOP_OPTIONS, Map.of(
        AdvisoryCaseProcess.Var.CASE_PATH.name(), "WEITERVERMITTLUNG",
        AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.name(),
        de.fachkraftimfokus.process.JsonVariables.json(List.of("pfiff-fachkraeftegewinnung")),
        AdvisoryCaseProcess.Var.OPTIONS_SUMMARY.name(), "besprochen"));
    ProcessInstance referral = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult();
    ProcessTestSupport.executeDueJobs(managementService, referral.getId());
    Task accept = task(referral.getId(), ReferralProcess.Element.ACCEPT_REFERRAL);

    HttpResponse<String> refused = http.post("/engine-rest/task/" + accept.getId() + "/complete",
        JSON.writeValueAsString(Map.of("variables", Map.of(ReferralProcess.Var.REFERRAL_DECISION.name(), value("ANNEHMEN"),
            ReferralProcess.Var.ACCEPT_GROUP.name(), value("pfiff-harz,transferzentren"))))).asDemo("pfiff.harz").send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(runtimeService.getVariable(referral.getId(), ReferralProcess.Var.ACCEPT_GROUP.name())).isEqualTo("pfiff-harz");
    assertThat(http.get("/engine-rest/process-instance/" + referral.getId() + "/variables").asDemo("transfer").send()
        .body()).doesNotContain("Maria Muster");
  }

  @Test
  @DisplayName("Geschäftszeichen wählt nie der Client: ein bestehendes und ein künftiges werden abgewiesen; der Rückzug trifft genau einen Fall")
  void businessKeysAreThePlatforms() throws Exception {
    String caseId = start("coach.harz", false);
    String key = runtimeService.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
    for (String spoofed : List.of(key, "BF-2099-99990")) {
      HttpResponse<String> response = http.post("/engine-rest/process-definition/key/advisory-case/start",
          JSON.writeValueAsString(Map.of("businessKey", spoofed, "variables", startVariables(false))))
          .asDemo("coach.harz").send();
      assertThat(response.statusCode()).as(spoofed).isEqualTo(400);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(spoofed).count())
          .isLessThanOrEqualTo(1);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isOne();
    assertThat(withdraw("coach.harz", key).statusCode()).isEqualTo(204);
    ProcessTestSupport.executeDueJobs(managementService, caseId);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(caseId).finished().count()).isOne();
  }

  @Test
  @DisplayName("Rückzug wie dokumentiert: die Regiocoaches der Region dürfen ihn senden (204), andere Regionen, PFIFF und die Geschäftsstelle nicht (403)")
  void withdrawalByTheRegionsCoaches() throws Exception {
    String caseId = start("coach.harz", false);
    String key = runtimeService.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
    for (String stranger : List.of("coach.halle", "pfiff.harz", "stk.gs")) {
      HttpResponse<String> refused = withdraw(stranger, key);
      assertThat(refused.statusCode()).as(stranger).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count()).isOne();
    assertThat(withdraw("coach.harz", key).statusCode()).isEqualTo(204);
    ProcessTestSupport.executeDueJobs(managementService, caseId);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseId).count()).isZero();
  }

  @Test
  @DisplayName("Eingaben, die früher 500 ergaben: 300 × „&“ im Namen wird angenommen, zu lange Texte und ein zu langer Ablehnungsgrund ergeben 400")
  void formerServerErrors() throws Exception {
    Map<String, Object> variables = startVariables(false);
    variables.put(AdvisoryCaseProcess.Var.COMPANY_NAME.name(), value("&".repeat(300)));
    variables.put(AdvisoryCaseProcess.Var.COMPANY_POSTCODE.name(), value("39" + String.format("%03d", Math.abs(UUID.randomUUID().hashCode() % 1000))));
    HttpResponse<String> ampersands = http.post("/engine-rest/process-definition/key/advisory-case/start",
        JSON.writeValueAsString(Map.of("variables", variables))).asDemo("coach.harz").send();
    assertThat(ampersands.statusCode()).as(ampersands.body()).isEqualTo(200);
    String caseId = JSON.readTree(ampersands.body()).get("id").asText();
    Number companyId = (Number) runtimeService.getVariable(caseId, AdvisoryCaseProcess.Var.COMPANY_ID.name());
    assertThat(jdbc.queryForObject("SELECT LENGTH(normalized_name) FROM fkif_company WHERE id = ?", Integer.class,
        companyId.longValue())).isEqualTo(900);

    variables = startVariables(false);
    variables.put(AdvisoryCaseProcess.Var.CONTACT_EMAIL.name(), value("a".repeat(4090) + "@example.org"));
    assertThat(http.post("/engine-rest/process-definition/key/advisory-case/start",
        JSON.writeValueAsString(Map.of("variables", variables))).asDemo("coach.harz").send().statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("Andere Türen: identity/verify nur für die Administration, Engine-Metriken und Cockpit-API nur für Leitung und Administration")
  void otherDoors() throws Exception {
    String verify = "{\"username\":\"admin\",\"password\":\"" + HttpProbe.ADMIN_PASSWORD + "\"}";
    assertThat(http.post("/engine-rest/identity/verify", verify).asDemo("coach.harz").send().statusCode()).isEqualTo(403);
    HttpResponse<String> admin = http.post("/engine-rest/identity/verify", verify).asAdmin().send();
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(admin.body()).get("authenticated").asBoolean()).isTrue();

    String metrics = "/engine-rest/metrics/activity-instance-start/sum";
    assertThat(http.get(metrics).asDemo("pfiff.harz").send().statusCode()).isEqualTo(403);
    assertThat(http.get(metrics).asDemo("leitung").send().statusCode()).isEqualTo(200);

    String cockpitApi = "/camunda/api/cockpit/plugin/base/default/process-instance/count";
    WebappSession partner = WebappSession.login(http, "pfiff.harz", HttpProbe.DEMO_PASSWORD, "tasklist");
    assertThat(partner.send("POST", cockpitApi, "{}").statusCode()).isEqualTo(403);
    WebappSession manager = WebappSession.login(http, "leitung", HttpProbe.DEMO_PASSWORD, "cockpit");
    assertThat(manager.send("POST", cockpitApi, "{}").statusCode()).isEqualTo(200);
  }

  // ------------------------------------------------------------------ helpers

  private HttpResponse<String> withdraw(String user, String businessKey) throws Exception {
    return http.post("/engine-rest/message", JSON.writeValueAsString(Map.of(
        "messageName", AdvisoryCaseProcess.MESSAGE_COMPANY_WITHDREW, "businessKey", businessKey))).asDemo(user).send();
  }

  private String start(String user, boolean consent) throws Exception {
    HttpResponse<String> response = http.post("/engine-rest/process-definition/key/advisory-case/start",
        JSON.writeValueAsString(Map.of("variables", startVariables(consent)))).asDemo(user).send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode started = JSON.readTree(response.body());
    return started.get("id").asText();
  }

  static Map<String, Object> startVariables(boolean consent) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AdvisoryCaseProcess.Var.COMPANY_NAME.name(), value("Angriffstest " + UUID.randomUUID().toString().substring(0, 8)));
    variables.put(AdvisoryCaseProcess.Var.COMPANY_POSTCODE.name(), value("38855"));
    variables.put(AdvisoryCaseProcess.Var.DISTRICT.name(), value("harz"));
    variables.put(AdvisoryCaseProcess.Var.SECTOR.name(), value("C"));
    variables.put(AdvisoryCaseProcess.Var.SIZE_BAND.name(), value("10-49"));
    variables.put(AdvisoryCaseProcess.Var.CONTACT_NAME.name(), value("Maria Muster"));
    variables.put(AdvisoryCaseProcess.Var.CONTACT_EMAIL.name(), value("m.muster@example.org"));
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SOURCE.name(), value("UNTERNEHMEN"));
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.name(), value("Sucht Fachkräfte"));
    variables.put(AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.name(), Map.of("value", consent, "type", "Boolean"));
    return variables;
  }

  static Map<String, Object> clearingVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AdvisoryCaseProcess.Var.NEEDS.name(), Map.of("value", "[\"RECRUITING\"]", "type", "Json"));
    variables.put(AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.name(), value("Bewerbungen bleiben aus"));
    variables.put(AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.name(), value("Eigene Azubis übernehmen"));
    variables.put(AdvisoryCaseProcess.Var.URGENCY.name(), value("NORMAL"));
    return variables;
  }

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private Task task(String processInstanceId, String key) {
    return ProcessTestSupport.task(taskService, processInstanceId, key);
  }
}
