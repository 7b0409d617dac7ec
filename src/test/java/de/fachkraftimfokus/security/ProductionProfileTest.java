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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code prod} profile as it really starts — on H2 instead of PostgreSQL, on a free local port,
 * with an engine of its own name beside the other tests' engine in this JVM. Command-line
 * arguments are used because they outrank the test run's system properties (PostgreSQL runs).
 */
class ProductionProfileTest {

  private static final String ENGINE = "prodcheck";
  private static final String ADMIN = "betrieb";
  private static final String STRONG = "Anlage-Sicher-2026#";

  @TempDir Path dataDir;

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
  @DisplayName("prod mit starkem Passwort: keine Demo-Benutzer, gehärtete Cookies, HSTS, Health ohne Details, Neustart ohne Dubletten")
  void startsHardened() throws Exception {
    String db = "jdbc:h2:file:" + dataDir.resolve("prod").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    List<String> firstSnapshot;
    try (ConfigurableApplicationContext context = start(db, "--ADMIN_USER=" + ADMIN, "--ADMIN_PASSWORD=" + STRONG)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      var identity = engine.getIdentityService();

      // no demo users: the administrator is the only user, directly in camunda-admin
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly(ADMIN);
      assertThat(identity.createUserQuery().userId(ADMIN).memberOfGroup(PartnerGroup.CAMUNDA_ADMIN.id()).count()).isOne();
      assertThat(identity.createGroupQuery().groupId(PartnerGroup.PFIFF.id()).count()).isOne();

      // hardened engine settings
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.isAuthorizationEnabled()).isTrue();
      assertThat(configuration.isEnablePasswordPolicy()).isTrue();
      assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
      assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
      assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
      User weak = identity.newUser("schwach");
      weak.setPassword("abc");
      assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);

      HttpProbe http = new HttpProbe(port(context));

      // session and CSRF cookies: Secure, SameSite=Strict (session cookie also HttpOnly)
      WebappSession session = WebappSession.login(http, ENGINE, ADMIN, STRONG, "tasklist");
      List<String> loginCookies = session.loginResponse().headers().allValues("Set-Cookie");
      String sessionCookie = loginCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
      assertThat(attributes(sessionCookie)).contains("secure", "httponly", "samesite=strict");
      List<String> pageCookies = http.get("/camunda/app/tasklist/" + ENGINE + "/").send().headers().allValues("Set-Cookie");
      String csrfCookie = pageCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
      assertThat(attributes(csrfCookie)).contains("secure", "samesite=strict");

      // HSTS: Camunda sends it on every webapp response, also over plain HTTP (where browsers
      // ignore it, RFC 6797 §8.1) — so it takes effect as soon as the proxy in front speaks HTTPS
      for (HttpResponse<String> page : List.of(
          http.get("/camunda/app/tasklist/" + ENGINE + "/").send(),
          http.get("/camunda/app/tasklist/" + ENGINE + "/").header("X-Forwarded-Proto", "https").send())) {
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
            .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=63072000").contains("includeSubDomains"));
      }

      // health: components with their state for everyone, details for nobody unauthenticated
      HttpResponse<String> health = http.get("/actuator/health").send();
      JsonNode components = new ObjectMapper().readTree(health.body()).get("components");
      assertThat(components).as(health.body()).isNotNull();
      assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("db").has("details")).as(health.body()).isFalse();

      // the setup endpoint is closed in prod too
      assertThat(http.post("/camunda/api/admin/setup/" + ENGINE + "/user/create", "{}").send().statusCode()).isEqualTo(403);
      firstSnapshot = snapshot(engine);
    }

    // restart on the same database: nothing is created twice
    try (ConfigurableApplicationContext again = start(db, "--ADMIN_USER=" + ADMIN, "--ADMIN_PASSWORD=" + STRONG)) {
      assertThat(snapshot(again.getBean(ProcessEngine.class))).containsExactlyElementsOf(firstSnapshot);
    }
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

  private static List<String> snapshot(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    List<String> rows = new ArrayList<>();
    rows.add("groups=" + identity.createGroupQuery().count());
    rows.add("users=" + identity.createUserQuery().count());
    identity.createGroupQuery().list().forEach(g ->
        rows.add("members " + g.getId() + "=" + identity.createUserQuery().memberOfGroup(g.getId()).count()));
    rows.add("authorizations=" + engine.getAuthorizationService().createAuthorizationQuery().count());
    rows.add("filters=" + engine.getFilterService().createFilterQuery().count());
    engine.getFilterService().createFilterQuery().list().forEach(f -> rows.add("filter " + f.getId() + " " + f.getName()));
    rows.sort(null);
    return rows;
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
        "--camunda.bpm.process-engine-name=" + ENGINE,
        "--logging.level.root=WARN"));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(FachkraftApplication.class).profiles("prod")
        .run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
