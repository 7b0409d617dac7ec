package de.fachkraftimfokus.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real HTTP against the platform on its random port, with exactly the headers a test gives — no
 * cookie jar, no redirects — so tests see what a browser or another system would see.
 */
public final class HttpProbe {

  public static final String DEMO_PASSWORD = "Fokus-Demo-2026";
  public static final String ADMIN_USER = "admin";
  public static final String ADMIN_PASSWORD = "Dachmarke-2026!";

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final String base;

  public HttpProbe(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Call get(String path) {
    return new Call("GET", path, BodyPublishers.noBody());
  }

  public Call post(String path, String json) {
    return new Call("POST", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .header("Content-Type", "application/json");
  }

  public Call post(String path, byte[] body, boolean chunked) {
    BodyPublisher publisher = chunked
        ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) // no length → chunked
        : BodyPublishers.ofByteArray(body);
    return new Call("POST", path, publisher).header("Content-Type", "application/json");
  }

  /** Any method with a JSON body (null: none). */
  public Call call(String method, String path, String json) {
    Call call = new Call(method, path, json == null ? BodyPublishers.noBody()
        : BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    return json == null ? call : call.header("Content-Type", "application/json");
  }

  public Call postForm(String path, String form) {
    return new Call("POST", path, BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .header("Content-Type", "application/x-www-form-urlencoded");
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** One request being put together. */
  public final class Call {
    private final String method;
    private final String path;
    private final BodyPublisher body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Call(String method, String path, BodyPublisher body) {
      this.method = method;
      this.path = path;
      this.body = body;
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call as(String user, String password) {
      return header("Authorization", basic(user, password));
    }

    public Call asDemo(String user) {
      return as(user, DEMO_PASSWORD);
    }

    public Call asAdmin() {
      return as(ADMIN_USER, ADMIN_PASSWORD);
    }

    public HttpResponse<String> send() {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(60))
          .method(method, body);
      headers.forEach(request::header);
      try {
        return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(method + " " + path + " fehlgeschlagen: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
