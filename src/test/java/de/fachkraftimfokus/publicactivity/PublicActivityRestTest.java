package de.fachkraftimfokus.publicactivity;

import static de.fachkraftimfokus.publicactivity.PublicActivityProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.PartnerGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess.Element;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.support.WebappSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code public-activity} over HTTP: the start and the tasks through the engine's REST API (the
 * deployed forms are the contract, the rules beyond them answer 400 in German), the read API
 * {@code /api/public-activities} and the staff calendar page.
 */
@PlatformTest
@DisplayName("Öffentlichkeitsaktivität über HTTP: Start, Aufgaben, Lese-API und Kalender")
class PublicActivityRestTest {

  /** The demo user of the WEITERBILDUNG programme (its id is the group's). */
  private static final String WEITERBILDUNG_USER = "weiterbildung";

  static final String OUTSIDER = "oeffentlichkeit.outsider";
  static final String OUTSIDER_PASSWORD = "Aussen-Stehend-2026!";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  HttpProbe http;

  @BeforeEach
  void setUp() {
    http = new HttpProbe(port);
    if (identityService.createUserQuery().userId(OUTSIDER).count() == 0) {
      User user = identityService.newUser(OUTSIDER);
      user.setFirstName("Ohne");
      user.setLastName("Gruppe");
      user.setPassword(OUTSIDER_PASSWORD);
      identityService.saveUser(user);
    }
  }

  @Test
  @DisplayName("Start über die Engine-REST-API (wie das Startformular): Regelverstöße 400 auf Deutsch, nichts geschrieben; gültig bekommt OA-Geschäftszeichen und den Starter als Initiator")
  void startOverRest() throws Exception {
    String path = "/engine-rest/process-definition/key/" + PublicActivityProcess.KEY + "/submit-form";
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM coord_activity WHERE process_key = ?", Integer.class,
        PublicActivityProcess.KEY);

    Map<String, Object> bad = restStart(LocalDate.of(2050, 5, 5));
    bad.put(Var.PERIOD_START.name(), typed("2020-05-05", "String"));
    bad.put(Var.LEAD_PARTNER.name(), typed(PartnerGroup.MS.id(), "String"));
    HttpResponse<String> refused = post("pfiff.harz", path, Map.of("variables", bad));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(refused.body()).contains("Geplantes Datum: darf nicht in der Vergangenheit liegen")
        .contains("Federführender Partner: Sie gehören der Gruppe");

    Map<String, Object> form = restStart(LocalDate.of(2050, 5, 5));
    form.put(Var.TOPICS.name(), typed("[\"KOCHEN\"]", "Json"));
    form.put(Var.LINK.name(), typed("javascript:alert(1)", "String"));
    form.put(Var.KIND.name(), typed("PODCAST", "String"));
    HttpResponse<String> contract = post("pfiff.harz", path, Map.of("variables", form));
    assertThat(contract.statusCode()).isEqualTo(400);
    assertThat(contract.body()).contains("„KOCHEN“ ist keine der angebotenen Möglichkeiten")
        .contains("Link: eine Web-Adresse, die mit http:// oder https:// beginnt")
        .contains("Art der Aktivität: „PODCAST“ ist keine der angebotenen Möglichkeiten");

