package de.fachkraftimfokus.webui;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseStartForm;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Daily work in Tasklist as staff expect it (issue 19), in a real Chromium at 1,280 px: no label
 * cut off, the case number and the first step after a start, the next step assigned after
 * completing, a refusal as a German sentence at its field, search by company or case number, the
 * case file for the coach, for Leitung (without personal data) and not for another region's
 * partner, and the hint to Cockpit for Leitung.
 */
@BrowserTest
class TasklistWorkBrowserTest {

  /** Every visible label, option text and description of the form whose text is wider than its box. */
  private static final String OVERFLOWING_LABELS = """
      return Array.from(document.querySelectorAll('.fjs-container label, .fjs-container .fjs-form-field-label,'
          + ' .fjs-container .fjs-form-field-description'))
        .filter(l => l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1)
        .map(l => l.textContent.trim().slice(0, 90) + ' (' + l.scrollWidth + ' > ' + l.clientWidth + ')');
      """;

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  @DisplayName("Regiocoach arbeitet einen Fall ohne Umwege: nichts abgeschnitten, Fallnummer, nächster Schritt zugewiesen, Ablehnung als deutscher Satz, Suche, Fallakte")
  void caseWithoutDetours(Browser browser) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String company = "Holzbau Wernigerode " + tag + " GmbH";
    String base = Browser.baseUrl(port);
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    browser.loginTasklist(base, "coach.harz", identity.demoPassword());

