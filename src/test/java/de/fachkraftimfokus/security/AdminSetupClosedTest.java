package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.WebappSession;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Admin webapp's initial-setup endpoint is closed for everyone, whatever the login. */
@PlatformTest
class AdminSetupClosedTest {

  private static final String SETUP = "/camunda/api/admin/setup/default/user/create";
  private static final String INTRUDER = "setup-probe";
  private static final String BODY = """
      {"profile":{"id":"%s","firstName":"Setup","lastName":"Probe","email":"probe@example.invalid"},
       "credentials":{"password":"Eindring-Ling-2026!"}}""".formatted(INTRUDER);

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  private HttpProbe http;

  @BeforeEach
  void probe() {
    http = new HttpProbe(port);
  }

  @AfterEach
  void noUserWasCreated() {
    assertThat(identityService.createUserQuery().userId(INTRUDER).count()).isZero();
  }

  @Test
  @DisplayName("Ohne Anmeldung: 403, kein Benutzer angelegt")
  void anonymous() {
    assertClosed(http.post(SETUP, BODY).send());
  }

  @Test
  @DisplayName("Mit HTTP-Basic als Administrator oder Demo-Benutzer: 403")
  void basicAuth() {
    assertClosed(http.post(SETUP, BODY).asAdmin().send());
    assertClosed(http.post(SETUP, BODY).asDemo("stk.gs").send());
  }

  @Test
  @DisplayName("In einer angemeldeten Admin-Sitzung mit gültigem CSRF-Token: 403")
  void adminSession() {
    WebappSession admin = WebappSession.login(http, HttpProbe.ADMIN_USER, HttpProbe.ADMIN_PASSWORD, "admin");
    assertClosed(admin.postJson(SETUP, BODY));
  }

  @Test
  @DisplayName("Auch über Umwege im Pfad nicht erreichbar")
  void pathTricks() {
    assertThat(http.post("/camunda/api/admin/setup;x=y/default/user/create", BODY).send().statusCode()).isIn(400, 403, 404);
    assertThat(http.post("/camunda/api/admin/%73etup/default/user/create", BODY).send().statusCode()).isIn(400, 403, 404);
    assertThat(http.post("/camunda/api/admin//setup/default/user/create", BODY).send().statusCode()).isIn(400, 403, 404);
    assertThat(http.post("/camunda/api/admin/setup/default/user/create/", BODY).send().statusCode()).isIn(400, 403, 404);
  }

  private static void assertClosed(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("Ersteinrichtung ist gesperrt");
  }
}
