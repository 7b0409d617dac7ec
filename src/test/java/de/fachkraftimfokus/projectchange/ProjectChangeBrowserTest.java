package de.fachkraftimfokus.projectchange;

import static de.fachkraftimfokus.projectchange.ProjectChangeProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 in a real Chromium: a desk officer of MS announces a change of an offer in the German
 * Tasklist; the Regiocoach of the Harz region acknowledges it there. Screenshots under
 * {@code target/browser-screenshots/}.
 */
@BrowserTest
@DisplayName("Projektänderung in der Tasklist")
class ProjectChangeBrowserTest {

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("ms.referat teilt geänderte Ziele des Förderprogramms WEITERBILDUNG mit; coach.harz nimmt die Änderung zur Kenntnis")
  void msAnnouncesCoachHarzAcknowledges(Browser browser) {
    String description = "Das Förderprogramm fördert künftig auch Teilzeitqualifizierungen " + UUID.randomUUID()
        .toString().substring(0, 8);
    String base = Browser.baseUrl(port);

    browser.loginTasklist(base, "ms.referat", identity.demoPassword());
    browser.startProcess(ProcessKey.PROJECT_CHANGE.germanName(), "Art der Mitteilung");

    browser.tick(ChangeKind.CHANGED_AIMS.germanName());
    browser.choose("Mitteilende Stelle", PartnerGroup.MS.germanName());
    browser.choose("Projekt / Angebot", "Förderprogramm WEITERBILDUNG: Qualifizierung der Beschäftigten fördern");
    browser.type("Was ändert sich?", description);
    // form-js' date picker reads the browser's locale (a German one: d.M.yyyy) and submits yyyy-MM-dd
    browser.type("Gilt ab", "1.9.2031" + Keys.ENTER);
    browser.tick("Weiterbildung/Qualifizierung");
    // long labels must wrap, not be cut off (seen in this Tasklist before)
    Object cut = browser.script("return Array.from(document.querySelectorAll('.modal label.fjs-form-field-label'))"
        + ".filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent.trim())");
    assertThat((java.util.List<?>) cut).as("abgeschnittene Beschriftungen").isEmpty();
    browser.screenshot("projektaenderung-startformular-ms");
    WebElement start = browser.await().until(d -> d.findElements(By.cssSelector(".modal button")).stream()
        .filter(b -> b.isDisplayed() && b.getText().trim().equals("Start")).findFirst().orElse(null));
    start.click();
    browser.waitForText("Der Prozess wurde gestartet");
    browser.await().until(d -> runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectChangeProcess.KEY)
        .variableValueEquals(Var.CHANGE_DESCRIPTION.name(), description).count() == 1);

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectChangeProcess.KEY)
        .variableValueEquals(Var.CHANGE_DESCRIPTION.name(), description).singleResult();
    assertThat(pi.getBusinessKey()).matches(ProjectChangeProcess.BUSINESS_KEY);
    assertThat(runtimeService.getVariable(pi.getId(), Var.ANNOUNCER.name())).isEqualTo("ms.referat");
    assertThat(runtimeService.getVariable(pi.getId(), Var.OFFER_ID.name())).isEqualTo("weiterbildung-foerderung");
    assertThat(runtimeService.getVariable(pi.getId(), Var.EFFECTIVE_FROM.name())).hasToString("2031-09-01");
    assertThat(runtimeService.getVariable(pi.getId(), Var.SIGNIFICANCE_CHOICE.name())).as("Vorschlag vorbelegt")
        .isEqualTo(ProjectChangeProcess.SignificanceChoice.VORSCHLAG.name());
    // the job executor is off in tests: send the announcement, which opens the acknowledgements
    managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    Task harz = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskCandidateGroup(PartnerGroup.NETWORK_KMU.regionalGroupId(Region.HARZ)).singleResult();
    assertThat(harz).isNotNull();

    browser.loginTasklist(base, "coach.harz", identity.demoPassword());
    browser.clickText("a", "Aufgaben meiner Gruppen");
    browser.waitForText("Änderung zur Kenntnis nehmen");
    // the newest task comes first (sorted by creation)
    browser.clickText(".task a", "Änderung zur Kenntnis nehmen");
    browser.click(By.xpath("(//*[normalize-space(.)='Diese Aufgabe übernehmen'])[last()]"));
    browser.waitForText("Zur Kenntnis genommen");
    browser.await().until(d -> d.findElements(By.cssSelector("textarea")).stream()
        .anyMatch(e -> String.valueOf(e.getAttribute("value")).contains(description)));
    browser.tick("Zur Kenntnis genommen");
    browser.type("Fragen zur Änderung", "Gilt das auch für Minijobber?");
    browser.screenshot("projektaenderung-kenntnisnahme-harz");
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    browser.await().until(d -> taskService.createTaskQuery().taskId(harz.getId()).count() == 0);
    assertThat(jdbc.queryForObject("SELECT acknowledged_by FROM pc_acknowledgement WHERE business_key = ? AND region = ?",
        String.class, pi.getBusinessKey(), Region.HARZ.id())).isEqualTo("coach.harz");
    assertThat(jdbc.queryForObject("SELECT questions FROM pc_acknowledgement WHERE business_key = ? AND region = ?",
        String.class, pi.getBusinessKey(), Region.HARZ.id())).isEqualTo("Gilt das auch für Minijobber?");
    runtimeService.deleteProcessInstance(pi.getId(), "Testende", true);
  }
}
