package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mitigation of the JUEL-in-task-queries weakness of 7.24.0 CE: every way to smuggle an expression
 * into a task query — query parameters, JSON bodies, {@code orQueries} at any depth, unicode
 * escapes, filter executions, the webapps' own API — ends in 400 with the German message, and the
 * expression never runs (the {@link ExpressionCanary} is never touched). Harmless queries and the
 * platform's stored filters keep working.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryExpressionGuardTest {

  static final String GERMAN_MESSAGE = "Ausdrücke (${…} oder #{…}) sind in Abfragen nicht erlaubt.";
  private static final String PROCESS_KEY = "fkif-test-guard";
  private static final String TASK = "guardTask";
  private static final String USER = "pfiff.harz";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ExpressionCanary canary;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;

  private HttpProbe http;
  private Deployment deployment;
  private String assignedTaskId;
  private int touchedBefore;

  /**
   * Once per class, in its first test: the engine records process test coverage only while a test
   * method runs (camunda-process-test-coverage refuses events outside one).
   */
  @BeforeEach
  void deployATaskForTheUser() {
    if (deployment != null) {
      return;
    }
    http = new HttpProbe(port);
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
        .startEvent().userTask(TASK).camundaAssignee(USER).endEvent().done();
    deployment = repositoryService.createDeployment().addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
    assignedTaskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  @AfterAll
  void undeploy() {
    repositoryService.deleteDeployment(deployment.getId(), true, true, true);
  }

  @BeforeEach
  void rememberCanary() {
    touchedBefore = canary.touched();
  }

  @AfterEach
  void expressionNeverRan() {
    assertThat(canary.touched()).as("Ausdruck wurde ausgewertet").isEqualTo(touchedBefore);
  }

  @Test
  @DisplayName("Die Schwachstelle ist echt: die Engine selbst wertet Ausdrücke in verschachtelten orQueries aus")
  void theEngineWouldEvaluateIt() {
    taskService.createTaskQuery().or().taskAssigneeExpression(ExpressionCanary.EXPRESSION).endOr().list();
    int touched = canary.touched();
    touchedBefore = touched; // the engine call above is the proof, not the guard's failure
    assertThat(touched).as("Engine wertet orQuery-Ausdruck aus").isPositive();
  }

  @ParameterizedTest(name = "GET-Parameter {0}")
  @ValueSource(strings = {"nameLikeExpression", "assigneeExpression", "candidateGroupsExpression", "dueBeforeExpression"})
  void queryParameters(String parameter) {
    assertRejected(http.get("/engine-rest/task?" + parameter + "=" + encoded(ExpressionCanary.EXPRESSION)).asDemo(USER).send());
    assertRejected(http.get("/engine-rest/task/count?" + parameter + "=" + encoded("#{" + ExpressionCanary.BEAN_NAME + ".touch()}")).asDemo(USER).send());
  }

  @ParameterizedTest(name = "POST {0}")
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/task/count", "/engine-rest/task/"})
  void bodies(String path) {
    for (String body : smuggledBodies()) {
      assertRejected(http.post(path, body).asDemo(USER).send());
    }
  }

  @Test
  @DisplayName("Auch Umwege über den Pfad (;-Parameter, %-Kodierung) werden abgewiesen")
  void pathTricks() {
    String body = smuggledBodies().get(1);
    assertRejected(http.post("/engine-rest/task;x=y", body).asDemo(USER).send());
    assertRejected(http.post("/engine-rest/%74ask", body).asDemo(USER).send());
    assertRejected(http.post("/engine-rest//task/count", body).asDemo(USER).send());
  }

  @Test
  @DisplayName("Doppelte Schlüssel im JSON werden nicht geraten, sondern abgewiesen")
  void duplicateKeys() {
    HttpResponse<String> response = http.post("/engine-rest/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + ExpressionCanary.EXPRESSION + "\"}],\"orQueries\":[]}")
        .asDemo(USER).send();
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  @DisplayName("Filter ausführen: die erweiternde Abfrage im Body wird geprüft")
  void filterExecution() {
    String filterId = myTasksFilter().getId();
    for (String body : smuggledBodies()) {
      assertRejected(http.post("/engine-rest/filter/" + filterId + "/list", body).asDemo(USER).send());
      assertRejected(http.post("/engine-rest/filter/" + filterId + "/count", body).asDemo(USER).send());
      assertRejected(http.post("/engine-rest/filter/" + filterId + "/singleResult", body).asDemo(USER).send());
    }
  }

  @Test
  @DisplayName("Über die API der Webanwendungen (Tasklist-Sitzung mit CSRF-Token) ebenso")
  void webappApi() {
    WebappSession tasklist = WebappSession.login(http, USER, HttpProbe.DEMO_PASSWORD, "tasklist");
    String api = "/camunda/api/engine/engine/default";
    // harmless first: the session and the token work
    assertThat(tasklist.postJson(api + "/task", "{\"orQueries\":[{\"nameLike\":\"%x%\"}]}").statusCode()).isEqualTo(200);
    for (String body : smuggledBodies()) {
      assertRejected(tasklist.postJson(api + "/task", body));
      assertRejected(tasklist.postJson(api + "/task/count", body));
      assertRejected(tasklist.postJson(api + "/filter/" + myTasksFilter().getId() + "/list", body));
    }
    assertRejected(tasklist.get(api + "/task?assigneeExpression=" + encoded(ExpressionCanary.EXPRESSION)));
  }

  @Test
  @DisplayName("Harmlose Abfragen funktionieren weiter (200)")
  void harmlessQueriesWork() throws Exception {
    assertThat(http.get("/engine-rest/task?nameLike=%25Test%25&maxResults=10").asDemo(USER).send().statusCode()).isEqualTo(200);
    assertThat(http.post("/engine-rest/task", "{\"orQueries\":[{\"nameLike\":\"%x%\"},{\"assignee\":\"pfiff.harz\"}]}")
        .asDemo(USER).send().statusCode()).isEqualTo(200);
    HttpResponse<String> count = http.post("/engine-rest/task/count", "{\"assignee\":\"pfiff.harz\",\"description\":\"Preis 5 $ netto, Kürzel #1\"}")
        .asDemo(USER).send();
    assertThat(count.statusCode()).isEqualTo(200);
    // values that are no query (task variables, process variables) may contain anything
    assertThat(http.post("/engine-rest/task/" + assignedTaskId + "/localVariables", "{\"modifications\":{}}")
        .asDemo(USER).send().statusCode()).isIn(204, 403);
  }

  @Test
  @DisplayName("Gespeicherte Filter mit ${currentUser()} funktionieren über /filter/{id}/list weiter")
  void storedFiltersStillWork() throws Exception {
    String filterId = myTasksFilter().getId();
    assertThat(ids(http.post("/engine-rest/filter/" + filterId + "/list", "{}").asDemo(USER).send())).contains(assignedTaskId);
    assertThat(ids(http.get("/engine-rest/filter/" + filterId + "/list").asDemo(USER).send())).contains(assignedTaskId);
    assertThat(ids(http.post("/engine-rest/filter/" + filterId + "/list", "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")
        .asDemo(USER).send())).contains(assignedTaskId);
    assertThat(ids(http.post("/engine-rest/filter/" + filterId + "/list", "{}").asDemo("pfiff.halle").send()))
        .doesNotContain(assignedTaskId);
  }

  @Test
  @DisplayName("Modeler-Deployments über REST mit Ausdrücken im Modell bleiben möglich")
  void deploymentsWithExpressionsStillWork() throws Exception {
    // a real table with a raised versionTag (the deployment gate checks every deployment a user sends),
    // with an expression in its text: the guard of the query bodies lets it through
    String latestTag = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("case-path")
        .latestVersion().singleResult().getVersionTag();
    String model = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/case-path.dmn"))
        .replace("camunda:versionTag=\"" + latestTag + "\"", "camunda:versionTag=\"" + latestTag + ".1\"")
        .replaceFirst("<description>", "<description>Beispiel mit \\${initiator}. ");
    String boundary = "fkifBoundary";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nfkif-test-guard-deploy\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"case-path.dmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n"
        + "--" + boundary + "--\r\n";
    HttpResponse<String> response = http.post("/engine-rest/deployment/create", body)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).asAdmin().send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    repositoryService.createDeploymentQuery().deploymentName("fkif-test-guard-deploy").list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  private static List<String> smuggledBodies() {
    String e = ExpressionCanary.EXPRESSION;
    String escaped = e.replace("$", "\\u0024");
    String hash = "#{" + ExpressionCanary.BEAN_NAME + ".touch()}";
    return List.of(
        "{\"assigneeExpression\":\"" + e + "\"}",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + e + "\"}]}",
        "{\"orQueries\":[{\"orQueries\":[{\"orQueries\":[{\"nameLikeExpression\":\"" + e + "\"}]}]}]}",
        "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + escaped + "\"}]}",
        "{\"orQueries\":[{\"dueBeforeExpression\":\"" + hash + "\"}]}",
        "{\"assignee\":\"x\",\"orQueries\":[{},{\"orQueries\":[{\"followUpBeforeExpression\":\"\\u0024\\u007b" + ExpressionCanary.BEAN_NAME + ".touch()}\"}]}]}");
  }

  private Filter myTasksFilter() {
    return filterService.createFilterQuery().filterName("Meine Aufgaben").singleResult();
  }

  private static void assertRejected(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(GERMAN_MESSAGE);
  }

  private static String encoded(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode node : JSON.readTree(response.body())) {
      ids.add(node.get("id").asText());
    }
    return ids;
  }
}
