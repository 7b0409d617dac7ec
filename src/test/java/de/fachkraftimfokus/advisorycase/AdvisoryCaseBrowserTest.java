package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Element;
import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.support.Browser;
import de.fachkraftimfokus.support.BrowserTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Regiocoach's day in a real Chromium: start a case from the Tasklist start form, complete the
 * clearing in the rendered Camunda Form; the PFIFF user of the region then finds the referral in
 * the filter "Eingehende Weitervermittlungen – PFIFF".
 */
@BrowserTest
class AdvisoryCaseBrowserTest {

  @LocalServerPort int port;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  @DisplayName("Regiocoach startet einen Fall im Startformular und führt das Clearing im Formular; PFIFF Harz sieht die Weitervermittlung")
  void caseFromTasklistToPfiff(Browser browser) {
    String company = "Browser-Metallbau " + UUID.randomUUID().toString().substring(0, 8) + " GmbH";
    String base = Browser.baseUrl(port);
    browser.loginTasklist(base, "coach.harz", identity.demoPassword());

    AdvisoryCaseStartForm.fill(browser, company, "Sucht zwei Zerspanungsmechaniker");
    browser.screenshot("beratungsfall-startformular");
    browser.click(By.xpath("//button[normalize-space(.)='Start']"));

    browser.await().until(d -> caseOf(company) != null);
    ProcessInstance pi = caseOf(company);
    assertThat(pi.getBusinessKey()).matches("BF-\\d{4}-\\d{5}");
    Task clearing = ProcessTestSupport.task(tasks, pi.getId(), Element.CLEARING);

    // the coach who started the case has its first step already (identity.NextStepAssignment)
    assertThat(clearing.getAssignee()).isEqualTo("coach.harz");
    browser.open(base + "/camunda/app/tasklist/default/#/?task=" + clearing.getId());
    browser.waitForText("Clearinggespräch führen");
    browser.click(By.xpath("//label[contains(normalize-space(.),'Fachkräftegewinnung/Rekrutierung')]"));
    browser.type("Problem in den Worten des Unternehmens", "Bewerbungen bleiben aus");
    browser.type("Eigene Lösungsideen des Unternehmens", "Eigene Azubis übernehmen");
    browser.tick("normal");
    browser.screenshot("beratungsfall-clearing");
    browser.click(By.xpath("//button[normalize-space(.)='Abschließen']"));
    browser.await().until(d -> tasks.createTaskQuery().taskId(clearing.getId()).count() == 0);
    assertThat(Var.NEEDS.get(runtime.getVariables(pi.getId()))).containsExactly("RECRUITING");

    // the Regiocoach confirms the recommended referral (API), the partner is notified
    ProcessTestSupport.complete(tasks, pi.getId(), Element.DEVELOP_OPTIONS, AdvisoryCaseProcessTest.options(
        "WEITERVERMITTLUNG", List.of("pfiff-fachkraeftegewinnung"), null));
    ProcessInstance referral = runtime.createProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey() + "-W1")
        .singleResult();
    ProcessTestSupport.executeDueJobs(management, referral.getId());
    assertThat(ProcessTestSupport.task(tasks, referral.getId(), ReferralProcess.Element.ACCEPT_REFERRAL)).isNotNull();

    browser.newSession();
    browser.loginTasklist(base, "pfiff.harz", identity.demoPassword());
    browser.click(textContaining("Eingehende Weitervermittlungen – PFIFF"));
    browser.waitForText(company);
    browser.waitForText("Weitervermittlung annehmen");
    browser.screenshot("weitervermittlung-pfiff-harz");
  }

  /** The innermost element whose text contains this. */
  private static By textContaining(String text) {
    return By.xpath("(//*[contains(normalize-space(.),'" + text + "')])[last()]");
  }

  private ProcessInstance caseOf(String company) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(AdvisoryCaseProcess.KEY)
        .variableValueEquals(Var.COMPANY_NAME.name(), company).singleResult();
  }
}
