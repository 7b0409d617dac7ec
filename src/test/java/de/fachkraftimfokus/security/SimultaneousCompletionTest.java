package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.contract.WriteContracts;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Two people complete the same task at once (in production possibly on two nodes): one wins, the
 * other learns in German that the task is done — whichever refusal the engine met first.
 */
@PlatformTest
@DisplayName("Zwei schließen dieselbe Aufgabe zugleich ab: einer gewinnt, der andere erfährt es auf Deutsch")
class SimultaneousCompletionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DONE = "Diese Aufgabe ist bereits abgeschlossen";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired WriteContracts contracts;

  private HttpProbe http;

  @BeforeEach
  void probe() {
    http = new HttpProbe(port);
  }

  @Test
  @DisplayName("Gewinnt der andere, während die Engine schon arbeitet (hier: keine Berechtigung mehr an der Aufgabe), antwortet die Plattform 409 mit deutschem Satz")
  void refusalAfterTheOtherWonBecomesConflict() throws Exception {
    Task clearing = clearingOfNewCase();
    byte[] body = JSON.writeValueAsBytes(Map.of("variables", WriteContractAttacksTest.clearingVariables()));
    MockHttpServletRequest request = submitRequest(clearing, body);
    MockHttpServletResponse response = new MockHttpServletResponse();
    EngineApiGuard guard = new EngineApiGuard(contracts, identityService, authorizationService);

    authenticateAsCoach();
    try {
      guard.doFilter(request, response, (passed, answer) -> {
        // the other coach wins just now; the engine then finds no authorization left on the task
        formService.submitTaskForm(clearing.getId(), Variables.fromMap(clearingValues()));
        ((jakarta.servlet.http.HttpServletResponse) answer).setStatus(403);
        answer.getOutputStream().write("{\"status\":403}".getBytes(StandardCharsets.UTF_8));
      });
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(409);
    assertThat(JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("detail").asText()).startsWith(DONE);
  }

  @Test
  @DisplayName("Ein Refusal der Engine bei einer offenen Aufgabe bleibt, was es ist")
  void refusalOfAnOpenTaskStays() throws Exception {
    Task clearing = clearingOfNewCase();
    MockHttpServletRequest request = submitRequest(clearing,
        JSON.writeValueAsBytes(Map.of("variables", WriteContractAttacksTest.clearingVariables())));
    MockHttpServletResponse response = new MockHttpServletResponse();
    authenticateAsCoach();
    try {
      new EngineApiGuard(contracts, identityService, authorizationService).doFilter(request, response, (passed, answer) -> {
        ((jakarta.servlet.http.HttpServletResponse) answer).setStatus(403);
        answer.getOutputStream().write("{\"status\":403}".getBytes(StandardCharsets.UTF_8));
      });
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString()).isEqualTo("{\"status\":403}");
  }

  @Test
  @DisplayName("Über HTTP, fünfmal gleichzeitig: je Fall genau ein 204 und ein 409 „bereits abgeschlossen“, die Aufgabe einmal erledigt")
  void overHttp() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        Task clearing = clearingOfNewCase();
        String body = JSON.writeValueAsString(Map.of("variables", WriteContractAttacksTest.clearingVariables()));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(pool.submit(() -> {
            together.await();
            return http.post("/engine-rest/task/" + clearing.getId() + "/submit-form", body).asDemo("coach.harz").send();
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        String loserDetail = null;
        for (Future<HttpResponse<String>> answer : answers) {
          HttpResponse<String> response = answer.get();
          statuses.add(response.statusCode());
          if (response.statusCode() != 204) {
            JsonNode problem = JSON.readTree(response.body());
            loserDetail = problem.path("detail").asText();
          }
        }
        assertThat(statuses).as("Runde %d", round).containsExactlyInAnyOrder(204, 409);
        assertThat(loserDetail).as("Runde %d", round).startsWith(DONE);
        assertThat(taskService.createTaskQuery().taskId(clearing.getId()).count()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** As the engine REST API authenticates coach.harz: with the groups the identity plan gives the user. */
  private void authenticateAsCoach() {
    identityService.setAuthentication("coach.harz", identityService.createGroupQuery().groupMember("coach.harz").list()
        .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
  }

  /** As the REST servlet sees it: servlet path and path info, which the guard routes by. */
  private static MockHttpServletRequest submitRequest(Task task, byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/" + task.getId() + "/submit-form");
    request.setServletPath("/engine-rest");
    request.setPathInfo("/task/" + task.getId() + "/submit-form");
    request.setContentType("application/json");
    request.setContent(body);
    return request;
  }

  private Task clearingOfNewCase() throws Exception {
    HttpResponse<String> started = http.post("/engine-rest/process-definition/key/advisory-case/start",
        JSON.writeValueAsString(Map.of("variables", WriteContractAttacksTest.startVariables(false)))).asDemo("coach.harz").send();
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String caseId = JSON.readTree(started.body()).get("id").asText();
    return ProcessTestSupport.task(taskService, caseId, AdvisoryCaseProcess.Element.CLEARING);
  }

  private static Map<String, Object> clearingValues() {
    return Map.of(AdvisoryCaseProcess.Var.NEEDS.name(), de.fachkraftimfokus.process.JsonVariables.json(List.of("RECRUITING")),
        AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.name(), "Bewerbungen bleiben aus",
        AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.name(), "Eigene Azubis", AdvisoryCaseProcess.Var.URGENCY.name(), "NORMAL");
  }
}
