package de.fachkraftimfokus.jourfixe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
@DisplayName("Kennzahlen der Leitung (/api/dashboard): Zahlen eines Monats wie im Bestand, nur für Leitung und Administration")
class ManagementDashboardTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YearMonth MONTH = YearMonth.of(2031, 5);

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CompanyRegistry companies;
  @Autowired ContactRegister contacts;

  @Test
  @DisplayName("Drei Fälle im Mai 2031: je Region und Weg gezählt, der zurückgezogene als beendet, die Doppelansprache als vermieden – ohne Ansprechperson")
  void figuresOfAMonth() throws Exception {
    DashboardFixture fixture = DashboardFixture.create(MONTH, runtime, tasks, management, companies, contacts);
    HttpProbe http = new HttpProbe(port);

    var response = http.get("/api/dashboard?to=2031-05&months=2").asDemo("leitung").send();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(DashboardFixture.CONTACT_NAME, DashboardFixture.CONTACT_EMAIL,
        fixture.withdrawnCompany);
    JsonNode figures = JSON.readTree(response.body());
    assertThat(figures.get("months").toString()).isEqualTo("[\"2031-04\",\"2031-05\"]");
    assertThat(series(figures, "startedByRegion", "Harz")).containsExactly(0L, 2L);
    assertThat(series(figures, "startedByRegion", "Halle")).containsExactly(0L, 1L);
    assertThat(series(figures, "startedByRegion", "Altmark")).containsExactly(0L, 0L);
    assertThat(series(figures, "closedByPath", ManagementDashboard.WITHDRAWN)).containsExactly(0L, 1L);
    assertThat(figures.get("casesStarted").asLong()).isEqualTo(3);
    assertThat(figures.get("casesClosed").asLong()).isEqualTo(1);
    assertThat(count(figures, "openByPath", "vor der Wegentscheidung")).isEqualTo(2);
    assertThat(figures.get("doubleApproachesDetected").asLong()).isEqualTo(1);
    assertThat(figures.get("doubleApproachesAvoided").asLong()).isEqualTo(1);
    assertThat(count(figures, "doubleApproachesByOutcome", "Wir übernehmen und informieren den Partner")).isEqualTo(1);
    assertThat(figures.get("referralsByPartner")).isEmpty();

    var cases = http.get("/api/dashboard/cases?to=2031-05&months=1").asDemo("leitung").send();
    assertThat(cases.statusCode()).isEqualTo(200);
    assertThat(cases.body()).contains(fixture.withdrawnCase, fixture.withdrawnCompany, fixture.openCase,
        fixture.openCompany, fixture.coordinatedCase, "abgeschlossen", ManagementDashboard.WITHDRAWN)
        .doesNotContain(DashboardFixture.CONTACT_NAME, DashboardFixture.CONTACT_EMAIL);

    // the other months know nothing of the fixture
    JsonNode june = JSON.readTree(http.get("/api/dashboard?to=2031-06&months=1").asDemo("leitung").send().body());
    assertThat(june.get("casesStarted").asLong()).isZero();
  }

  @Test
  @DisplayName("Nur Leitung und Administration; falsche Zeiträume ergeben 400 mit deutscher Meldung")
  void onlyForManagers() {
    HttpProbe http = new HttpProbe(port);
    assertThat(http.get("/api/dashboard").asAdmin().send().statusCode()).isEqualTo(200);
    var partner = http.get("/api/dashboard").asDemo("pfiff.harz").send();
    assertThat(partner.statusCode()).isEqualTo(403);
    assertThat(partner.body()).contains("Leitung/Controlling");
    assertThat(http.get("/api/dashboard/cases").asDemo("coach.harz").send().statusCode()).isEqualTo(403);
    assertThat(http.get("/api/dashboard").send().statusCode()).isEqualTo(401);
    var month = http.get("/api/dashboard?to=Mai").asDemo("leitung").send();
    assertThat(month.statusCode()).isEqualTo(400);
    assertThat(month.body()).contains("JJJJ-MM");
    assertThat(http.get("/api/dashboard?months=37").asDemo("leitung").send().statusCode()).isEqualTo(400);
    assertThat(http.get("/api/dashboard?months=viele").asDemo("leitung").send().statusCode()).isEqualTo(400);
  }

  private static List<Long> series(JsonNode figures, String field, String label) {
    for (JsonNode series : figures.get(field)) {
      if (series.get("label").asText().equals(label)) {
        List<Long> counts = new ArrayList<>();
        series.get("counts").forEach(c -> counts.add(c.asLong()));
        return counts;
      }
    }
    throw new AssertionError("keine Reihe " + label + " in " + field + ": " + figures.get(field));
  }

  private static long count(JsonNode figures, String field, String label) {
    for (JsonNode count : figures.get(field)) {
      if (count.get("label").asText().equals(label)) {
        return count.get("count").asLong();
      }
    }
    throw new AssertionError("kein Eintrag " + label + " in " + field + ": " + figures.get(field));
  }
}
