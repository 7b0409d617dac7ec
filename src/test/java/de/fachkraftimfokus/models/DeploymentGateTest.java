package de.fachkraftimfokus.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.RestDeployment;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deployment gate ({@link DeploymentGate}): what a process owner deploys from Camunda Modeler
 * over the REST API passes the build's model checks, or is refused with 400 and a German list of
 * file, element and remedy — and nothing of it is deployed.
 */
@PlatformTest
@DisplayName("Deployment-Prüfung: Prozessverantwortliche deployen selbst, was die Regeln einhält")
class DeploymentGateTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  private final List<String> deployed = new ArrayList<>();

  @AfterEach
  void removeDeployments() {
    deployed.forEach(id -> repositoryService.deleteDeployment(id, true));
    deployed.clear();
  }

  @Test
  @DisplayName("Eine geänderte Entscheidungstabelle mit erhöhtem versionTag nimmt die Plattform von prozess.owner an")
  void changedDecisionTableIsDeployed() throws Exception {
    String table = Files.readString(Path.of("bpmn/case-path.dmn"));
    String latestTag = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("case-path")
        .latestVersion().singleResult().getVersionTag();
    String changed = table.replace("camunda:versionTag=\"" + latestTag + "\"", "camunda:versionTag=\"" + VersionTags.next(latestTag) + "\"")
        .replaceFirst("<description>", "<description>Geändert durch die Prozessverantwortlichen. ");
    HttpResponse<String> response = new RestDeployment(port, "case-path – Anmerkung").file("case-path.dmn", changed)
        .sendAsDemo("prozess.owner");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    deployed.add(JSON.readTree(response.body()).get("id").asText());
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("case-path").latestVersion()
        .singleResult().getVersionTag()).isEqualTo(VersionTags.next(latestTag));
  }

  @Test
  @DisplayName("Dieselbe Tabelle mit unverändertem versionTag: 400, „versionTag nicht höher“ mit Vorschlag")
  void versionTagMustBeRaised() throws Exception {
    String table = Files.readString(Path.of("bpmn/case-path.dmn"))
        .replaceFirst("<description>", "<description>Ohne neue Version. ");
    HttpResponse<String> response = new RestDeployment(port, "case-path ohne Version").file("case-path.dmn", table)
        .sendAsDemo("prozess.owner");
    assertRefused(response, "case-path.dmn › case-path (Weg des Beratungsfalls)", "ist nicht höher als der deployte");
  }

  @Test
  @DisplayName("Ein Modell gegen die Regeln: 400 mit Datei, Element und Abhilfe für jede Regel; nichts wird deployt")
  void brokenModelIsRefused() throws Exception {
    long before = repositoryService.createDeploymentQuery().count();
    HttpResponse<String> response = new RestDeployment(port, "task-rules")
        .file("task-rules.bpmn", Files.readAllBytes(FIXTURES.resolve("broken/bpmn/task-rules.bpmn")))
        .file("fixture-clearing.form", Files.readAllBytes(FIXTURES.resolve("broken/forms/fixture-clearing.form")))
        .file("fixture-start.form", Files.readAllBytes(FIXTURES.resolve("broken/forms/fixture-start.form")))
        .sendAsDemo("prozess.owner");
    assertRefused(response, "task-rules.bpmn › clearing (Review case)", "Unbekannte Kandidatengruppe \"sales-team\"");
    assertRefused(response, "task-rules.bpmn › clearing (Review case)", "Fälligkeit \"P7D\" passt nicht zu DESIGN.md");
    assertRefused(response, "task-rules.bpmn › acceptReferral (Weitervermittlung annehmen)", "Fester Bearbeiter \"demo\"");
    assertRefused(response, "task-rules.bpmn › registerCompany", "Delegate \"fixtureRegisterDelegate\" gibt es auf der Plattform nicht");
    assertThat(JSON.readTree(response.body()).get("detail").asText()).startsWith("Das Deployment wurde abgelehnt:");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  @DisplayName("Ein Prozess ohne seine Formulare: 400 „gibt es nicht in diesem Deployment“ – im Modeler mitschicken")
  void formsMustComeWithTheModel() throws Exception {
    HttpResponse<String> response = new RestDeployment(port, "fixture-case ohne Formulare")
        .file("fixture-case.bpmn", Files.readAllBytes(FIXTURES.resolve("good/bpmn/fixture-case.bpmn")))
        .sendAsDemo("prozess.owner");
    assertRefused(response, "fixture-case.bpmn › clearing", "gibt es nicht in diesem Deployment");
    assertRefused(response, "fixture-case.bpmn › clearing", "Include additional files");
  }

  @Test
  @DisplayName("DMN-Regeln gelten auch beim Deployment: eine Regel ohne Anmerkung, Spalten ohne Beschriftung")
  void brokenDecisionIsRefused() throws Exception {
    HttpResponse<String> response = new RestDeployment(port, "broken-region")
        .file("broken-region.dmn", Files.readAllBytes(FIXTURES.resolve("broken/bpmn/broken-region.dmn")))
        .sendAsDemo("prozess.owner");
    assertRefused(response, "broken-region.dmn › broken-region (Region zum Landkreis) › Regel 2", "keine Anmerkung");
    assertRefused(response, "broken-region.dmn › broken-region (Region zum Landkreis)", "historyTimeToLive fehlt");
  }

  @Test
  @DisplayName("Wer nicht Prozessverantwortliche oder Administration ist, deployt nicht (403)")
  void partnersDoNotDeploy() throws Exception {
    HttpResponse<String> response = new RestDeployment(port, "case-path").file("case-path.dmn",
        Files.readAllBytes(Path.of("bpmn/case-path.dmn"))).sendAsDemo("coach.harz");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(new RestDeployment(port, "case-path").file("case-path.dmn", Files.readAllBytes(Path.of("bpmn/case-path.dmn")))
        .sendAsDemo("leitung").statusCode()).isEqualTo(403);
  }

  private static void assertRefused(HttpResponse<String> response, String where, String problem) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode errors = JSON.readTree(response.body()).get("fieldErrors");
    List<String> lines = new ArrayList<>();
    errors.forEach(e -> lines.add(e.get("field").asText() + ": " + e.get("message").asText()));
    assertThat(lines).as(response.body()).anyMatch(line -> line.startsWith(where) && line.contains(problem));
    assertThat(lines).allMatch(line -> line.contains(" → "), "jede Meldung nennt die Abhilfe");
  }
}
