package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.FachkraftApplication;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.WebappSession;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code prod} profile as it really starts — on H2 instead of PostgreSQL, on a free local port.
 * Refusals happen before any context exists and are checked in this JVM (command-line arguments,
 * which outrank the test run's system properties); the successful start runs in a JVM of its own.
 */
class ProductionProfileTest {

  private static final String ADMIN = "betrieb";
  private static final String STRONG = "Anlage-Sicher-2026#";

  @Test
  @DisplayName("prod startet nicht ohne ADMIN_PASSWORD")
  void refusesWithoutPassword() {
    // ADMIN_PASSWORD unset: the placeholder in application-prod.yml stays unresolved
    if (System.getenv("ADMIN_PASSWORD") == null) {
      assertRefused("--ADMIN_USER=" + ADMIN);
    }
    assertRefused("--ADMIN_USER=" + ADMIN, "--ADMIN_PASSWORD=");
    assertRefused("--ADMIN_PASSWORD=" + STRONG, "--ADMIN_USER=");
  }

  @Test
  @DisplayName("prod startet nicht mit schwachem oder dokumentiertem Passwort")
  void refusesWeakPassword() {
    assertRefused("--ADMIN_USER=" + ADMIN, "--ADMIN_PASSWORD=geheim");
    assertRefused("--ADMIN_USER=admin", "--ADMIN_PASSWORD=Dachmarke-2026!");
    // the engine's own property counts, not only the variable
    assertRefused("--ADMIN_USER=" + ADMIN, "--ADMIN_PASSWORD=" + STRONG, "--camunda.bpm.admin-user.password=geheim");
  }

  @Test
  @DisplayName("prod mit starkem Passwort: keine Demo-Benutzer, Passwort-Richtlinie, gehärtete Cookies, HSTS, Health ohne Details")
  void startsHardened() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = Path.of("target", "prod-profile-test.log");
    // A JVM of its own: the Camunda webapp starter keeps static state (LazyInitRegistration) that a
    // second webapp context in the test JVM would overwrite — and break the other tests' webapps.
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-cp", testClassPath(), FachkraftApplication.class.getName(),
        "--spring.profiles.active=prod",
        "--spring.datasource.url=jdbc:h2:mem:prodcheck;DB_CLOSE_DELAY=-1",
        "--spring.datasource.driver-class-name=org.h2.Driver",
        "--spring.datasource.username=sa",
        "--spring.datasource.password=",
        "--server.port=" + port,
        "--server.address=127.0.0.1",
        "--ADMIN_USER=" + ADMIN,
        "--ADMIN_PASSWORD=" + STRONG));
    // started in target/: the project root holds bpmn/ and forms/ too, and would be found again
    // through any relative or empty class path entry (a second copy of every model in one deployment)
    Process app = new ProcessBuilder(command).directory(Path.of("target").toFile())
        .redirectErrorStream(true).redirectOutput(log.toAbsolutePath().toFile()).start();
    try {
      HttpProbe http = new HttpProbe(port);
      awaitHealth(app, http, log);
      ObjectMapper json = new ObjectMapper();

      // no demo users: the administrator is the only user, directly in camunda-admin
      HttpResponse<String> users = http.get("/engine-rest/user").as(ADMIN, STRONG).send();
      assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
      List<String> userIds = new ArrayList<>();
      json.readTree(users.body()).forEach(u -> userIds.add(u.get("id").asText()));
      assertThat(userIds).containsExactly(ADMIN);
      assertThat(http.get("/engine-rest/group?member=" + ADMIN).as(ADMIN, STRONG).send().body())
          .contains("\"" + PartnerGroup.CAMUNDA_ADMIN.id() + "\"");
      assertThat(http.get("/engine-rest/group/count?id=" + PartnerGroup.PFIFF.id()).as(ADMIN, STRONG).send().body())
          .contains("\"count\":1");
      // password policy on: the engine publishes it and refuses a weak password
      assertThat(http.get("/engine-rest/identity/password-policy").as(ADMIN, STRONG).send().statusCode()).isEqualTo(200);
      HttpResponse<String> weakUser = http.post("/engine-rest/user/create",
          "{\"profile\":{\"id\":\"schwach\"},\"credentials\":{\"password\":\"abc\"}}").as(ADMIN, STRONG).send();
      assertThat(weakUser.statusCode()).as(weakUser.body()).isGreaterThanOrEqualTo(400);

      // session and CSRF cookies: Secure, SameSite=Strict (session cookie also HttpOnly)
      WebappSession session = WebappSession.login(http, ADMIN, STRONG, "tasklist");
      List<String> loginCookies = session.loginResponse().headers().allValues("Set-Cookie");
      String sessionCookie = loginCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
      assertThat(attributes(sessionCookie)).contains("secure", "httponly", "samesite=strict");
      List<String> pageCookies = http.get("/camunda/app/tasklist/default/").send().headers().allValues("Set-Cookie");
      String csrfCookie = pageCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
      assertThat(attributes(csrfCookie)).contains("secure", "samesite=strict");

      // HSTS: Camunda sends it on every webapp response, also over plain HTTP (where browsers
      // ignore it, RFC 6797 §8.1) — so it takes effect as soon as the proxy in front speaks HTTPS
      for (HttpResponse<String> page : List.of(
          http.get("/camunda/app/tasklist/default/").send(),
          http.get("/camunda/app/tasklist/default/").header("X-Forwarded-Proto", "https").send())) {
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
            .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=63072000").contains("includeSubDomains"));
      }

      // health: components with their state for everyone, details for nobody unauthenticated
      HttpResponse<String> health = http.get("/actuator/health").send();
      JsonNode components = json.readTree(health.body()).get("components");
      assertThat(components).as(health.body()).isNotNull();
      assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("db").has("details")).as(health.body()).isFalse();
      assertThat(components.get("operations").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("operations").has("details")).as(health.body()).isFalse();
      // the administration sees the details with HTTP Basic (security.HealthDetailsFilter)
      HttpResponse<String> detailed = http.get("/actuator/health").as(ADMIN, STRONG).send();
      JsonNode detailedComponents = json.readTree(detailed.body()).get("components");
      assertThat(detailedComponents.get("operations").get("details").get("incidents").asInt()).as(detailed.body()).isZero();
      assertThat(detailedComponents.get("jobExecutor").has("details")).as(detailed.body()).isTrue();
      assertThat(http.get("/actuator/health").as(ADMIN, "falsch-Falsch-1!").send().statusCode()).isEqualTo(401);

      // the setup endpoint is closed in prod too
      assertThat(http.post("/camunda/api/admin/setup/default/user/create", "{}").send().statusCode()).isEqualTo(403);
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  private static void awaitHealth(Process app, HttpProbe http, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new AssertionError("prod-Start abgebrochen, siehe " + log + ":\n" + Files.readString(log));
      }
      try {
        if (http.get("/actuator/health").send().statusCode() == 200) {
          return;
        }
      } catch (IllegalStateException notYetListening) {
        // the port opens late in the start
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("prod-Start nicht rechtzeitig bereit, siehe " + log);
  }

  /** The attributes of a Set-Cookie header after the name=value pair, lower case. */
  private static List<String> attributes(String setCookie) {
    List<String> attributes = new ArrayList<>();
    String[] parts = setCookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      attributes.add(parts[i].trim().toLowerCase());
    }
    return attributes;
  }

  private void assertRefused(String... args) {
    String db = "jdbc:h2:mem:prod-refused-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    assertThatThrownBy(() -> start(db, args).close())
        .hasStackTraceContaining("Start im Profil prod verweigert");
  }

  private static ConfigurableApplicationContext start(String db, String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + db,
        "--spring.datasource.driver-class-name=org.h2.Driver",
        "--spring.datasource.username=sa",
        "--spring.datasource.password=",
        "--server.port=0",
        "--server.address=127.0.0.1",
        "--logging.level.root=WARN"));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(FachkraftApplication.class).profiles("prod")
        .run(args.toArray(String[]::new));
  }


  /** The test JVM's class path without empty entries (an empty entry means the working directory). */
  private static String testClassPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }
}
