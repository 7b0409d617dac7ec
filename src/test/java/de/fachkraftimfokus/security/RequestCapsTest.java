package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Request bodies above 1 MiB and queries for more than 1000 results are refused. */
@PlatformTest
class RequestCapsTest {

  private static final int MIB = 1024 * 1024;

  @LocalServerPort int port;
  private HttpProbe http;

  @BeforeEach
  void probe() {
    http = new HttpProbe(port);
  }

  @Test
  @DisplayName("Body über 1 MiB mit angegebener Länge: 413")
  void declaredLength() {
    HttpResponse<String> response = http.post("/engine-rest/task", jsonOf(MIB + 1024), false).asDemo("stk.gs").send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("Die Anfrage ist zu groß");
  }

  @Test
  @DisplayName("Body über 1 MiB ohne Längenangabe (chunked): 413")
  void chunked() {
    HttpResponse<String> response = http.post("/engine-rest/task", jsonOf(MIB + 1024), true).asDemo("stk.gs").send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    HttpResponse<String> elsewhere = http.post("/engine-rest/process-definition/key/x/start", jsonOf(MIB + 1024), true)
        .asDemo("stk.gs").send();
    assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(413);
  }

  @Test
  @DisplayName("Bodies unter der Grenze gehen durch, auch chunked")
  void smallBodies() {
    assertThat(http.post("/engine-rest/task", jsonOf(64 * 1024), false).asDemo("stk.gs").send().statusCode()).isEqualTo(200);
    assertThat(http.post("/engine-rest/task", jsonOf(64 * 1024), true).asDemo("stk.gs").send().statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("maxResults über 1000: 400; bis 1000: 200")
  void maxResults() {
    HttpResponse<String> tooMany = http.get("/engine-rest/task?maxResults=1001").asDemo("stk.gs").send();
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("maxResults darf höchstens 1000 betragen.");
    assertThat(http.post("/engine-rest/task?firstResult=0&maxResults=5000", "{}").asDemo("stk.gs").send().statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?maxResults=10&maxResults=100000").asDemo("stk.gs").send().statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/history/process-instance?maxResults=1001").asDemo("leitung").send().statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?maxResults=1000").asDemo("stk.gs").send().statusCode()).isEqualTo(200);
  }

  /** A valid task query of the given size: padding in a harmless string value. */
  private static byte[] jsonOf(int size) {
    String prefix = "{\"nameLike\":\"";
    String suffix = "\"}";
    char[] padding = new char[size - prefix.length() - suffix.length()];
    Arrays.fill(padding, 'x');
    return (prefix + new String(padding) + suffix).getBytes(StandardCharsets.UTF_8);
  }
}
