package de.fachkraftimfokus.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A logged-in session of the Camunda webapps (Tasklist, Cockpit, Admin), as a browser holds it.
 *
 * <p>How the webapps protect their API: a session cookie ({@code JSESSIONID}) plus Camunda's CSRF
 * filter. Any request to the webapps creates a token in the HTTP session and returns it both as the
 * {@code XSRF-TOKEN} cookie and the {@code X-XSRF-TOKEN} response header; every modifying request
 * (POST, PUT, DELETE) — the login included — must echo it in the {@code X-XSRF-TOKEN} request header
 * together with the session cookie, or it is refused with 403. So: GET a page, remember cookies and
 * token, POST {@code /camunda/api/admin/auth/user/<engine>/login/<app>} with the form fields
 * {@code username} and {@code password}, keep the renewed session cookie, and GET
 * {@code /camunda/api/admin/auth/user/<engine>} for the new session's token before the next POST.
 */
public final class WebappSession {

  private final HttpProbe http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;
  private HttpResponse<String> loginResponse;

  private WebappSession(HttpProbe http) {
    this.http = http;
  }

  /** Logs in to the given app (e.g. {@code tasklist}) of the engine {@code default}. */
  public static WebappSession login(HttpProbe http, String user, String password, String app) {
    return login(http, "default", user, password, app);
  }

  public static WebappSession login(HttpProbe http, String engine, String user, String password, String app) {
    WebappSession session = new WebappSession(http);
    session.remember(http.get("/camunda/app/" + app + "/" + engine + "/").send());
    assertThat(session.csrfToken).as("CSRF-Token nach dem ersten Aufruf").isNotNull();
    HttpResponse<String> login = session.post("/camunda/api/admin/auth/user/" + engine + "/login/" + app,
        "username=" + encode(user) + "&password=" + encode(password), "application/x-www-form-urlencoded");
    assertThat(login.statusCode()).as("Anmeldung: " + login.body()).isEqualTo(200);
    session.loginResponse = login;
    // the login starts a new HTTP session (no session fixation) that has no token yet: like the
    // browser app, ask who is logged in, which hands out the new session's token
    HttpResponse<String> whoAmI = session.get("/camunda/api/admin/auth/user/" + engine);
    assertThat(whoAmI.statusCode()).as(whoAmI.body()).isEqualTo(200);
    return session;
  }

  /** The answer to the login POST, e.g. to inspect its {@code Set-Cookie} headers. */
  public HttpResponse<String> loginResponse() {
    return loginResponse;
  }

  public HttpResponse<String> get(String path) {
    return remember(withCookies(http.get(path)).send());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, json, "application/json");
  }

  /** Any method with a JSON body (null: none), with the session's cookies and CSRF token. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpProbe.Call call = http.call(method, path, json);
    if (csrfToken != null) {
      call.header("X-XSRF-TOKEN", csrfToken);
    }
    return remember(withCookies(call).send());
  }

  public HttpResponse<String> post(String path, String body, String contentType) {
    HttpProbe.Call call = http.post(path, body).header("Content-Type", contentType);
    if (csrfToken != null) {
      call.header("X-XSRF-TOKEN", csrfToken);
    }
    return remember(withCookies(call).send());
  }

  private HttpProbe.Call withCookies(HttpProbe.Call call) {
    if (!cookies.isEmpty()) {
      call.header("Cookie", cookies.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    return call;
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
    return response;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