    Map<String, Object> derived = restStart(LocalDate.of(2050, 5, 5));
    derived.put(Var.BRAND_COMPLETE.name(), typed(true, "Boolean"));
    assertThat(post("pfiff.harz", path, Map.of("variables", derived)).body())
        .contains("gehört nicht zu diesem Formular");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coord_activity WHERE process_key = ?", Integer.class,
        PublicActivityProcess.KEY)).as("nichts geschrieben").isEqualTo(rows);

    HttpResponse<String> started = post("pfiff.harz", path, Map.of("variables", restStart(LocalDate.of(2050, 5, 5))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = json.readTree(started.body());
    assertThat(instance.get("businessKey").asText()).matches(PublicActivityProcess.BUSINESS_KEY.pattern());
    assertThat(runtimeService.getVariable(instance.get("id").asText(), Var.INITIATOR.name())).isEqualTo("pfiff.harz");
  }

  @Test
  @DisplayName("„Auf Aktivität hinweisen“ über REST: nur die eigene Gruppe; Formular und Modell lesbar; „verlinkt“ ohne Adresse 400; mit Adresse im Register")
  void crossLinkOverRest() throws Exception {
    ProcessInstance pi = publish(LocalDate.of(2051, 2, 2), "halle");
    String transferTask = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(Element.POINT_TO_ACTIVITY).taskCandidateGroup(PartnerGroup.TRANSFERZENTREN.id()).singleResult().getId();

    assertThat(http.get("/engine-rest/task/" + transferTask + "/deployed-form").asDemo("transfer").send().statusCode())
        .as("der Partner liest das Formular seiner Aufgabe").isEqualTo(200);
    assertThat(http.get("/engine-rest/process-definition/" + pi.getProcessDefinitionId()).asDemo("transfer").send()
        .statusCode()).as("und das Modell").isEqualTo(200);
    assertThat(http.get("/engine-rest/task/" + transferTask + "/deployed-form").asDemo("azubicoach").send().statusCode())
        .as("eine andere Gruppe sieht die Aufgabe nicht").isIn(403, 404);

    Map<String, Object> withoutUrl = Map.of(Var.CROSS_LINK_ANSWER.name(), typed("VERLINKT", "String"));
    HttpResponse<String> refused = post("transfer", "/engine-rest/task/" + transferTask + "/submit-form",
        Map.of("variables", withoutUrl));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Adresse des Hinweises");
    assertThat(post("azubicoach", "/engine-rest/task/" + transferTask + "/submit-form", Map.of("variables",
        Map.of(Var.CROSS_LINK_ANSWER.name(), typed("NICHT_VERLINKT", "String"), Var.CROSS_LINK_REASON.name(),
            typed("fremde Aufgabe", "String")))).statusCode()).isIn(403, 404);

    HttpResponse<String> done = post("transfer", "/engine-rest/task/" + transferTask + "/submit-form", Map.of("variables",
        Map.of(Var.CROSS_LINK_ANSWER.name(), typed("VERLINKT", "String"),
            Var.CROSS_LINK_URL.name(), typed("https://www.example.org/transfer/termine", "String"))));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    JsonNode detail = json.readTree(http.get("/api/public-activities/" + pi.getBusinessKey()).asDemo("leitung").send()
        .body());
    JsonNode transfer = null;
    for (JsonNode link : detail.get("crossLinks")) {
      if (link.get("partnerGroup").asText().equals(PartnerGroup.TRANSFERZENTREN.id())) {
        transfer = link;
      }
    }
    assertThat(transfer).isNotNull();
    assertThat(transfer.get("state").asText()).isEqualTo("VERLINKT");
    assertThat(transfer.get("url").asText()).isEqualTo("https://www.example.org/transfer/termine");
    assertThat(detail.get("crossLinks").size()).isEqualTo(8);
    assertThat(detail.get("brandFirstTry").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("Lese-API: 401 ohne Anmeldung, 403 ohne Partnergruppe; Partner und Leitung lesen; Filter Art, Region (landesweit zählt), Zeitraum, Partner; Unveröffentlichtes fehlt; falsche Filter 400")
  void readApi() throws Exception {
    ProcessInstance harz = publish(LocalDate.of(2052, 6, 1), "harz");
    ProcessInstance statewide = publish(LocalDate.of(2052, 6, 20), null);
    ProcessInstance unpublished = runtimeService.startProcessInstanceByKey(PublicActivityProcess.KEY,
        PublicActivityProcessTest.announcement(PublicActivityKind.COMPANY_WORKSHOP, PartnerGroup.PFIFF.id(), "pfiff.harz",
            LocalDate.of(2052, 6, 2), List.of("harz"), List.of("GRADUATES"), false, false, false));

    assertThat(http.get("/api/public-activities").send().statusCode()).isEqualTo(401);
    assertThat(http.get("/api/public-activities").as(OUTSIDER, OUTSIDER_PASSWORD).send().statusCode()).isEqualTo(403);
    assertThat(http.get("/api/public-activities").asAdmin().send().statusCode()).as("Administration ist kein Partner")
        .isEqualTo(403);

    List<String> june = keys("leitung", "/api/public-activities?from=2052-06-01&to=2052-06-30");
    assertThat(june).contains(harz.getBusinessKey(), statewide.getBusinessKey())
        .doesNotContain(unpublished.getBusinessKey());
    assertThat(keys("coach.harz", "/api/public-activities?from=2052-06-01&to=2052-06-10"))
        .contains(harz.getBusinessKey()).doesNotContain(statewide.getBusinessKey());
    assertThat(keys("ms.referat", "/api/public-activities?region=halle&from=2052-06-01&to=2052-06-30"))
        .as("landesweit zählt für jede Region").contains(statewide.getBusinessKey())
        .doesNotContain(harz.getBusinessKey());
    assertThat(keys("ms.referat", "/api/public-activities?kind=PRESS_RELEASE&from=2052-06-01&to=2052-06-30")).isEmpty();
    assertThat(keys("ms.referat", "/api/public-activities?kind=COMPANY_WORKSHOP&partner=pfiff&from=2052-06-01"
        + "&to=2052-06-30")).contains(harz.getBusinessKey(), statewide.getBusinessKey());
    assertThat(keys("ms.referat", "/api/public-activities?partner=ms&from=2052-06-01&to=2052-06-30")).isEmpty();

    JsonNode entry = json.readTree(http.get("/api/public-activities?from=2052-06-01&to=2052-06-10").asDemo("pfiff.harz")
        .send().body()).get(0);
    assertThat(entry.get("kindLabel").asText()).isEqualTo("Unternehmensworkshop");
    assertThat(entry.get("regionLabels").asText()).isEqualTo("Harz");
    assertThat(entry.get("leadPartnerName").asText()).isEqualTo("PFIFF – Fachkräfteportal");
    assertThat(entry.get("crossLinks").get("OFFEN").asInt()).isEqualTo(8);

    assertThat(http.get("/api/public-activities/" + unpublished.getBusinessKey()).asDemo("ms.referat").send().statusCode())
        .as("in Vorbereitung: nicht veröffentlicht").isEqualTo(404);
    for (String bad : List.of("kind=PODCAST", "region=mond", "partner=cockpit-readers", "from=01.06.2052",
        "from=2052-06-30&to=2052-06-01")) {
      HttpResponse<String> response = http.get("/api/public-activities?" + bad).asDemo("ms.referat").send();
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
  }

  @Test
  @DisplayName("Kalender: mit der Tasklist-Anmeldung (Sitzung) oder HTTP Basic; zeigt kommende veröffentlichte Aktivitäten auf Deutsch; ohne Anmeldung ein Hinweis auf die Tasklist; nur GET")
  void calendarPage() throws Exception {
    ProcessInstance workshop = publish(LocalDate.of(2053, 3, 3), "anhalt");
    String title = (String) runtimeService.getVariable(workshop.getId(), Var.TITLE.name());
    ProcessInstance unpublished = runtimeService.startProcessInstanceByKey(PublicActivityProcess.KEY,
        PublicActivityProcessTest.announcement(PublicActivityKind.EVENT, PartnerGroup.MS.id(), "ms.referat",
            LocalDate.of(2053, 3, 4), List.of("anhalt"), List.of("HR_DEVELOPMENT"), false, false, false));
    String hidden = (String) runtimeService.getVariable(unpublished.getId(), Var.TITLE.name());

    WebappSession tasklist = WebappSession.login(http, WEITERBILDUNG_USER, HttpProbe.DEMO_PASSWORD, "tasklist");
    HttpResponse<String> page = tasklist.get(PublicActivityProcess.CALENDAR_PATH + "?region=anhalt&kind="
        + CalendarController.COORDINATED_ONLY);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("Kalender der Öffentlichkeitsarbeit").contains(title)
        .contains(workshop.getBusinessKey()).contains("März 2053").contains("Anhalt-Bitterfeld-Wittenberg")
        .contains("PFIFF – Fachkräfteportal").contains("0 von 8").contains("Termin abgestimmt")
        .doesNotContain(hidden);

    HttpResponse<String> basic = http.get(PublicActivityProcess.CALENDAR_PATH).asDemo("leitung").send();
    assertThat(basic.statusCode()).isEqualTo(200);
    assertThat(basic.body()).contains(title);

    HttpResponse<String> anonymousBrowser = http.get(PublicActivityProcess.CALENDAR_PATH)
        .header("Accept", "text/html,application/xhtml+xml").send();
    assertThat(anonymousBrowser.statusCode()).isEqualTo(401);
    assertThat(anonymousBrowser.headers().firstValue("WWW-Authenticate")).as("kein Passwortdialog").isEmpty();
    assertThat(anonymousBrowser.body()).contains("Bitte melden Sie sich zuerst in der").contains("/camunda/app/tasklist/")
        .doesNotContain(title);
    HttpResponse<String> anonymousClient = http.get(PublicActivityProcess.CALENDAR_PATH).send();
    assertThat(anonymousClient.statusCode()).isEqualTo(401);
    assertThat(anonymousClient.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    // an unknown user (a wrong password of a real one would delay that user's next logins)
    assertThat(http.get(PublicActivityProcess.CALENDAR_PATH).as("niemand.da", "Falsch-2026!").send().statusCode())
        .isEqualTo(401);
    assertThat(http.get(PublicActivityProcess.CALENDAR_PATH).as(OUTSIDER, OUTSIDER_PASSWORD).send().statusCode())
        .isEqualTo(403);
    assertThat(http.call("POST", PublicActivityProcess.CALENDAR_PATH, "{}").asDemo("leitung").send().statusCode())
        .isEqualTo(405);
  }

  // ---------------------------------------------------------------- helpers

  /** A PFIFF company workshop (Handlungsfeld GRADUATES), brand complete, published; region null = statewide. */
  ProcessInstance publish(LocalDate date, String region) {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PublicActivityProcess.KEY,
        PublicActivityProcessTest.announcement(PublicActivityKind.COMPANY_WORKSHOP, PartnerGroup.PFIFF.id(), "pfiff.harz", date,
            region == null ? List.of() : List.of(region), List.of("GRADUATES"), true, true, true));
    ProcessTestSupport.executeDueJobs(managementService, pi.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(Element.POINT_TO_ACTIVITY)
        .count()).as("veröffentlicht, ohne Terminabstimmung").isEqualTo(8);
    return pi;
  }

  /** The start form's variables as the engine REST API takes them. */
  static Map<String, Object> restStart(LocalDate date) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Var.KIND.name(), typed("PRESS_RELEASE", "String"));
    variables.put(Var.TITLE.name(), typed("Pressemitteilung Fachkräftetag " + date, "String"));
    variables.put(Var.DESCRIPTION.name(), typed("PFIFF lädt Betriebe zum Fachkräftetag ein.", "String"));
    variables.put(Var.PERIOD_START.name(), typed(date.toString(), "String"));
    variables.put(Var.REGIONS.name(), typed("[\"harz\"]", "Json"));
    variables.put(Var.TOPICS.name(), typed("[\"RECRUITING\"]", "Json"));
    variables.put(Var.TARGET_GROUPS.name(), typed("[\"UNTERNEHMEN\",\"OEFFENTLICHKEIT\"]", "Json"));
    variables.put(Var.LINK.name(), typed("https://www.example.org/pfiff/presse/" + date, "String"));
    variables.put(Var.LEAD_PARTNER.name(), typed(PartnerGroup.PFIFF.id(), "String"));
    variables.put(Var.BRAND_LOGO.name(), typed(false, "Boolean"));
    variables.put(Var.BRAND_WORDING.name(), typed(true, "Boolean"));
    variables.put(Var.BRAND_LINK.name(), typed(true, "Boolean"));
    return variables;
  }

  static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  HttpResponse<String> post(String user, String path, Object body) throws Exception {
    return http.post(path, json.writeValueAsString(body)).asDemo(user).send();
  }

  List<String> keys(String user, String path) throws Exception {
    HttpResponse<String> response = http.get(path).asDemo(user).send();
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    List<String> keys = new java.util.ArrayList<>();
    json.readTree(response.body()).forEach(node -> keys.add(node.get("businessKey").asText()));
    return keys;
  }
}
