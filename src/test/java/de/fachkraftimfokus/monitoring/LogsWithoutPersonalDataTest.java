package de.fachkraftimfokus.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("Protokolle ohne personenbezogene Daten: ein ganzer Fall mit Weitervermittlung hinterlässt weder Namen noch E-Mail im Log")
class LogsWithoutPersonalDataTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  @DisplayName("Fall mit Einwilligung, Weitervermittlung mit Mail an den Partner, Annahme, Erstkontakt, Ergebnis, Abschluss")
  void wholeCase(CapturedOutput output) {
    // as talkative as an operator may make it: the platform on DEBUG, the engine on INFO
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    logging.setLogLevel("de.fachkraftimfokus", LogLevel.DEBUG);
    logging.setLogLevel("org.camunda", LogLevel.INFO);
    logging.setLogLevel("org.springframework", LogLevel.INFO);
    try {
      runCase(output);
    } finally {
      logging.setLogLevel("de.fachkraftimfokus", LogLevel.INFO);
      logging.setLogLevel("org.camunda", null);
      logging.setLogLevel("org.springframework", null);
    }
  }

  private void runCase(CapturedOutput output) {
    String name = "Lotta Protokoll-" + UUID.randomUUID().toString().substring(0, 6);
    String email = "lotta." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    Map<String, Object> start = new HashMap<>();
    AdvisoryCaseProcess.Var.COMPANY_NAME.put(start, "Log-Test " + UUID.randomUUID());
    AdvisoryCaseProcess.Var.COMPANY_POSTCODE.put(start, "39104");
    AdvisoryCaseProcess.Var.DISTRICT.put(start, "magdeburg");
    AdvisoryCaseProcess.Var.SECTOR.put(start, "C");
    AdvisoryCaseProcess.Var.SIZE_BAND.put(start, "10-49");
    AdvisoryCaseProcess.Var.CONTACT_NAME.put(start, name);
    AdvisoryCaseProcess.Var.CONTACT_EMAIL.put(start, email);
    AdvisoryCaseProcess.Var.CONTACT_PHONE.put(start, "0391 777");
    AdvisoryCaseProcess.Var.INQUIRY_SOURCE.put(start, "UNTERNEHMEN");
    AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.put(start, "Sucht Fachkräfte");
    AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.put(start, true);
    ProcessInstance pi = runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, start);
    Map<String, Object> clearing = new HashMap<>();
    AdvisoryCaseProcess.Var.NEEDS.put(clearing, List.of("RECRUITING"));
    AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.put(clearing, "Bewerbungen bleiben aus");
    AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.put(clearing, "Eigene Azubis");
    AdvisoryCaseProcess.Var.URGENCY.put(clearing, "NORMAL");
    ProcessTestSupport.complete(tasks, pi.getId(), AdvisoryCaseProcess.Element.CLEARING, clearing);
    Map<String, Object> options = new HashMap<>();
    AdvisoryCaseProcess.Var.CASE_PATH.put(options, "WEITERVERMITTLUNG");
    AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.put(options, List.of("pfiff-fachkraeftegewinnung"));
    AdvisoryCaseProcess.Var.OPTIONS_SUMMARY.put(options, "besprochen");
    ProcessTestSupport.complete(tasks, pi.getId(), AdvisoryCaseProcess.Element.DEVELOP_OPTIONS, options);
    ProcessInstance referral = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    ProcessTestSupport.executeDueJobs(management, referral.getId());
    ProcessTestSupport.complete(tasks, referral.getId(), ReferralProcess.Element.ACCEPT_REFERRAL,
        Map.of(ReferralProcess.Var.REFERRAL_DECISION.name(), ReferralProcess.ACCEPT));
    ProcessTestSupport.complete(tasks, referral.getId(), ReferralProcess.Element.DOCUMENT_FIRST_CONTACT, Map.of(
        ReferralProcess.Var.FIRST_CONTACT_DATE.name(), "2026-01-05",
        ReferralProcess.Var.FIRST_CONTACT_NOTE.name(), "Telefonat"));
    ProcessTestSupport.complete(tasks, referral.getId(), ReferralProcess.Element.REPORT_RESULT, Map.of(
        ReferralProcess.Var.REFERRAL_OUTCOME.name(), "ABGESCHLOSSEN",
        ReferralProcess.Var.RESULT_SUMMARY.name(), "Zwei Profile vorgeschlagen"));
    ProcessTestSupport.complete(tasks, pi.getId(), AdvisoryCaseProcess.Element.CLOSE_CASE, Map.of(
        AdvisoryCaseProcess.Var.CASE_OUTCOME.name(), "GELOEST",
        AdvisoryCaseProcess.Var.COMPANY_OWN_ACTIONS.name(), "stellt selbst ein"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).as("Fall beendet").isZero();

    assertThat(output.getAll()).as("der Fall wurde protokolliert")
        .contains("Beratungsfall " + pi.getBusinessKey() + " eröffnet").contains("Weitervermittlung " + referral.getBusinessKey())
        .contains("Beratungsfall " + pi.getBusinessKey() + " beendet")
        .doesNotContain(name).doesNotContain(email).doesNotContain("0391 777");
  }
}
