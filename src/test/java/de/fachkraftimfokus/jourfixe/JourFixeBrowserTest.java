package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;
import static de.fachkraftimfokus.jourfixe.JourFixeProcess.Element.*;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.Assertions;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Jour fixe in the German Tasklist, in a real Chromium (screenshots under target/browser-screenshots/). */
@BrowserTest
@DisplayName("Jour fixe in der Tasklist")
class JourFixeBrowserTest {

  /** One demo user per participant group (README „Demo-Zugänge“). */
  private static final Map<String, String> DEMO_USER = Map.of(PartnerGroup.STK.id(), "stk.gs", PartnerGroup.MW.id(), "mw.referat",
      PartnerGroup.MS.id(), "ms.referat", PartnerGroup.NETWORK_KMU.id(), "coach.harz", PartnerGroup.PFIFF.id(), "pfiff.harz", PartnerGroup.TRANSFERZENTREN.id(), "transfer");

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JourFixeService service;
  @Autowired Meetings meetings;

  @Test
  @DisplayName("Die Geschäftsstelle bestätigt den Termin (deutsches Datum, deutscher Kalender) und finalisiert die Tagesordnung (Punkt ergänzt); die Protokollführung schreibt das Protokoll mit je einem Beschluss pro Tagesordnungspunkt in der dynamischen Liste")
  void stkFinalizesAgendaAndMinutesFormShowsDynamicList(Browser browser) {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY,
        Map.of(Var.MEETING_DATE.name(), LocalDate.now().plusDays(900 + (int) (Math.random() * 500)).toString()));
    Task confirm = task(pi, CONFIRM_DATE);
    LocalDate meetingDate = Var.MEETING_DATE.get(runtimeService.getVariables(pi.getId()));

