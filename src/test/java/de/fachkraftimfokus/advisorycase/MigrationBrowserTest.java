package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Element;
import static de.fachkraftimfokus.support.ProcessTestSupport.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import de.fachkraftimfokus.support.RestDeployment;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The process owner's migration in a real Chromium: Cockpit's page „Instanzen migrieren“ proposes
 * the plan, checks the running case and moves it to the new version as a batch. The page works on
 * a version of its own (deployed here, as the owner would from Modeler), so nothing else moves.
 */
@BrowserTest
class MigrationBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeVersions() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  @DisplayName("prozess.owner öffnet „Instanzen migrieren“ in Cockpit, lässt den Plan vorschlagen, prüft und migriert einen Fall")
  void ownerMigratesInCockpit(Browser browser) throws Exception {
    ProcessDefinition v1 = latest();
    String v2Xml = AdvisoryCaseMigrationTest.v2Xml(Files.readString(Path.of("bpmn/advisory-case.bpmn")), v1.getVersionTag());
    ProcessDefinition from = deploy(AdvisoryCaseMigrationTest.version2(v1, port));
    ProcessInstance pi = runtime.startProcessInstanceById(from.getId(), AdvisoryCaseProcessTest.startVariables(true));
    // the owner's next change: the clearing due in ten days
    String v3Xml = v2Xml.replace("camunda:versionTag=\"" + from.getVersionTag() + "\"", "camunda:versionTag=\"" + from.getVersionTag() + ".1\"")
        .replace("plusDays(21)", "plusDays(10)");
    RestDeployment v3 = new RestDeployment(port, "advisory-case – Clearing in zehn Tagen").file("advisory-case.bpmn", v3Xml);
    Files.list(Path.of("forms")).sorted().forEach(form -> {
      try {
        String text = Files.readString(form);
        if (v3Xml.contains("camunda:formRef=\"" + JSON.readTree(text).get("id").asText() + "\"")) {
          v3.file(form.getFileName().toString(), text);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    ProcessDefinition to = deploy(v3);

    String base = Browser.baseUrl(port);
    browser.loginCockpit(base, "prozess.owner", identity.demoPassword());
    browser.click(Browser.text("Instanzen migrieren"));
    browser.waitFor(By.cssSelector("[data-migration-seite] [data-prozess] option[value='advisory-case']"));
    new Select(browser.waitFor(By.cssSelector("[data-prozess]"))).selectByValue(AdvisoryCaseProcess.KEY);
    browser.waitFor(By.cssSelector("[data-quelle] option[value='" + to.getVersion() + "']"));
    new Select(browser.waitFor(By.cssSelector("[data-quelle]"))).selectByValue(String.valueOf(from.getVersion()));
    new Select(browser.waitFor(By.cssSelector("[data-ziel]"))).selectByValue(String.valueOf(to.getVersion()));
    browser.click(By.cssSelector("[data-aktion='vorschlagen']"));
    // Cockpit's page area clips what lies below the window: wait for presence and scroll to it
    text(browser, "[data-zuordnung='" + Element.CLEARING + "']", "Clearinggespräch führen");
    browser.screenshot("cockpit-migration-plan");

    reveal(browser, "[data-aktion='pruefen']");
    browser.click(By.cssSelector("[data-aktion='pruefen']"));
    text(browser, "[data-pruefergebnis]", "1 laufende Instanz(en) geprüft: 1 können umziehen, 0 nicht");
    text(browser, "[data-pruefung]", pi.getBusinessKey());
    browser.screenshot("cockpit-migration-pruefung");

    reveal(browser, "[data-aktion='starten']");
    browser.click(By.cssSelector("[data-aktion='starten']"));
    text(browser, "[data-ergebnis]", "Migration gestartet");
    runBatches();
    text(browser, "[data-fortschritt]", "1 von 1 umgezogen – abgeschlossen");
    text(browser, "[data-fortschritt]", pi.getBusinessKey());
    browser.screenshot("cockpit-migration-ergebnis");

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(to.getId());
    var clearing = task(tasks, pi.getId(), Element.CLEARING);
    assertThat(Duration.between(clearing.getCreateTime().toInstant(), clearing.getDueDate().toInstant()).toDays()).isEqualTo(10);
  }

  /** Waits until the element is there and its text contains the expected one, and scrolls it into view. */
  private static void text(Browser browser, String selector, String expected) {
    browser.await().until(d -> {
      Object text = browser.script("var e = document.querySelector(arguments[0]); if (e) { e.scrollIntoView({block: 'center'}); }"
          + " return e ? e.textContent : null;", selector);
      return text != null && text.toString().contains(expected);
    });
  }

  private static void reveal(Browser browser, String selector) {
    browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.driver().findElement(By.cssSelector(selector)));
  }

  private ProcessDefinition deploy(RestDeployment deployment) throws Exception {
    HttpResponse<String> response = deployment.sendAsDemo("prozess.owner");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    deployments.add(JSON.readTree(response.body()).get("id").asText());
    return latest();
  }

  private ProcessDefinition latest() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(AdvisoryCaseProcess.KEY).latestVersion().singleResult();
  }

  /** The job executor is off in tests: run the migration batches the page started. */
  private void runBatches() {
    for (int round = 0; round < 50; round++) {
      List<Batch> batches = management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list();
      if (batches.isEmpty()) {
        return;
      }
      for (Batch batch : batches) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId())) {
          for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
            management.executeJob(job.getId());
          }
        }
      }
    }
    throw new IllegalStateException("Migrations-Batch kommt nicht zu Ende");
  }
}
