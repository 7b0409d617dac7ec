package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /actuator/health} shows the database and the engine (local demo mode: with details). */
@PlatformTest
class HealthEndpointTest {

  @LocalServerPort int port;

  @Test
  @DisplayName("Health zeigt Datenbank, Prozess-Engine und Betriebszahlen (Vorfälle) mit Details (lokaler Demo-Modus)")
  void showsDatabaseAndEngine() throws Exception {
    HttpResponse<String> response = new HttpProbe(port).get("/actuator/health").send();
    JsonNode health = new ObjectMapper().readTree(response.body());
    JsonNode components = health.get("components");
    assertThat(components).as(response.body()).isNotNull();
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("db").get("details").get("database").asText()).isNotBlank();
    assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("operations").get("status").asText()).as("Vorfälle machen keinen Knoten DOWN").isEqualTo("UP");
    assertThat(components.get("operations").get("details").has("incidents")).as(response.body()).isTrue();
    assertThat(components.get("operations").get("details").has("jobsDue")).isTrue();
    // "jobExecutor" appears only where the job executor runs — not in these tests (it is off);
    // ProductionProfileTest checks it with the executor on.
  }
}