    // StK confirms the date in the form: German date format and a German calendar
    warmUp(browser);
    browser.loginTasklist(Browser.baseUrl(port), DEMO_USER.get(PartnerGroup.STK.id()), identity.demoPassword());
    browser.open(Browser.baseUrl(port) + "/camunda/app/tasklist/default/#/?task=" + confirm.getId());
    browser.click(By.xpath("(//*[normalize-space(.)='Diese Aufgabe übernehmen'])[last()]"));
    browser.waitForText("Entschuldigt");
    WebElement dateInput = browser.waitFor(By.cssSelector(".fjs-form-field-datetime input"));
    browser.await().until(d -> !String.valueOf(dateInput.getAttribute("value")).isBlank());
    Assertions.assertThat(LocalDate.parse(dateInput.getAttribute("value"), DateTimeFormatter.ofPattern("d.M.yyyy")))
        .as("Termin im deutschen Format").isEqualTo(meetingDate);
    dateInput.click();
    browser.waitForText(meetingDate.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN));
    Assertions.assertThat(browser.bodyText()).doesNotContain("Sun").doesNotContain("Wed");
    browser.screenshot("jour-fixe-termin-bestaetigen");
    dateInput.sendKeys(Keys.ESCAPE);
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    waitUntilGone(confirm.getId());
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).meetingDate()).isEqualTo(meetingDate);
    job(pi, SEND_INVITATION);
    for (Task contribution : taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(PREPARE_CONTRIBUTION).list()) {
      taskService.complete(contribution.getId(), Map.of(Var.EXPERIENCES.name(), "Erfahrungen aus dem Browsertest",
          Var.PROPOSED_TOPICS.name(), "Gemeinsamer Messestand"));
    }
    job(pi, GENERATE_REPORT);
    Task finalize = task(pi, FINALIZE_AGENDA);

    browser.loginTasklist(Browser.baseUrl(port), DEMO_USER.get(PartnerGroup.STK.id()), identity.demoPassword());
    browser.open(Browser.baseUrl(port) + "/camunda/app/tasklist/default/#/?task=" + finalize.getId());
    browser.click(By.xpath("(//*[normalize-space(.)='Diese Aufgabe übernehmen'])[last()]"));
    browser.waitForText("Tagesordnung finalisieren");
    browser.waitForText("Monitoringbericht herunterladen (PDF)");
    // one row per item, prefilled; StK adds "Verschiedenes" at the end
    browser.await().until(d -> d.findElements(By.cssSelector(".fjs-form-field-dynamiclist input")).stream()
        .anyMatch(input -> String.valueOf(input.getAttribute("value")).contains("Themenvorschlag")));
    int rowsBefore = titleInputs(browser).size();
    browser.click(By.xpath("//button[contains(@class,'fjs-repeat-render-add')]"));
    browser.await().until(d -> titleInputs(browser).size() == rowsBefore + 1);
    titleInputs(browser).get(rowsBefore).sendKeys("Verschiedenes (aus dem Browser)");
    browser.screenshot("jour-fixe-tagesordnung-finalisieren");
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    waitUntilGone(finalize.getId());
    Assertions.assertThat(meetings.meeting(pi.getBusinessKey()).agendaText())
        .contains("TOP 1").contains("TOP " + (rowsBefore + 1) + ": Verschiedenes (aus dem Browser)");

    job(pi, SEND_AGENDA);
    job(pi, WAIT_FOR_MEETING);
    Task write = task(pi, WRITE_MINUTES);
    String minuteTaker = Var.MINUTE_TAKER_GROUP.get(runtimeService.getVariables(pi.getId()));
    browser.loginTasklist(Browser.baseUrl(port), DEMO_USER.get(minuteTaker), identity.demoPassword());
    browser.open(Browser.baseUrl(port) + "/camunda/app/tasklist/default/#/?task=" + write.getId());
    browser.waitForText("Beschlüsse je Tagesordnungspunkt");
    // the titles of the agenda items are prefilled into the rows' text fields
    browser.await().until(d -> d.findElements(By.cssSelector(".fjs-form-field-dynamiclist input")).stream()
        .anyMatch(input -> String.valueOf(input.getAttribute("value")).contains("Themenvorschlag")));
    // the renderer's own texts in German (scripts/formulare-deutsch.js): placeholders of the selects,
    // and its validation message when the required summary is missing
    browser.click(By.xpath("(//*[normalize-space(.)='Diese Aufgabe übernehmen'])[last()]"));
    browser.waitForText("Bitte wählen");
    // completing with the required fields empty is refused in the form, in German
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    browser.waitForText("Pflichtfeld.");
    Assertions.assertThat(taskService.createTaskQuery().taskId(write.getId()).count()).as("nicht abgeschlossen").isOne();
    WebElement summary = browser.waitFor(By.cssSelector("textarea"));
    Assertions.assertThat(browser.bodyText()).doesNotContain("Field is required").doesNotContain("Select\n");
    List<WebElement> decisionSelects = browser.driver().findElements(By.xpath(
        "//*[contains(@class,'fjs-form-field-dynamiclist')]//label[contains(., 'Beschluss')]"));
    browser.screenshot("jour-fixe-protokoll-erstellen");
    int agendaItems = service.agenda(pi.getBusinessKey()).size();
    Assertions.assertThat(decisionSelects).as("eine Zeile je Tagesordnungspunkt").hasSize(agendaItems);

    // the minute-taker writes the minutes in the form: summary, a decision per item (dynamic list)
    summary.sendKeys("Ergebnisprotokoll aus dem Browser");
    for (WebElement select : browser.driver().findElements(By.cssSelector(".fjs-form-field-dynamiclist .fjs-select-display"))) {
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", select);
      select.click();
      browser.click(By.xpath("(//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='zur Kenntnis genommen'])[1]"));
    }
    // the notice of the refused attempt lies over the button: close it as a user would
    browser.driver().findElements(By.xpath("//*[@uib-alert]//*[normalize-space(.)='×']")).stream()
        .filter(WebElement::isDisplayed).forEach(WebElement::click);
    browser.await().until(d -> d.findElements(By.cssSelector("[uib-alert]")).stream().noneMatch(WebElement::isDisplayed));
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    waitUntilGone(write.getId());
    Assertions.assertThat(task(pi, APPROVE_MINUTES)).as("Protokoll geht zur Freigabe").isNotNull();
    Assertions.assertThat(Var.MINUTES_TEXT.get(runtimeService.getVariables(pi.getId()))).isEqualTo("Ergebnisprotokoll aus dem Browser");
  }

  /** The title fields of the agenda rows, in order. */
  private static List<WebElement> titleInputs(Browser browser) {
    return browser.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')]"
        + "//div[contains(@class,'fjs-form-field-textfield')][.//label[starts-with(normalize-space(.),'Titel')]]//input"));
  }

  /** The first, cold load of Tasklist can take longer than the helpers' wait on a busy machine. */
  private void warmUp(Browser browser) {
    browser.open(Browser.baseUrl(port) + "/camunda/app/tasklist/default/");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(180))
        .until(d -> !d.findElements(By.cssSelector("input[ng-model=\"username\"]")).isEmpty());
  }

  private Task task(ProcessInstance pi, String taskId) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskId).singleResult();
    Assertions.assertThat(task).as(taskId).isNotNull();
    return task;
  }

  private void job(ProcessInstance pi, String activityId) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(activityId).singleResult().getId());
  }

  private void waitUntilGone(String taskId) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (taskService.createTaskQuery().taskId(taskId).count() > 0) {
      Assertions.assertThat(System.nanoTime()).as("Aufgabe abgeschlossen").isLessThan(until);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
