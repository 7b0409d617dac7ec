package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4 in a real Chromium: a desk officer of MS announces a company survey in the German
 * Tasklist; the Staatskanzlei then finds the task „Stellungnahme abgeben“ with the announcement.
 * Screenshots under {@code target/browser-screenshots/}.
 */
@BrowserTest
@DisplayName("Vorabstimmung in der Tasklist")
class CoordinationRequestBrowserTest {

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Test
  @DisplayName("MS kündigt in der Tasklist eine Unternehmensbefragung an; die Staatskanzlei sieht „Stellungnahme abgeben“")
  void msAnnouncesSurveyStkSeesStatementTask(Browser browser) {
    String title = "Befragung Fachkräftebedarf Harz " + UUID.randomUUID().toString().substring(0, 8);
    String base = Browser.baseUrl(port);

    browser.loginTasklist(base, "ms.referat", identity.demoPassword());
    browser.startProcess(ProcessKey.COORDINATION_REQUEST.germanName(), "Art der Aktivität");

    browser.choose("Art der Aktivität", "Unternehmensbefragung");
    browser.choose("Federführender Partner", PartnerGroup.MS.germanName());
    browser.type("Titel", title);
    browser.type("Beschreibung", "Online-Befragung zum Fachkräftebedarf im verarbeitenden Gewerbe");
    browser.tick("C – Verarbeitendes Gewerbe");
    browser.tick("Harz");
    // form-js' date picker reads the browser's locale (a German one: d.M.yyyy) and submits yyyy-MM-dd
    browser.type("Geplanter Beginn", "1.9.2031" + Keys.ENTER);
    browser.type("Geplantes Ende", "31.10.2031" + Keys.ENTER);
    browser.type("Anzahl zu befragender Unternehmen", "300");
    browser.screenshot("vorabstimmung-startformular-ms");
    WebElement start = browser.await().until(d -> d.findElements(By.cssSelector(".modal button")).stream()
        .filter(b -> b.isDisplayed() && b.getText().trim().equals("Start")).findFirst().orElse(null));
    start.click();
    browser.waitForText("Der Prozess wurde gestartet");
    browser.await().until(d -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CoordinationRequestProcess.KEY).variableValueEquals(Var.TITLE.name(), title).count() == 1);

    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CoordinationRequestProcess.KEY).variableValueEquals(Var.TITLE.name(), title).singleResult();
    assertThat(pi.getBusinessKey()).matches("AB-\\d{4}-\\d{4}");
    assertThat(runtimeService.getVariable(pi.getId(), Var.INITIATOR.name())).isEqualTo("ms.referat");
    assertThat(runtimeService.getVariable(pi.getId(), Var.PERIOD_START.name())).as("1.9.2031 = 1. September")
        .hasToString("2031-09-01");
    assertThat(runtimeService.getVariable(pi.getId(), Var.PERIOD_END.name())).hasToString("2031-10-31");
    // the job executor is off in tests: send the announcement, which opens the statement round
    managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskCandidateGroup(PartnerGroup.STK.id()).count()).isEqualTo(1);

    browser.loginTasklist(base, "stk.gs", identity.demoPassword());
    browser.clickText("a", "Aufgaben meiner Gruppen");
    browser.waitForText("Stellungnahme abgeben");
    browser.waitForText(ProcessKey.COORDINATION_REQUEST.germanName());
    browser.clickText(".task a", "Stellungnahme abgeben");
    browser.waitForText("Ihre Stellungnahme");
    // the activity as read-only text, not the author's form (issue 19)
    browser.waitForText(title);
    browser.waitForText("Online-Befragung");
    browser.screenshot("vorabstimmung-stellungnahme-stk");
  }
}
