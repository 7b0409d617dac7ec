package de.fachkraftimfokus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.bench.Workload.Step;
import de.fachkraftimfokus.bench.Workload.Typed;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The REST API as Tasklist drives it: HTTP Basic as the demo user, JSON bodies, keep-alive. */
final class RestDriver implements Driver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TASK_WAIT = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String password;

  RestDriver(int port, String password) {
    this.base = "http://127.0.0.1:" + port;
    this.password = password;
  }

  @Override
  public Instance start(Workload workload, boolean twin) {
    String key = twin ? workload.twinKey() : workload.processKey();
    JsonNode started = send(workload.starter(), "POST",
        "/engine-rest/process-definition/key/" + key + "/submit-form", Map.of("variables", typed(workload.freshStart())));
    return new Instance(started.path("id").asText(), twin ? null : started.path("businessKey").asText(null));
  }

  @Override
  public long complete(Instance instance, Step step, String taskKey) {
    String query = "/engine-rest/task?taskDefinitionKey=" + taskKey + (instance.businessKey() == null
        ? "&processInstanceId=" + instance.id()
        : "&processInstanceBusinessKeyLike=" + URLEncoder.encode(instance.businessKey() + "%", StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TASK_WAIT.toNanos();
    JsonNode tasks = send(step.user(), "GET", query, null);
    while (tasks.isEmpty()) {
      // the step before handed over asynchronously (a referral's notification): wait as a user would
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Aufgabe " + taskKey + " erschien nicht für " + step.user() + " in " + instance);
      }
      sleep(Driver.POLL_MILLIS);
      tasks = send(step.user(), "GET", query, null);
    }
    String taskId = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull() || tasks.get(0).path("assignee").isMissingNode()) {
      send(step.user(), "POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", step.user()));
    }
    long started = System.nanoTime();
    send(step.user(), "POST", "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(step.values())));
    return System.nanoTime() - started;
  }

  /** A GET as the user; returns the time in nanoseconds (for the filter and Cockpit timings). */
  long time(String user, String method, String path, Object body, String accept) {
    long started = System.nanoTime();
    exchange(user, method, path, body, accept);
    return System.nanoTime() - started;
  }

  JsonNode send(String user, String method, String path, Object body) {
    String text = exchange(user, method, path, body, "application/json");
    try {
      return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("keine JSON-Antwort auf " + method + " " + path + ": " + text, e);
    }
  }

  private String exchange(String user, String method, String path, Object body, String accept) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(120))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
          .header("Accept", accept);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " als " + user + ": " + response.statusCode() + " "
            + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> typed(Map<String, Typed> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, typed) -> variables.put(name, Map.of("value", typed.value(), "type", typed.type())));
    return variables;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
