package de.fachkraftimfokus.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.coordination.ActivityState;
import de.fachkraftimfokus.coordination.ActivityType;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.coordination.CoordinationRequestService;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.process.JsonVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
@DisplayName("Kennzahlen für Prometheus: nur Leitung und Administration, mit den Zahlen der Plattform")
class MetricsEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired EngineGauges gauges;
  @Autowired CoordinationRequestService coordinationRequests;
  @Autowired RuntimeService runtime;

  @Test
  @DisplayName("Ein Fall im Harz wird eröffnet und zurückgezogen, eine Vorabstimmung angekündigt: Leitung liest die Zähler mit Region und Weg und die Vorabstimmungen je Stand; PFIFF nicht, ohne Anmeldung niemand")
  void scrapeAfterACase() throws Exception {
    HttpProbe http = new HttpProbe(port);
    String before = http.get("/actuator/prometheus").asDemo("leitung").send().body();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AdvisoryCaseProcess.Var.COMPANY_NAME.name(), Map.of("value", "Kennzahl " + UUID.randomUUID()));
    variables.put(AdvisoryCaseProcess.Var.COMPANY_POSTCODE.name(), Map.of("value", "38855"));
    variables.put(AdvisoryCaseProcess.Var.DISTRICT.name(), Map.of("value", "harz"));
    variables.put(AdvisoryCaseProcess.Var.SECTOR.name(), Map.of("value", "C"));
    variables.put(AdvisoryCaseProcess.Var.SIZE_BAND.name(), Map.of("value", "10-49"));
    variables.put(AdvisoryCaseProcess.Var.CONTACT_NAME.name(), Map.of("value", "Kim Kennzahl"));
    variables.put(AdvisoryCaseProcess.Var.CONTACT_EMAIL.name(), Map.of("value", "k.kennzahl@example.org"));
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SOURCE.name(), Map.of("value", "UNTERNEHMEN"));
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.name(), Map.of("value", "Sucht Fachkräfte"));
    variables.put(AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.name(), Map.of("value", false));
    var started = http.post("/engine-rest/process-definition/key/advisory-case/start",
        JSON.writeValueAsString(Map.of("variables", variables))).asDemo("coach.harz").send();
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    var body = JSON.readTree(started.body());
    assertThat(http.post("/engine-rest/message", JSON.writeValueAsString(Map.of("messageName",
        AdvisoryCaseProcess.MESSAGE_COMPANY_WITHDREW, "businessKey", body.get("businessKey").asText())))
        .asDemo("coach.harz").send().statusCode()).isEqualTo(204);
    ProcessTestSupport.executeDueJobs(management, body.get("id").asText());
    ProcessInstance request = runtime.startProcessInstanceByKey(CoordinationRequestProcess.KEY, evaluation());
    ProcessTestSupport.executeDueJobs(management, request.getId());
    assertThat(coordinationRequests.countByState()).as("mindestens die eben angekündigte").isNotEmpty();
    gauges.refresh();

    var scrape = http.get("/actuator/prometheus").asDemo("leitung").send();
    assertThat(scrape.statusCode()).isEqualTo(200);
    String after = scrape.body();
    assertThat(value(after, "fkif_cases_started_total", "region=\"harz\""))
        .isEqualTo(value(before, "fkif_cases_started_total", "region=\"harz\"") + 1);
    assertThat(value(after, "fkif_cases_closed_total", "path=\"RUECKZUG\",region=\"harz\""))
        .isEqualTo(value(before, "fkif_cases_closed_total", "path=\"RUECKZUG\",region=\"harz\"") + 1);
    assertThat(value(after, "fkif_engine_jobs_executed_total", "result=\"ok\""))
        .isGreaterThan(value(before, "fkif_engine_jobs_executed_total", "result=\"ok\""));
    assertThat(after).contains("fkif_engine_jobs_due ", "fkif_engine_instances_running{", "process=\"advisory-case\"")
        .contains("http_server_requests_seconds_count").doesNotContain("Kim Kennzahl", "k.kennzahl@example.org");

    // coordination requests by register state: every state a row, counted on the schedule, as in the register
    Map<ActivityState, Long> states = coordinationRequests.countByState();
    for (ActivityState state : ActivityState.values()) {
      assertThat(value(after, "fkif_coordination_requests", "state=\"" + state.name() + "\""))
          .as(state.name()).isEqualTo(states.getOrDefault(state, 0L).doubleValue());
      assertThat(Pattern.compile("(?m)^fkif_coordination_requests\\{[^}]*state=\"" + state.name() + "\"").matcher(after)
          .find()).as("Zeile für " + state.name()).isTrue();
    }

    assertThat(http.get("/actuator/prometheus").asDemo("pfiff.harz").send().statusCode()).isEqualTo(403);
    assertThat(http.get("/actuator/prometheus").send().statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus").asAdmin().send().statusCode()).isEqualTo(200);
  }

  private static Map<String, Object> evaluation() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CoordinationRequestProcess.Var.ACTIVITY_TYPE.name(), ActivityType.EVALUATION.name());
    variables.put(CoordinationRequestProcess.Var.TITLE.name(), "Evaluation Kennzahl " + UUID.randomUUID());
    variables.put(CoordinationRequestProcess.Var.DESCRIPTION.name(), "Wirkung der Übergangsangebote");
    variables.put(CoordinationRequestProcess.Var.SECTORS.name(), JsonVariables.json(List.of("C")));
    variables.put(CoordinationRequestProcess.Var.REGIONS.name(), JsonVariables.json(List.of("harz")));
    variables.put(CoordinationRequestProcess.Var.SIZE_BANDS.name(), JsonVariables.json(List.of()));
    variables.put(CoordinationRequestProcess.Var.PERIOD_START.name(), "2032-03-01");
    variables.put(CoordinationRequestProcess.Var.PERIOD_END.name(), "2032-06-30");
    variables.put(CoordinationRequestProcess.Var.LEAD_PARTNER.name(), PartnerGroup.MS.id());
    variables.put(CoordinationRequestProcess.Var.EXPECTED_COMPANIES.name(), 0L);
    return variables;
  }

  /** The sample's value, 0 when the series does not exist yet. */
  private static double value(String scrape, String name, String labels) {
    Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(scrape);
    while (sample.find()) {
      if (sample.group(1).contains(labels)) {
        return Double.parseDouble(sample.group(2));
      }
    }
    return 0;
  }
}
