package de.fachkraftimfokus.jourfixe;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import java.time.YearMonth;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit as the Leitung (cockpit-readers) sees it: German texts, no button that would change a case,
 * no contact person, company next to the case number, diagrams fitted to the width, and the
 * business figures page showing the figures of a fixture month. Screenshots under
 * {@code target/browser-screenshots/}.
 */
@BrowserTest
class ManagementCockpitBrowserTest {

  private static final String MANAGEMENT = "leitung";
  private static final YearMonth MONTH = YearMonth.of(2031, 8);

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired CompanyRegistry companies;
  @Autowired ContactRegister contacts;

  @Test
  @DisplayName("Leitung im Cockpit: deutsch, nur lesen, ohne Ansprechperson, Unternehmen zum Geschäftszeichen, Kennzahlen wie im Bestand")
  void managersCockpit(Browser browser) {
    DashboardFixture fixture = DashboardFixture.create(MONTH, runtime, tasks, management, companies, contacts);
    String base = Browser.baseUrl(port) + "/camunda/app/cockpit/default/";
    browser.loginCockpit(Browser.baseUrl(port), MANAGEMENT, identity.demoPassword());

    // start page: German, with the summary of the figures
    browser.waitForText("Bereitgestellt");
    browser.waitForText("Alle Kennzahlen ansehen");
    assertThat(browser.bodyText()).contains("Kennzahlen", "Prozessdefinitionen", "Aufgaben")
        .doesNotContain("Deployed", "Tasks");
    browser.screenshot("cockpit-leitung-start");

    // the list of processes: German column names
    browser.open(base + "#/processes");
    browser.waitForText("Beratungsfall");
    assertThat(browser.bodyText()).contains("Schlüssel").doesNotContain("Key ", "\tKey");

    // the running cases of a definition: case number and company
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(AdvisoryCaseProcess.KEY)
        .latestVersion().singleResult().getId();
    browser.open(base + "#/process-definition/" + definitionId + "/runtime");
    browser.waitForText(fixture.openCase);
    browser.waitForText(fixture.openCompany);
    assertThat(browser.bodyText()).contains("Geschäftszeichen", "Unternehmen");
    browser.screenshot("cockpit-leitung-faelle");

    // one case: no contact person, no button that would change it, German throughout
    browser.open(base + "#/process-instance/" + fixture.openCaseId + "/runtime");
    browser.waitForText("Mandanten-ID:");
    browser.waitForText(fixture.openCompany);
    browser.await().until(d -> "lesen".equals(browser.script("return document.body.getAttribute('data-fkif-rechte')")));
    browser.await().until(d -> "breite".equals(browser.script("return document.body.getAttribute('data-fkif-diagramm')")));
    String casePage = browser.bodyText();
    assertThat(casePage).contains("Geschäftszeichen:", fixture.openCase, "Variablen", "Aufgaben", "keine")
        .doesNotContain(DashboardFixture.CONTACT_NAME, DashboardFixture.CONTACT_EMAIL, "null", "Tasks", "Actions");
    assertThat(casePage).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    assertThat(browser.visible(By.cssSelector(".ctn-toolbar button, .ctn-toolbar a"))).as("Knöpfe zum Ändern").isEmpty();
    browser.click(By.xpath("//ul[contains(@class, 'nav-tabs')]//a[normalize-space(.)='Aufgaben']"));
    browser.waitForText("Clearinggespräch führen");
    assertThat(browser.visible(By.cssSelector("td.action button, td.action a"))).isEmpty();
    assertThat(browser.bodyText()).doesNotContain(DashboardFixture.CONTACT_NAME, "Actions");
    browser.screenshot("cockpit-leitung-fall");

    // the business figures of the fixture month
    browser.open(base + "#/kennzahlen?bis=" + MONTH + "&monate=1");
    browser.await().until(d -> "fertig".equals(browser.script(
        "var p = document.querySelector('[data-fkif-kennzahlen]'); return p && p.getAttribute('data-fkif-kennzahlen')")));
    assertThat(figure(browser, "faelle-eroeffnet")).isEqualTo("3");
    assertThat(figure(browser, "faelle-beendet")).isEqualTo("1");
    assertThat(figure(browser, "doppelansprachen-vermieden")).isEqualTo("1");
    assertThat(figure(browser, "doppelansprachen-erkannt")).isEqualTo("1");
    assertThat(figure(browser, "eroeffnet|Harz|" + MONTH)).isEqualTo("2");
    assertThat(figure(browser, "eroeffnet|Halle|" + MONTH)).isEqualTo("1");
    assertThat(figure(browser, "eroeffnet|Altmark|" + MONTH)).isEqualTo("0");
    assertThat(figure(browser, "beendet|" + ManagementDashboard.WITHDRAWN + "|" + MONTH)).isEqualTo("1");
    assertThat(figure(browser, "laufend|vor der Wegentscheidung")).isEqualTo("2");
    // textContent: most of the page lies below the fold of Cockpit's scrolling view
    String page = (String) browser.script("return document.querySelector('.fkif-kennzahlen').textContent");
    assertThat(page).contains("Kennzahlen der Leitung", "Zeitraum August 2031 bis August 2031",
        "Eröffnete Fälle nach Region und Monat", "Weitervermittlungen nach Partner und Ausgang",
        "Überfällige Aufgaben nach Gruppe", "Vorabstimmungen nach Stand", fixture.withdrawnCase,
        fixture.withdrawnCompany, "abgeschlossen", fixture.coordinatedCompany)
        .doesNotContain(DashboardFixture.CONTACT_NAME, DashboardFixture.CONTACT_EMAIL);
    browser.screenshot("cockpit-leitung-kennzahlen");
  }

  private static String figure(Browser browser, String key) {
    // textContent: the tables lie below the fold of Cockpit's scrolling view
    WebElement element = browser.driver().findElement(By.cssSelector("[data-kennzahl=\"" + key + "\"]"));
    return element.getDomProperty("textContent").trim();
  }
}
