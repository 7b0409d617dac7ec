package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.CrossLinkState;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.Element;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 in a real Chromium: a PFIFF Regionalstelle announces a company workshop from the start
 * form in the German Tasklist; the Transferzentren confirm in „Auf Aktivität hinweisen“ where they
 * point to it; the staff calendar, linked from the form and the welcome page, shows it.
 * Screenshots under {@code target/browser-screenshots/}.
 */
@BrowserTest
@DisplayName("Öffentlichkeitsaktivität in der Tasklist")
class PublicActivityBrowserTest {

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PublicActivityRegister register;

  @Test
  @DisplayName("PFIFF kündigt einen Unternehmensworkshop im Startformular an; die Transferzentren bestätigen ihren Hinweis; der Kalender zeigt ihn")
  void pfiffAnnouncesWorkshopTransferConfirmsLink(Browser browser) {
    String title = "Workshop Azubi-Marketing Harz " + UUID.randomUUID().toString().substring(0, 8);
    String base = Browser.baseUrl(port);

    browser.loginTasklist(base, "pfiff.harz", identity.demoPassword());
    browser.startProcess(ProcessKey.PUBLIC_ACTIVITY.germanName(), "Art der Aktivität");
    assertThat(browser.driver().findElements(By.cssSelector(".modal a[href$='" + PublicActivityProcess.CALENDAR_PATH + "']")))
        .as("das Startformular verlinkt den Kalender").isNotEmpty();

    browser.choose("Art der Aktivität", PublicActivityKind.COMPANY_WORKSHOP.germanName());
    browser.choose("Federführender Partner", PartnerGroup.PFIFF.germanName());
    browser.type("Titel", title);
    browser.type("Kurzbeschreibung", "Wie Handwerksbetriebe Auszubildende über soziale Medien erreichen");
    // form-js' date picker reads the browser's locale (a German one: d.M.yyyy) and submits yyyy-MM-dd
    browser.type("Geplantes Datum", "12.5.2055" + Keys.ENTER);
    browser.tick("Harz");
    browser.tick("Unternehmen");
    browser.tick("Ausbildung");
    browser.type("Link", "https://www.example.org/pfiff/workshop-azubi-marketing");
    browser.tick("Das Logo der Dachmarke");
    browser.tick("Der Wortlaut");
    browser.tick("Es gibt einen Link");
    browser.screenshot("oeffentlichkeitsaktivitaet-startformular-pfiff");
    WebElement start = browser.await().until(d -> d.findElements(By.cssSelector(".modal button")).stream()
        .filter(b -> b.isDisplayed() && b.getText().trim().equals("Start")).findFirst().orElse(null));
    start.click();
    browser.waitForText("Der Prozess wurde gestartet");
    browser.await().until(d -> instanceOf(title) != null);

    ProcessInstance pi = instanceOf(title);
    assertThat(pi.getBusinessKey()).matches(PublicActivityProcess.BUSINESS_KEY.pattern());
    assertThat(runtimeService.getVariable(pi.getId(), Var.INITIATOR.name())).isEqualTo("pfiff.harz");
    assertThat(runtimeService.getVariable(pi.getId(), Var.PERIOD_START.name())).as("12.5.2055 = 12. Mai")
        .hasToString("2055-05-12");
    assertThat(JsonVariables.stringList(runtimeService.getVariable(pi.getId(), Var.TOPICS.name())))
        .containsExactly("APPRENTICESHIP");
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().state()).isEqualTo(PublicActivityState.VEROEFFENTLICHT);
    // the job executor is off in tests: send the request to the partners, which opens their tasks
    ProcessTestSupport.executeDueJobs(managementService, pi.getId());
    Task transferTask = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.POINT_TO_ACTIVITY).taskCandidateGroup(PartnerGroup.TRANSFERZENTREN.id()).singleResult();
    assertThat(transferTask).isNotNull();

    browser.loginTasklist(base, "transfer", identity.demoPassword());
    browser.clickText("a", "Aufgaben meiner Gruppen");
    browser.waitForText("Auf Aktivität hinweisen");
    browser.clickText(".task a", "Auf Aktivität hinweisen");
    browser.waitForText("Ihre Rückmeldung");
    browser.waitForText(title);
    browser.click(By.xpath("(//*[normalize-space(.)='Diese Aufgabe übernehmen'])[last()]"));
    browser.click(By.xpath("//label[contains(normalize-space(.),'Wir weisen auf unserer Website darauf hin')]"));
    browser.type("Adresse des Hinweises", "https://www.example.org/transferzentren/termine");
    browser.screenshot("oeffentlichkeitsaktivitaet-hinweis-transferzentren");
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    browser.await().until(d -> taskService.createTaskQuery().taskId(transferTask.getId()).count() == 0);
    assertThat(register.crossLinks(pi.getBusinessKey())).filteredOn(l -> l.partnerGroup().equals(PartnerGroup.TRANSFERZENTREN.id()))
        .singleElement().satisfies(l -> {
          assertThat(l.state()).isEqualTo(CrossLinkState.VERLINKT);
          assertThat(l.url()).isEqualTo("https://www.example.org/transferzentren/termine");
          assertThat(l.answeredBy()).isEqualTo("transfer");
        });

    // the welcome page links the calendar; the Tasklist login is enough to read it
    openWelcomePage(browser, base);
    browser.click(By.xpath("//a[contains(@href,'" + PublicActivityProcess.CALENDAR_PATH + "')]"));
    browser.waitForText("Kommende Öffentlichkeitsaktivitäten");
    browser.open(base + PublicActivityProcess.CALENDAR_PATH + "?region=harz&kind=" + CalendarController.COORDINATED_ONLY);
    browser.waitForText(title);
    WebElement row = browser.waitFor(By.cssSelector("tr[data-business-key='" + pi.getBusinessKey() + "']"));
    assertThat(row.getText()).contains("Unternehmensworkshop").contains("Harz").contains("Ausbildung")
        .contains("PFIFF – Fachkräfteportal").contains("1 von 8").contains("12.05.2055");
    browser.screenshot("oeffentlichkeitsarbeit-kalender");
  }

  /**
   * The welcome page, loaded up to three times: in a long run on a busy machine its scripts were once
   * refused by the page's own script policy (nonce) and the page stayed empty; a reload served it.
   */
  private static void openWelcomePage(Browser browser, String base) {
    By calendarLink = By.xpath("//a[contains(@href,'" + PublicActivityProcess.CALENDAR_PATH + "')]");
    for (int attempt = 1; ; attempt++) {
      browser.open(base + "/camunda/app/welcome/default/");
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Browser.TIMEOUT.dividedBy(3))
            .until(ExpectedConditions.visibilityOfElementLocated(calendarLink));
        browser.waitForText("Kalender der Öffentlichkeitsarbeit");
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw new AssertionError("Startseite zeigt den Link zum Kalender nach drei Ladeversuchen nicht", e);
        }
        System.out.println("[browser] Startseite ohne Kalender-Link, lade neu");
      }
    }
  }

  private ProcessInstance instanceOf(String title) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PublicActivityProcess.KEY)
        .variableValueEquals(Var.TITLE.name(), title).singleResult();
  }
}
