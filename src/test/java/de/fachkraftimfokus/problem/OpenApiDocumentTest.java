package de.fachkraftimfokus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API document (docs/openapi.json) is the contract partner systems read: it must be what the
 * controllers do. The test compares the document the running platform generates with the committed
 * one; {@code -Dopenapi.update=true} writes it anew (then review and commit the change).
 */
@PlatformTest
@DisplayName("OpenAPI: das veröffentlichte Dokument ist, was die Controller tun")
class OpenApiDocumentTest {

  private static final Path DOCUMENT = Path.of("docs/openapi.json");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  @DisplayName("Jeder /api-Endpunkt ist beschrieben, mit Anmeldung und Problem-Details je Ablehnung; das Dokument im Repository stimmt")
  void documentMatchesTheControllers() throws Exception {
    var response = new HttpProbe(port).get("/v3/api-docs").send();
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode live = JSON.readTree(response.body());
    ((ObjectNode) live).remove("servers"); // the random test port

    List<String> endpoints = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/")).forEach(p -> info.getMethodsCondition().getMethods()
            .forEach(m -> endpoints.add(m.name().toLowerCase() + " " + p))));
    assertThat(endpoints).as("/api-Endpunkte der Controller").isNotEmpty();
    for (String endpoint : endpoints) {
      String[] parts = endpoint.split(" ");
      JsonNode operation = live.path("paths").path(parts[1]).path(parts[0]);
      assertThat(operation.isMissingNode()).as(endpoint + " im Dokument").isFalse();
      for (String status : Set.of("400", "401", "403")) {
        assertThat(operation.path("responses").path(status).path("content").has("application/problem+json"))
            .as(endpoint + " " + status).isTrue();
      }
    }
    assertThat(live.path("components").path("schemas").path("Problem").path("properties").has("fieldErrors"))
        .as("Schema der Problem Details").isTrue();
    assertThat(live.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText())
        .isEqualTo("basic");
    assertThat(live.path("components").path("schemas").path("BeratungsfallStart").path("properties")
        .path("companyPostcode").path("title").asText()).isEqualTo("Postleitzahl");

    String written = JSON.writeValueAsString(live) + "\n";
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(DOCUMENT, written, StandardCharsets.UTF_8);
    }
    assertThat(DOCUMENT).as("docs/openapi.json (neu schreiben: -Dopenapi.update=true)").exists();
    assertThat(JSON.readTree(Files.readString(DOCUMENT, StandardCharsets.UTF_8)))
        .as("docs/openapi.json ist veraltet: mit -Dopenapi.update=true neu schreiben und committen").isEqualTo(live);
  }
}
