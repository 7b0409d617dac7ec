package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.identity.IdentityProperties;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess;
import de.fachkraftimfokus.support.PlatformTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ResponseEntity;

@PlatformTest
@DisplayName("Monitoringbericht zum Jour fixe")
class MonitoringReportTest {

  /** The fixture lives in 2001: no other test's cases fall into its period, even on a shared database. */
  private static final Instant T0 = Instant.parse("2001-03-01T08:00:00Z");
  private static final MonitoringSources FIXTURE = new MonitoringSources("jf-fixture-advisory-case", "region",
      "inquirySource", "clearing", "doubleApproach", "approachOutcome", "jf-fixture-referral", "acceptReferral",
      "partnerGroup", "accepted", "jf-fixture-coordination");

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MonitoringReportService reports;
  @Autowired MonitoringReportRenderer renderer;
  @Autowired MonitoringReportStore store;
  @Autowired IdentityProperties identity;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  private String deployment;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM coord_activity WHERE business_key LIKE 'AB-2001-90%'");
    jdbc.update("DELETE FROM coord_cross_link WHERE business_key LIKE 'OA-2001-90%'");
    jdbc.update("DELETE FROM coord_activity WHERE business_key LIKE 'OA-2001-90%'");
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName("Die Zahlen stimmen mit einer Vorlage bekannter Fälle überein; das PDF öffnet sich und enthält die Diagramme")
  void numbersMatchFixtureAndPdfHasCharts() throws Exception {
    deployment = repositoryService.createDeployment()
        .addModelInstance("advisory.bpmn", Bpmn.createExecutableProcess(FIXTURE.advisoryCaseKey()).camundaHistoryTimeToLive(1)
            .startEvent().userTask(FIXTURE.clearingTask()).endEvent().done())
        .addModelInstance("referral.bpmn", Bpmn.createExecutableProcess(FIXTURE.referralKey()).camundaHistoryTimeToLive(1)
            .startEvent().userTask(FIXTURE.acceptReferralTask()).endEvent().done())
        .addModelInstance("coordination.bpmn", Bpmn.createExecutableProcess(FIXTURE.coordinationRequestKey())
            .camundaHistoryTimeToLive(1).startEvent().userTask("giveStatement").endEvent().done())
        .deploy().getId();

    // before the period: counts nowhere
    at(T0.minus(Duration.ofDays(10)));
    ProcessInstance old = advisoryCase("halle", "REGIOCOACH", false, null);
    completeFirstTask(old, Map.of());
    ProcessInstance oldRequest = coordinationRequest("AB-2001-9000", "ABGESTIMMT");
    completeFirstTask(oldRequest, Map.of());
    publicActivity("OA-2001-9000", "PRESS_RELEASE", PartnerGroup.MS.id(), true, "DURCHGEFUEHRT", null);

    at(T0.plus(Duration.ofHours(1)));
    ProcessInstance harz1 = advisoryCase("harz", "REGIOCOACH", true, "WE_LEAD");
    ProcessInstance harz2 = advisoryCase("harz", "PFIFF", false, null);
    advisoryCase("altmark", "UNTERNEHMEN", true, "OTHER_LEADS");
    ProcessInstance pfiff1 = referral(PartnerGroup.PFIFF.id());
    ProcessInstance pfiff2 = referral(PartnerGroup.PFIFF.id());
    ProcessInstance pfiff3 = referral(PartnerGroup.PFIFF.id());
    ProcessInstance transfer = referral(PartnerGroup.TRANSFERZENTREN.id());
    coordinationRequest("AB-2001-9001", "IN_ABSTIMMUNG");
    coordinationRequest("AB-2001-9002", "JOUR_FIXE");
    coordinationRequest("AB-2001-9003", null);
    ProcessInstance finishedRequest = coordinationRequest("AB-2001-9004", "ABGESTIMMT");
    // public work (1.1–1.3): two PFIFF workshops, one MS press release; one workshop held with 23 participants
    publicActivity("OA-2001-9001", "COMPANY_WORKSHOP", PartnerGroup.PFIFF.id(), true, "DURCHGEFUEHRT", 23);
    publicActivity("OA-2001-9002", "COMPANY_WORKSHOP", PartnerGroup.PFIFF.id(), false, "VEROEFFENTLICHT", null);
    publicActivity("OA-2001-9003", "PRESS_RELEASE", PartnerGroup.MS.id(), true, "VEROEFFENTLICHT", null);
    crossLink("OA-2001-9001", PartnerGroup.STK.id(), "VERLINKT");
    crossLink("OA-2001-9001", PartnerGroup.MS.id(), "VERLINKT");
    crossLink("OA-2001-9001", PartnerGroup.MW.id(), "NICHT_VERLINKT");
    crossLink("OA-2001-9002", PartnerGroup.STK.id(), "FEHLT");
    crossLink("OA-2001-9003", PartnerGroup.PFIFF.id(), "OFFEN");
    Task overdue = taskService.newTask();
    overdue.setName("Fixture: überfällig");
    overdue.setDueDate(Date.from(T0.plus(Duration.ofDays(1))));
    taskService.saveTask(overdue);
    taskService.addCandidateGroup(overdue.getId(), "jf-fixture-group");

    at(T0.plus(Duration.ofHours(6)));
    completeFirstTask(pfiff3, Map.of(FIXTURE.acceptedVariable(), false));
    at(T0.plus(Duration.ofHours(11)));
    completeFirstTask(pfiff1, Map.of(FIXTURE.acceptedVariable(), true));
    at(T0.plus(Duration.ofHours(31)));
    completeFirstTask(pfiff2, Map.of(FIXTURE.acceptedVariable(), true));
    at(T0.plus(Duration.ofHours(49)));
    completeFirstTask(transfer, Map.of(FIXTURE.acceptedVariable(), true));
    completeFirstTask(harz1, Map.of());
    completeFirstTask(harz2, Map.of());
    completeFirstTask(finishedRequest, Map.of());

    Instant to = T0.plus(Duration.ofDays(5));
    at(to);
    try {
      MonitoringReport report = reports.compute("JF-2001-01", T0, to, FIXTURE);

      Assertions.assertThat(report.newCasesByRegion()).isEqualTo(Map.of("harz", 2L, "altmark", 1L));
      Assertions.assertThat(report.newCasesBySource()).isEqualTo(Map.of("REGIOCOACH", 1L, "PFIFF", 1L, "UNTERNEHMEN", 1L));
      Assertions.assertThat(report.clearingsDone()).isEqualTo(2);
      Assertions.assertThat(report.doubleApproaches()).isEqualTo(2);
      Assertions.assertThat(report.doubleApproachesByOutcome()).isEqualTo(Map.of("WE_LEAD", 1L, "OTHER_LEADS", 1L));
      Assertions.assertThat(report.referralsByPartner()).containsExactly(
          new MonitoringReport.ReferralFigures(PartnerGroup.PFIFF.id(), 3, 2, 20.0),
          new MonitoringReport.ReferralFigures(PartnerGroup.TRANSFERZENTREN.id(), 1, 1, 48.0));
      Assertions.assertThat(report.referralsByPartner().get(0).acceptanceRate()).isCloseTo(2 / 3d,
          Assertions.within(0.001));
      Assertions.assertThat(report.overdueTasksByGroup()).isEqualTo(Map.of("jf-fixture-group", 1L));
      Assertions.assertThat(report.coordinationRequestsByState())
          .isEqualTo(Map.of("in Abstimmung", 1L, "beim Jour fixe", 1L, "abgestimmt", 1L,
              MonitoringReportService.UNKNOWN, 1L));

      Assertions.assertThat(report.publicWork().byKindAndPartner()).isEqualTo(Map.of(
          "Unternehmensworkshop", Map.of(PartnerGroup.PFIFF.id(), 2L), "Pressemitteilung", Map.of(PartnerGroup.MS.id(), 1L)));
      Assertions.assertThat(report.publicWork().published()).isEqualTo(3);
      Assertions.assertThat(report.publicWork().brandFirstTry()).isEqualTo(2);
      Assertions.assertThat(report.publicWork().crossLinksAsked()).isEqualTo(5);
      Assertions.assertThat(report.publicWork().crossLinksConfirmed()).isEqualTo(2);
      Assertions.assertThat(report.publicWork().crossLinksDeclined()).isEqualTo(1);
      Assertions.assertThat(report.publicWork().crossLinksMissing()).isEqualTo(1);
      Assertions.assertThat(report.publicWork().crossLinksOpen()).isEqualTo(1);
      Assertions.assertThat(report.publicWork().participants()).isEqualTo(23);

      String html = renderer.html(report);
      Assertions.assertThat(html).contains("Monitoringbericht zum Jour fixe JF-2001-01").contains("data:image/png;base64,");
      byte[] pdf = renderer.pdf(html);
      // kept as a build artifact: the example report of the README is its first page
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
      java.nio.file.Files.write(java.nio.file.Path.of("target", "monitoringbericht-beispiel.pdf"), pdf);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document);
        Assertions.assertThat(text).contains("Monitoringbericht zum Jour fixe JF-2001-01")
            .contains("neue Beratungsfälle").contains("Harz").contains("PFIFF – Fachkräfteportal").contains("67 %").contains("20,0 Std.")
            // codes read in German
            .contains("Anfrage des Unternehmens").contains("Der andere Partner übernimmt").contains("in Abstimmung")
            .doesNotContain("UNTERNEHMEN").doesNotContain("OTHER_LEADS")
            // section Öffentlichkeitsarbeit: by kind and partner, brand on the first try, cross-links
            .contains("Öffentlichkeitsarbeit (Ziffer 1.1–1.3)").contains("Unternehmensworkshop")
            .contains("Ministerium für Arbeit und Soziales").contains("(67 %)").contains("bestätigt 2 (40 %)")
            .contains("23 Teilnehmenden");
        int images = 0;
        for (PDPage page : document.getPages()) {
          for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
              images++;
            }
          }
        }
        Assertions.assertThat(images).as("Diagramme im PDF").isGreaterThanOrEqualTo(4);
      }
    } finally {
      taskService.deleteTask(overdue.getId(), true);
    }
  }

  @Test
  @DisplayName("Teilnehmende laden den Bericht über den Link herunter; andere Gruppen und Unangemeldete nicht")
  void downloadOnlyForParticipants() {
    String key = "JF-2001-" + (10 + (int) (Math.random() * 89));
    store.generate(key);

    ResponseEntity<byte[]> stk = rest.withBasicAuth("stk.gs", identity.demoPassword())
        .getForEntity(MonitoringReportStore.pdfPath(key), byte[].class);
    Assertions.assertThat(stk.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(new String(stk.getBody(), 0, 4)).isEqualTo("%PDF");
    Assertions.assertThat(rest.withBasicAuth("coach.harz", identity.demoPassword())
        .getForEntity("/api/jour-fixe/" + key + "/report.html", String.class).getBody()).contains("Monitoringbericht");
    Assertions.assertThat(rest.withBasicAuth("azubicoach", identity.demoPassword())
        .getForEntity(MonitoringReportStore.pdfPath(key), byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Assertions.assertThat(rest.getForEntity(MonitoringReportStore.pdfPath(key), byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    Assertions.assertThat(rest.withBasicAuth("stk.gs", identity.demoPassword())
        .getForEntity(MonitoringReportStore.pdfPath("JF-1999-01"), byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private ProcessInstance advisoryCase(String region, String source, boolean doubleApproach, String outcome) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FIXTURE.regionVariable(), region);
    variables.put(FIXTURE.inquirySourceVariable(), source);
    variables.put(FIXTURE.doubleApproachVariable(), doubleApproach);
    if (outcome != null) {
      variables.put(FIXTURE.approachOutcomeVariable(), outcome);
    }
    return runtimeService.startProcessInstanceByKey(FIXTURE.advisoryCaseKey(), variables);
  }

  /** A request of the fixture process; with a register row in the given state unless null. */
  private ProcessInstance coordinationRequest(String businessKey, String registerState) {
    if (registerState != null) {
      Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
      jdbc.update("INSERT INTO coord_activity (business_key, activity_type, title, description, sectors, regions, "
          + "size_bands, period_start, period_end, lead_partner, expected_companies, state, round_no, created_at, "
          + "updated_at) VALUES (?, 'COMPANY_SURVEY', 'Fixture', 'Fixture', '', '', '', ?, ?, 'ms', 10, ?, 1, ?, ?)",
          businessKey, java.sql.Date.valueOf("2001-04-01"), java.sql.Date.valueOf("2001-05-01"), registerState, now, now);
    }
    return runtimeService.startProcessInstanceByKey(FIXTURE.coordinationRequestKey(), businessKey);
  }

  /** A public activity's register row, published at the clock's time. */
  private void publicActivity(String businessKey, String kind, String lead, boolean brandFirstTry, String state,
      Integer participants) {
    Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    jdbc.update("INSERT INTO coord_activity (business_key, process_key, activity_type, title, description, sectors, "
        + "regions, size_bands, period_start, period_end, lead_partner, expected_companies, state, round_no, "
        + "brand_checks, brand_first_try, published_at, participants, created_at, updated_at) "
        + "VALUES (?, ?, ?, 'Fixture', 'Fixture', '', 'harz', '', ?, ?, ?, 0, ?, 1, ?, ?, ?, ?, ?, ?)",
        businessKey, PublicActivityProcess.KEY, kind, java.sql.Date.valueOf("2001-03-03"),
        java.sql.Date.valueOf("2001-03-03"), lead, state, brandFirstTry ? 1 : 2, brandFirstTry, now, participants, now,
        now);
  }

  private void crossLink(String businessKey, String partner, String state) {
    jdbc.update("INSERT INTO coord_cross_link (business_key, partner_group, state, asked_at) VALUES (?, ?, ?, ?)",
        businessKey, partner, state, Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
  }

  private ProcessInstance referral(String partner) {
    return runtimeService.startProcessInstanceByKey(FIXTURE.referralKey(), Map.of(FIXTURE.partnerGroupVariable(), partner));
  }

  private void completeFirstTask(ProcessInstance pi, Map<String, Object> variables) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId()).list();
    taskService.complete(tasks.get(0).getId(), variables);
  }
}
