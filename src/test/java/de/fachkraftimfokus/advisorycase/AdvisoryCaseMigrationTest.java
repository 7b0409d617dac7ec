package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Element;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcessTest.clearing;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcessTest.options;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcessTest.startVariables;
import static de.fachkraftimfokus.support.ProcessTestSupport.complete;
import static de.fachkraftimfokus.support.ProcessTestSupport.executeDueJobs;
import static de.fachkraftimfokus.support.ProcessTestSupport.fireTimer;
import static de.fachkraftimfokus.support.ProcessTestSupport.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.RestDeployment;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Instance migration on the real engine (issue 17): a process owner deploys a version 2 of the
 * advisory case from Modeler (REST, through the deployment gate) and moves running cases to it with
 * {@code /api/migrations}. Version 2 gives the clearing three weeks instead of two, renames
 * *Handlungsoptionen entwickeln* (same id), gives *Begleitplan erstellen* a new id, and drops
 * *Grundberatung dokumentieren* (the basic-advice path goes straight to closing the case).
 */
@PlatformTest
@DisplayName("Beratungsfall: laufende Fälle ziehen auf eine neue Version um")
class AdvisoryCaseMigrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The new id of createSupportPlan in version 2 (a fixture, not part of the contract). */
  static final String DRAFT_SUPPORT_PLAN = "draftSupportPlan";
  static final String NEW_DEVELOP_OPTIONS_NAME = "Handlungsoptionen mit dem Unternehmen entwickeln";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;

  private HttpProbe http;
  private String v2Deployment;

  @AfterEach
  void removeVersion2() {
    if (v2Deployment != null) {
      repository.deleteDeployment(v2Deployment, true);
    }
  }

  @Test
  @DisplayName("Clearing, Handlungsoptionen, laufende Weitervermittlung, Zwischenstand mit Timer, umbenannter Begleitplan: "
      + "alle ziehen um, Fristen und Timer stimmen, alle Fälle laufen zu Ende; ein Fall an der entfernten Aufgabe bleibt unberührt")
  void casesMoveToVersion2() throws Exception {
    http = new HttpProbe(port);
    ProcessDefinition v1 = repository.createProcessDefinitionQuery().processDefinitionKey(AdvisoryCaseProcess.KEY)
        .latestVersion().singleResult();

    ProcessInstance atClearing = start();
    Date clearingCreated = task(tasks, atClearing.getId(), Element.CLEARING).getCreateTime();
    ProcessInstance atOptions = start();
    complete(tasks, atOptions.getId(), Element.CLEARING, clearing(List.of("NETWORKING"), "NORMAL"));
    ProcessInstance inReferral = start();
    complete(tasks, inReferral.getId(), Element.CLEARING, clearing(List.of("RECRUITING"), "NORMAL"));
    complete(tasks, inReferral.getId(), Element.DEVELOP_OPTIONS, options("WEITERVERMITTLUNG", List.of("pfiff-fachkraeftegewinnung"), null));
    ProcessInstance referral = runtime.createProcessInstanceQuery().superProcessInstanceId(inReferral.getId()).singleResult();
    executeDueJobs(management, referral.getId());
    ProcessInstance inStatusRound = coordinated();
    complete(tasks, inStatusRound.getId(), Element.CREATE_SUPPORT_PLAN, Map.of(Var.SUPPORT_PLAN.name(), "Drei Partner"));
    fireTimer(management, inStatusRound.getId(), Element.STATUS_ROUND_DUE);
    BpmnAwareTests.assertThat(inStatusRound).isWaitingAt(Element.STATUS_ROUND, Element.CALL_REFERRAL);
    Job nextRound = statusRoundTimer(inStatusRound);
    ProcessInstance atSupportPlan = coordinated();
    ProcessInstance atBasicAdvice = start();
    complete(tasks, atBasicAdvice.getId(), Element.CLEARING, clearing(List.of("NETWORKING"), "NORMAL"));
    complete(tasks, atBasicAdvice.getId(), Element.DEVELOP_OPTIONS, options("GRUNDBERATUNG", List.of(), null));
    BpmnAwareTests.assertThat(atBasicAdvice).isWaitingAt(Element.DOCUMENT_BASIC_ADVICE);
    List<String> ours = Stream.of(atClearing, atOptions, inReferral, inStatusRound, atSupportPlan, atBasicAdvice)
        .map(ProcessInstance::getId).toList();

    // the process owner deploys version 2 from Modeler, forms included
    HttpResponse<String> deployed = version2(v1, port).sendAsDemo("prozess.owner");
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    v2Deployment = JSON.readTree(deployed.body()).get("id").asText();
    ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(AdvisoryCaseProcess.KEY)
        .latestVersion().singleResult();
    assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());

    // proposal: equal ids, the renamed plan task by its name, the dropped task named
    ObjectNode request = JSON.createObjectNode().put("processKey", AdvisoryCaseProcess.KEY)
        .put("sourceVersion", v1.getVersion()).put("targetVersion", v2.getVersion());
    JsonNode proposal = post("/api/migrations/proposal", request, 200);
    assertThat(mapping(proposal, Element.CREATE_SUPPORT_PLAN)).isEqualTo(DRAFT_SUPPORT_PLAN);
    assertThat(reason(proposal, Element.CREATE_SUPPORT_PLAN)).isEqualTo("gleicher Name, neue ID");
    assertThat(mapping(proposal, Element.CLEARING)).isEqualTo(Element.CLEARING);
    assertThat(mapping(proposal, Element.CALL_REFERRAL + "#multiInstanceBody")).isEqualTo(Element.CALL_REFERRAL + "#multiInstanceBody");
    assertThat(mapping(proposal, Element.STATUS_ROUND_DUE)).isEqualTo(Element.STATUS_ROUND_DUE);
    assertThat(proposal.get("notMapped").findValuesAsText("activityId")).contains(Element.DOCUMENT_BASIC_ADVICE);

    ArrayNode mappings = JSON.createArrayNode();
    proposal.get("mappings").forEach(m -> mappings.addObject().put("sourceActivityId", m.get("sourceActivityId").asText())
        .put("targetActivityId", m.get("targetActivityId").asText()));
    request.set("mappings", mappings);
    ArrayNode ids = request.putArray("processInstanceIds");
    ours.forEach(ids::add);

    // validation: five can move, the basic-advice case cannot, and why
    JsonNode validation = post("/api/migrations/validation", request, 200);
    assertThat(validation.get("planValid").asBoolean()).isTrue();
    assertThat(validation.get("migratable").asInt()).isEqualTo(5);
    JsonNode stuck = instance(validation, atBasicAdvice.getId());
    assertThat(stuck.get("migratable").asBoolean()).isFalse();
    assertThat(stuck.get("reasons").get(0).asText()).startsWith("documentBasicAdvice (Grundberatung dokumentieren)")
        .contains("keiner Aktivität der neuen Version zuordnet");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).as("Prüfen ändert nichts").isZero();

    // an unknown variable as default is refused in German
    ObjectNode withTypo = request.deepCopy();
    withTypo.putObject("variables").put("compnyName", "x");
    assertThat(post("/api/migrations/validation", withTypo, 400).get("detail").asText()).contains("compnyName", "keine Variable");

    // run: a batch, the stuck case left where it is
    JsonNode started = post("/api/migrations", request, 202);
    assertThat(started.get("instances").asInt()).isEqualTo(5);
    assertThat(started.get("leftUntouched").findValuesAsText("processInstanceId")).containsExactly(atBasicAdvice.getId());
    String batchId = started.get("batchId").asText();
    assertThat(get("/api/migrations/" + batchId).get("finished").asBoolean()).isFalse();
    runBatch(batchId);
    JsonNode progress = get("/api/migrations/" + batchId);
    assertThat(progress.get("finished").asBoolean()).isTrue();
    assertThat(progress.get("migrated").asInt()).isEqualTo(5);
    assertThat(progress.get("instances").findValuesAsText("state")).containsOnly("umgezogen");

    for (ProcessInstance moved : List.of(atClearing, atOptions, inReferral, inStatusRound, atSupportPlan)) {
      assertThat(definitionOf(moved)).isEqualTo(v2.getId());
    }
    assertThat(definitionOf(atBasicAdvice)).isEqualTo(v1.getId());

    // due dates and names as version 2 says, counted from the task's creation; timers unchanged
    Task clearingTask = task(tasks, atClearing.getId(), Element.CLEARING);
    assertThat(Duration.between(clearingCreated.toInstant(), clearingTask.getDueDate().toInstant()).toDays()).isEqualTo(21);
    assertThat(task(tasks, atOptions.getId(), Element.DEVELOP_OPTIONS).getName()).isEqualTo(NEW_DEVELOP_OPTIONS_NAME);
    Task planTask = task(tasks, atSupportPlan.getId(), DRAFT_SUPPORT_PLAN);
    assertThat(planTask.getProcessDefinitionId()).isEqualTo(v2.getId());
    Job roundAfter = statusRoundTimer(inStatusRound);
    assertThat(roundAfter.getDuedate()).isEqualTo(nextRound.getDuedate());
    assertThat(roundAfter.getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(inReferral.getId()).singleResult().getId())
        .isEqualTo(referral.getId());

    // every case runs to its end on its version
    complete(tasks, atClearing.getId(), Element.CLEARING, clearing(List.of("NETWORKING"), "NORMAL"));
    BpmnAwareTests.assertThat(atClearing).isWaitingAt(Element.DEVELOP_OPTIONS);
    assertThat(task(tasks, atClearing.getId(), Element.DEVELOP_OPTIONS).getName()).isEqualTo(NEW_DEVELOP_OPTIONS_NAME);
    complete(tasks, atClearing.getId(), Element.DEVELOP_OPTIONS, options("GRUNDBERATUNG", List.of(), null));
    closeCase(atClearing);
    complete(tasks, atOptions.getId(), Element.DEVELOP_OPTIONS, options("GRUNDBERATUNG", List.of(), null));
    closeCase(atOptions);
    acceptAndReport(referral);
    closeCase(inReferral);
    complete(tasks, inStatusRound.getId(), Element.STATUS_ROUND, Map.of(Var.STATUS_NOTE.name(), "Alle im Gespräch"));
    finishCoordinated(inStatusRound);
    complete(tasks, atSupportPlan.getId(), DRAFT_SUPPORT_PLAN, Map.of(Var.SUPPORT_PLAN.name(), "Drei Partner"));
    finishCoordinated(atSupportPlan);
    complete(tasks, atBasicAdvice.getId(), Element.DOCUMENT_BASIC_ADVICE, Map.of(
        Var.BASIC_ADVICE_TOPICS.name(), JsonVariables.json(List.of("FUNDING")), Var.BASIC_ADVICE_NOTE.name(), "Förderung erläutert"));
    closeCase(atBasicAdvice);
    for (ProcessInstance instance : List.of(atClearing, atOptions, inReferral, inStatusRound, atSupportPlan, atBasicAdvice)) {
      BpmnAwareTests.assertThat(instance).isEnded();
    }
  }

  @Test
  @DisplayName("Nur Prozessverantwortliche und Administration migrieren; falsche Eingaben ergeben 400 auf Deutsch")
  void onlyOwnersMigrate() throws Exception {
    http = new HttpProbe(port);
    String body = "{\"processKey\":\"advisory-case\",\"sourceVersion\":1,\"targetVersion\":2}";
    assertThat(http.post("/api/migrations/validation", body).asDemo("coach.harz").send().statusCode()).isEqualTo(403);
    assertThat(http.post("/api/migrations/validation", body).asDemo("leitung").send().statusCode()).isEqualTo(403);
    assertThat(http.post("/api/migrations/validation", body).send().statusCode()).isEqualTo(401);
    HttpResponse<String> unknown = http.post("/api/migrations/proposal",
        "{\"processKey\":\"advisory-case\",\"sourceVersion\":1,\"targetVersion\":9999}").asDemo("prozess.owner").send();
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.body()).contains("Version 9999");
    HttpResponse<String> versions = http.get("/api/migrations/versions?processKey=advisory-case").asDemo("prozess.owner").send();
    assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
    assertThat(JSON.readTree(versions.body()).findValuesAsText("definitionId")).isNotEmpty();
    // the engine REST API: migration for the owners without variables only, not for partners
    assertThat(http.post("/engine-rest/migration/execute", "{\"migrationPlan\":{\"variables\":{\"region\":{\"value\":\"pfiff\"}}}}")
        .asDemo("prozess.owner").send().statusCode()).isEqualTo(400);
    assertThat(http.post("/engine-rest/migration/execute", "{}").asDemo("coach.harz").send().statusCode()).isEqualTo(403);
    // and no messages from the owners to running cases
    assertThat(http.post("/engine-rest/message", "{\"messageName\":\"CompanyWithdrew\",\"businessKey\":\"BF-2026-00001\"}")
        .asDemo("prozess.owner").send().statusCode()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ version 2

  /** advisory-case.bpmn as the owner changed it in Modeler, with the forms it uses. */
  static RestDeployment version2(ProcessDefinition v1, int port) throws IOException {
    String model = Files.readString(Path.of("bpmn/advisory-case.bpmn"));
    String v2 = v2Xml(model, v1.getVersionTag());
    RestDeployment deployment = new RestDeployment(port, "advisory-case – Clearing in drei Wochen").file("advisory-case.bpmn", v2);
    Matcher refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(v2);
    List<String> formIds = new ArrayList<>();
    while (refs.find()) {
      formIds.add(refs.group(1));
    }
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.sorted().toList()) {
        String text = Files.readString(form);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+Form)\"").matcher(text);
        if (id.find() && formIds.contains(id.group(1))) {
          deployment.file(form.getFileName().toString(), text);
        }
      }
    }
    return deployment;
  }

  static String v2Xml(String model, String v1Tag) {
    String v2 = model.replace("camunda:versionTag=\"" + v1Tag + "\"", "camunda:versionTag=\"" + nextMajor(v1Tag) + "\"");
    // clearing: three weeks instead of two
    v2 = v2.replaceFirst("(<bpmn:userTask id=\"clearing\"[^>]*camunda:dueDate=\"\\$\\{dateTime\\(\\)\\.plusDays\\()14(\\))", "$121$2");
    // develop options: new name, same id
    v2 = v2.replace("id=\"developOptions\" name=\"Handlungsoptionen entwickeln\"", "id=\"developOptions\" name=\"" + NEW_DEVELOP_OPTIONS_NAME + "\"");
    // support plan: new id, same name
    v2 = v2.replace("\"createSupportPlan\"", "\"" + DRAFT_SUPPORT_PLAN + "\"");
    // basic advice documented when closing the case: the task goes, its path leads to the close
    v2 = v2.replaceAll("(?s)\\s*<bpmn:userTask id=\"documentBasicAdvice\".*?</bpmn:userTask>", "");
    v2 = v2.replaceAll("\\s*<bpmn:sequenceFlow id=\"basicAdviceDone\"[^>]*/>", "");
    v2 = v2.replace("<bpmn:incoming>basicAdviceDone</bpmn:incoming>", "<bpmn:incoming>pathBasicAdvice</bpmn:incoming>");
    v2 = v2.replace("sourceRef=\"gwPath\" targetRef=\"documentBasicAdvice\"", "sourceRef=\"gwPath\" targetRef=\"gwCloseJoin\"");
    v2 = v2.replaceAll("(?s)\\s*<bpmndi:BPMNShape id=\"documentBasicAdvice_di\".*?</bpmndi:BPMNShape>", "");
    v2 = v2.replaceAll("(?s)\\s*<bpmndi:BPMNEdge id=\"basicAdviceDone_di\".*?</bpmndi:BPMNEdge>", "");
    v2 = v2.replaceAll("(?s)(<bpmndi:BPMNEdge id=\"pathBasicAdvice_di\" bpmnElement=\"pathBasicAdvice\">.*?)<di:waypoint x=\"2190\" y=\"700\" />",
        "$1<di:waypoint x=\"3850\" y=\"700\" />\n        <di:waypoint x=\"3850\" y=\"225\" />");
    assertThat(v2).doesNotContain("documentBasicAdvice\"", "basicAdviceDone").contains("plusDays(21)", NEW_DEVELOP_OPTIONS_NAME);
    return v2;
  }

  private static String nextMajor(String tag) {
    String major = tag == null ? "1" : tag.split("\\.")[0];
    return (Integer.parseInt(major) + 1) + ".0";
  }

  // ------------------------------------------------------------------ helpers

  private void runBatch(String batchId) {
    for (int round = 0; round < 50; round++) {
      Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
      if (batch == null) {
        return;
      }
      List<Job> jobs = new ArrayList<>();
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())) {
        jobs.addAll(management.createJobQuery().jobDefinitionId(definition).list());
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Batch " + batchId + " kommt nicht zu Ende");
  }

  private JsonNode post(String path, JsonNode body, int status) throws Exception {
    HttpResponse<String> response = http.post(path, JSON.writeValueAsString(body)).asDemo("prozess.owner").send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = http.get(path).asDemo("prozess.owner").send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String mapping(JsonNode proposal, String source) {
    for (JsonNode m : proposal.get("mappings")) {
      if (m.get("sourceActivityId").asText().equals(source)) {
        return m.get("targetActivityId").asText();
      }
    }
    return null;
  }

  private static String reason(JsonNode proposal, String source) {
    for (JsonNode m : proposal.get("mappings")) {
      if (m.get("sourceActivityId").asText().equals(source)) {
        return m.get("reason").asText();
      }
    }
    return null;
  }

  private static JsonNode instance(JsonNode validation, String id) {
    for (JsonNode check : validation.get("instances")) {
      if (check.get("processInstanceId").asText().equals(id)) {
        return check;
      }
    }
    throw new AssertionError("Instanz " + id + " fehlt in " + validation);
  }

  private String definitionOf(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
  }

  private Job statusRoundTimer(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(Element.STATUS_ROUND_DUE)
        .singleResult();
  }

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, startVariables(true));
  }

  /** A coordinated case waiting at the support plan (three referrals to come). */
  private ProcessInstance coordinated() {
    ProcessInstance pi = start();
    complete(tasks, pi.getId(), Element.CLEARING, clearing(List.of("RECRUITING", "GRADUATES", "APPRENTICESHIP"), "HOCH"));
    complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, options("KOORDINIERTE_BEGLEITUNG",
        List.of("pfiff-fachkraeftegewinnung", "transferzentren-matching", "ausbildungscoaches-ausbildung"), null));
    return pi;
  }

  private void finishCoordinated(ProcessInstance pi) {
    for (ProcessInstance referral : runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()) {
      executeDueJobs(management, referral.getId());
      acceptAndReport(referral);
    }
    complete(tasks, pi.getId(), Element.EVALUATE_SUPPORT, Map.of(Var.GOALS_REACHED.name(), "TEILWEISE",
        Var.SUPPORT_EVALUATION.name(), "Zwei Fachkräfte gewonnen"));
    closeCase(pi);
  }

  private void acceptAndReport(ProcessInstance referral) {
    Map<String, Object> accept = new HashMap<>(Map.of(ReferralProcess.Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT));
    complete(tasks, referral.getId(), ReferralProcess.Element.ACCEPT_REFERRAL, accept);
    complete(tasks, referral.getId(), ReferralProcess.Element.DOCUMENT_FIRST_CONTACT, Map.of(
        ReferralProcess.Var.FIRST_CONTACT_DATE.name(), "2026-12-01", ReferralProcess.Var.FIRST_CONTACT_NOTE.name(), "Termin"));
    complete(tasks, referral.getId(), ReferralProcess.Element.REPORT_RESULT, Map.of(
        ReferralProcess.Var.REFERRAL_OUTCOME.name(), "ABGESCHLOSSEN", ReferralProcess.Var.RESULT_SUMMARY.name(), "Stelle besetzt"));
  }

  private void closeCase(ProcessInstance pi) {
    complete(tasks, pi.getId(), Element.CLOSE_CASE, Map.of(Var.CASE_OUTCOME.name(), "GELOEST",
        Var.COMPANY_OWN_ACTIONS.name(), "Macht es jetzt selbst"));
  }
}