    // the start form: nothing cut off, the consent sentence included
    AdvisoryCaseStartForm.fill(browser, company, "Sucht zwei Zerspanungsmechaniker und einen Tischler");
    assertThat(overflowing(browser)).as("abgeschnittene Beschriftungen im Startformular").isEmpty();
    browser.screenshot("arbeit-startformular-1280");
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));

    // the case number, and the first step opened for the coach who started it
    browser.waitForText("ist eröffnet");
    browser.await().until(d -> caseOf(company) != null);
    ProcessInstance pi = caseOf(company);
    String key = pi.getBusinessKey();
    assertThat(browser.bodyText()).contains("Vorgang " + key + " ist eröffnet");
    Task clearing = task(pi, AdvisoryCaseProcess.Element.CLEARING);
    assertThat(clearing.getAssignee()).isEqualTo("coach.harz");
    browser.await().until(d -> d.getCurrentUrl().contains("task=" + clearing.getId()));
    browser.waitForText("Clearinggespräch führen");
    browser.waitForText("Geschäftszeichen " + key);
    assertThat(browser.bodyText()).contains(company).contains("Region Harz").doesNotContain("Region harz");

    browser.click(By.xpath("//label[contains(normalize-space(.),'Fachkräftegewinnung/Rekrutierung')]"));
    browser.type("Problem in den Worten des Unternehmens", "Bewerbungen bleiben aus");
    browser.type("Eigene Lösungsideen des Unternehmens", "Eigene Azubis übernehmen");
    browser.click(By.xpath("//label[normalize-space(.)='normal']//input | //input[@id=//label[normalize-space(.)='normal']/@for]"));
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));

    // a short confirmation; the next step of the same case is the coach's, and open
    browser.waitForText("Erledigt: „Clearinggespräch führen“");
    browser.await().until(d -> task(pi, AdvisoryCaseProcess.Element.DEVELOP_OPTIONS) != null);
    Task options = task(pi, AdvisoryCaseProcess.Element.DEVELOP_OPTIONS);
    assertThat(options.getAssignee()).as("nächster Schritt ohne erneutes Übernehmen").isEqualTo("coach.harz");
    browser.await().until(d -> d.getCurrentUrl().contains("task=" + options.getId()));
    browser.waitForText("Angebote für die Weitervermittlung");
    browser.waitForText("empfohlen");
    assertThat(overflowing(browser)).as("abgeschnittene Beschriftungen in „Handlungsoptionen entwickeln“").isEmpty();
    WebElement recommended = browser.waitFor(By.xpath(
        "(//div[contains(@class,'fjs-form-field-checklist')]//label[contains(.,'empfohlen')])[1]"));
    assertThat((Boolean) browser.script("const l = arguments[0].getBoundingClientRect();"
        + " const f = arguments[0].closest('.fjs-form-field').getBoundingClientRect();"
        + " return l.right <= f.right + 1 && l.width > 0;", recommended)).as("„– empfohlen“ sichtbar").isTrue();
    browser.screenshot("arbeit-handlungsoptionen-1280");

    // refused by the server: one German sentence at the field, next to the button, nothing technical
    browser.choose("Weg", "Grundberatung durch den Regiocoach");
    browser.type("Entwickelte Handlungsoptionen", "Stellenanzeigen überarbeitet");
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    browser.waitFor(By.cssSelector(".fkif-field-error"));
    String notice = browser.waitFor(By.cssSelector(".fkif-notice-error")).getText();
    assertThat(notice).contains("Begründung der Abweichung: Pflichtfeld, wenn Weg oder Angebote von der Empfehlung abweichen.")
        .doesNotContain("Cannot").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    assertThat(browser.bodyText()).doesNotContain("Cannot submit").doesNotContain(options.getId());
    assertThat((Boolean) browser.script("const r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;",
        browser.waitFor(By.cssSelector(".fkif-field-error")))).as("Fehlersatz im sichtbaren Bereich").isTrue();
    browser.screenshot("arbeit-abgelehnt");
    assertThat(task(pi, AdvisoryCaseProcess.Element.DEVELOP_OPTIONS)).as("nicht abgeschlossen").isNotNull();

    // search by a part of the company's name and by the case number
    WebElement search = browser.waitFor(By.id("fkif-search-input"));
    search.sendKeys("wernigerode " + tag);
    browser.waitFor(By.xpath("//ul[contains(@class,'fkif-search-results')]//a[normalize-space(.)='Handlungsoptionen entwickeln']"));
    search.clear();
    search.sendKeys(key);
    browser.waitFor(By.xpath("//ul[contains(@class,'fkif-search-results')]//div[contains(.,'" + company + "')]"));
    browser.screenshot("arbeit-suche");

    // the case file: the coach sees the contact person and who did the clearing
    browser.open(base + "/fallakte/" + key);
    browser.waitForText("Fallakte " + key);
    assertThat(browser.bodyText()).contains(company).contains("Clearinggespräch führen").contains("Regiocoach Harz")
        .contains("Fachkräftegewinnung").contains("m.muster@example.org").contains("Kontaktregister");
    browser.screenshot("arbeit-fallakte-regiocoach");

    // Leitung: Tasklist points to Cockpit; the case file without personal data
    browser.newSession();
    browser.open(base + "/camunda/app/tasklist/default/");
    WebElement name = browser.waitFor(By.cssSelector("input[ng-model=\"username\"]"));
    name.sendKeys("leitung");
    WebElement secret = browser.driver().findElement(By.cssSelector("input[type=\"password\"]"));
    secret.sendKeys(identity.demoPassword());
    secret.submit();
    browser.waitForText("Leitung und Controlling arbeiten im Cockpit");
    assertThat(browser.waitFor(By.xpath("//div[contains(@class,'fkif-login-hint')]//a")).getAttribute("href"))
        .contains("/camunda/app/cockpit/");
    browser.screenshot("arbeit-leitung-tasklist");
    browser.loginCockpit(base, "leitung", identity.demoPassword());
    browser.open(base + "/fallakte/" + key);
    browser.waitForText("Fallakte " + key);
    assertThat(browser.bodyText()).contains(company).contains("Clearinggespräch führen")
        .doesNotContain("m.muster@example.org").doesNotContain("Maria Muster").doesNotContain("Regiocoach Harz");

    // another region's partner: no case file
    browser.loginTasklist(base, "pfiff.halle", identity.demoPassword());
    browser.open(base + "/fallakte/" + key);
    browser.waitForText("Fallakte nicht verfügbar");
    assertThat(browser.bodyText()).doesNotContain(company);
  }

  private List<?> overflowing(Browser browser) {
    return (List<?>) browser.script(OVERFLOWING_LABELS);
  }

  private Task task(ProcessInstance pi, String element) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(element).singleResult();
  }

  private ProcessInstance caseOf(String company) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(AdvisoryCaseProcess.KEY)
        .variableValueEquals(AdvisoryCaseProcess.Var.COMPANY_NAME.name(), company).singleResult();
  }
}
