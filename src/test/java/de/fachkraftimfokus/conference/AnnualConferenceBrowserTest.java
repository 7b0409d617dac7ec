package de.fachkraftimfokus.conference;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionKind;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.ContributionState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Element;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.ProcessKey;
import de.fachkraftimfokus.process.YearlyNumbers;
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

/**
 * Issue 12 in a real Chromium: {@code stk.gs} starts the conference of a year in the German Tasklist
 * and fixes lead and date; the Transferzentren submit a programme contribution there. Screenshots
 * under {@code target/browser-screenshots/}.
 */
@BrowserTest
@DisplayName("Fachveranstaltung in der Tasklist")
class AnnualConferenceBrowserTest {

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ConferenceRegister register;

  @Test
  @DisplayName("stk.gs legt die Fachveranstaltung an und legt Federführung und Termin fest; transfer reicht einen Vortrag ein")
  void stkFixesLeadAndDateTransferSubmits(Browser browser) {
    // the last year the start form accepts: no other test uses it
    int year = YearlyNumbers.currentYear() + AnnualConferenceStartListener.YEARS_AHEAD;
    String motto = "Fachkräfte im Fokus " + UUID.randomUUID().toString().substring(0, 6);
    String base = Browser.baseUrl(port);

    browser.loginTasklist(base, "stk.gs", identity.demoPassword());
    browser.startProcess(ProcessKey.ANNUAL_CONFERENCE.germanName(), "Fachveranstaltung anlegen");
    browser.type("Jahr", String.valueOf(year));
    browser.screenshot("fachveranstaltung-startformular");
    WebElement start = browser.await().until(d -> d.findElements(By.cssSelector(".modal button")).stream()
        .filter(b -> b.isDisplayed() && b.getText().trim().equals("Start")).findFirst().orElse(null));
    start.click();
    browser.waitForText("Der Prozess wurde gestartet");
    String businessKey = AnnualConferenceProcess.businessKey(year);
    browser.await().until(d -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .count() == 1);
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult();
    assertThat(runtimeService.getVariable(pi.getId(), Var.INITIATOR.name())).isEqualTo("stk.gs");
    Task lead = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.SET_LEAD_AND_DATE).singleResult();

    // the Geschäftsstelle that started the conference has its first step already (identity.NextStepAssignment)
    assertThat(lead.getAssignee()).isEqualTo("stk.gs");
    browser.open(base + "/camunda/app/tasklist/default/#/?task=" + lead.getId());
    browser.waitForText("Turnusgemäß hat " + year);
    // form-js' date picker reads the browser's locale (a German one: d.M.yyyy) and submits yyyy-MM-dd
    browser.type("Termin", "17.9." + year + Keys.ENTER);
    browser.tick("in Präsenz");
    browser.type("Ort", "Halle (Saale), Stadthaus");
    browser.type("Motto", motto);
    browser.type("Budgetrahmen (Euro)", "20000");
    browser.type("Programmbeiträge fällig am", "30.6." + year + Keys.ENTER);
    browser.type("Anmeldeschluss", "1.9." + year + Keys.ENTER);
    browser.screenshot("fachveranstaltung-federfuehrung-termin");
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    browser.await().until(d -> taskService.createTaskQuery().taskId(lead.getId()).count() == 0);
    Conference fixed = register.find(businessKey).orElseThrow();
    assertThat(fixed.motto()).isEqualTo(motto);
    assertThat(fixed.date()).hasToString(year + "-09-17");
    assertThat(fixed.contributionDue()).hasToString(year + "-06-30");
    assertThat(fixed.registrationDeadline()).hasToString(year + "-09-01");
    assertThat(fixed.leadPartner()).isEqualTo(fixed.proposedLead());
    assertThat(fixed.budgetFrame()).isEqualTo(20_000L);
    // the job executor is off in tests: send the call for contributions
    managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    Task transfer = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.SUBMIT_CONTRIBUTION).taskCandidateGroup(PartnerGroup.TRANSFERZENTREN.id())
        .singleResult();
    assertThat(transfer).isNotNull();

    browser.loginTasklist(base, "transfer", identity.demoPassword());
    browser.clickText("a", "Aufgaben meiner Gruppen");
    browser.waitForText("Programmbeitrag einreichen");
    browser.clickText(".task a", "Programmbeitrag einreichen");
    browser.click(By.xpath("(//*[normalize-space(.)='Diese Aufgabe übernehmen'])[last()]"));
    browser.waitForText(motto);
    browser.choose("Art des Beitrags", ContributionKind.VORTRAG.germanName());
    browser.type("Titel", "Absolventinnen und Absolventen im Mittelstand halten");
    browser.type("Referentin / Referent", "Dr. Erika Beispiel");
    browser.type("Dauer (Minuten)", "45");
    browser.type("Bedarf", "Beamer, Mikrofon");
    browser.screenshot("fachveranstaltung-programmbeitrag-transfer");
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    browser.await().until(d -> taskService.createTaskQuery().taskId(transfer.getId()).count() == 0);
    ConferenceRegister.Contribution submitted = register.contributions(businessKey).stream()
        .filter(c -> c.partnerGroup().equals(PartnerGroup.TRANSFERZENTREN.id())).findFirst().orElseThrow();
    assertThat(submitted.state()).isEqualTo(ContributionState.EINGEREICHT);
    assertThat(submitted.kind()).isEqualTo(ContributionKind.VORTRAG);
    assertThat(submitted.speaker()).isEqualTo("Dr. Erika Beispiel");
    assertThat(submitted.durationMinutes()).isEqualTo(45);
    runtimeService.deleteProcessInstance(pi.getId(), "Testende", true);
  }
}
