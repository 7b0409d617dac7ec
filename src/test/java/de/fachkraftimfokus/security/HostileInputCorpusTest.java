package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachkraftimfokus.identity.PartnerGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess;
import de.fachkraftimfokus.coordination.CoordinationRequestProcess;
import de.fachkraftimfokus.jourfixe.JourFixeProcess;
import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.publicactivity.PublicActivityProcess;
import de.fachkraftimfokus.projectchange.ChangeKind;
import de.fachkraftimfokus.projectchange.ProjectChangeProcess;
import de.fachkraftimfokus.referral.ReferralProcess;
import de.fachkraftimfokus.support.HttpProbe;
import de.fachkraftimfokus.support.PlatformTest;
import de.fachkraftimfokus.support.ProcessTestSupport;
import de.fachkraftimfokus.support.TestMailServer;
import de.fachkraftimfokus.support.WebappSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile-input corpus ({@code src/test/resources/contract/hostile-inputs.jsonl}, one request
 * and its expected status per line): every write endpoint, wrong types, unknown and derived
 * variables, oversized and deeply nested bodies, control and bidi characters, SQL and EL strings,
 * Object and Java-serialized variables, business-key spoofing, cross-group work, the closed doors.
 *
 * <p>For every case: the expected status (never a 5xx), the platform's problem body, and nothing
 * written — the row count of every table of the database (engine and platform), the sum of the
 * engine's revision counters and the number of mails are the same before and after.
 *
 * <p>Placeholders name the fixtures ({@code {clearingTask}}, {@code {caseKey}}, …); «…» markers make
 * long or raw bodies ({@code «a×301»}: 301 × "a", {@code «raw:nested5000»}: a body nested 5000 deep).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Feindliche Eingaben: jede abgelehnt (4xx, Problem Details), nichts geschrieben")
class HostileInputCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CORPUS = "/contract/hostile-inputs.jsonl";
  /** Written by the engine on its own schedule, never because of a request. */
  private static final Set<String> BACKGROUND_TABLES = Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG",
      "ACT_GE_PROPERTY", "ACT_ID_USER");
  /** Words that would show an error's internals to a client. */
  private static final List<String> INTERNALS = List.of("Exception", "ENGINE-", "org.camunda", "java.", "SQL",
      "ACT_", "fkif_", "Cannot ", "\tat ");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired DataSource dataSource;

  private final Map<String, String> fixtures = new HashMap<>();
  private final Map<String, WebappSession> sessions = new HashMap<>();
  private HttpProbe http;

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = HostileInputCorpusTest.class.getResourceAsStream(CORPUS)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          JsonNode entry = JSON.readTree(line);
          cases.add(Arguments.of(entry.get("name").asText(), entry));
        }
      }
    }
    assertThat(cases).as("Umfang des Korpus").hasSizeGreaterThanOrEqualTo(150);
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refusedAndNothingWritten(String name, JsonNode entry) throws Exception {
    prepareFixtures();
    int expected = entry.get("status").asInt();
    Map<String, Long> before = fingerprint();
    int mailsBefore = TestMailServer.get().getReceivedMessages().length;

    HttpResponse<String> response = send(entry);

    assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(expected);
    assertProblem(name, response);
    assertThat(fingerprint()).as(name + ": nichts geschrieben").isEqualTo(before);
    assertThat(TestMailServer.get().getReceivedMessages()).as(name + ": keine Mail").hasSize(mailsBefore);
  }

  private void assertProblem(String name, HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type").orElse("")).as(name + ": Content-Type")
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("type").asText()).as(name).startsWith("urn:fkif:problem:");
    assertThat(problem.path("title").asText()).as(name).isNotBlank();
    assertThat(problem.path("status").asInt()).as(name).isEqualTo(response.statusCode());
    String detail = problem.path("detail").asText();
    assertThat(detail).as(name + ": deutsche Meldung").isNotBlank();
    assertThat(problem.path("message").asText()).as(name).isEqualTo(detail);
    assertThat(problem.path("fieldErrors").isArray()).as(name + ": fieldErrors").isTrue();
    for (String internal : INTERNALS) {
      assertThat(response.body()).as(name + ": keine Interna").doesNotContain(internal);
    }
    for (JsonNode error : problem.path("fieldErrors")) {
      assertThat(error.has("field") && error.has("label") && error.has("message")).as(name).isTrue();
    }
  }

  // ------------------------------------------------------------------ requests

  private HttpResponse<String> send(JsonNode entry) throws Exception {
    String method = entry.get("method").asText();
    String path = resolve(entry.get("path").asText());
    String user = entry.path("as").isNull() || !entry.has("as") ? null : entry.get("as").asText();
    String body = entry.has("body") ? body(entry.get("body")) : null;
    if (body != null && body.startsWith("«multipart:")) {
      return multipart(user, path, body.substring("«multipart:".length(), body.length() - 1));
    }
    if (entry.has("via")) {
      WebappSession session = sessions.computeIfAbsent(user + "@" + entry.get("via").asText(),
          key -> WebappSession.login(http, user, password(user), entry.get("via").asText()));
      return session.send(method, path, body);
    }
    HttpProbe.Call call;
    if (body != null && body.startsWith("«raw-text:")) {
      call = http.call(method, path, body.substring("«raw-text:".length(), body.length() - 1))
          .header("Content-Type", "text/plain");
    } else {
      call = http.call(method, path, body == null && !"GET".equals(method) && !"DELETE".equals(method) ? "" : body);
    }
    if (user != null) {
      call.as(user, password(user));
    }
    return call.send();
  }

  private static String password(String user) {
    return HttpProbe.ADMIN_USER.equals(user) ? HttpProbe.ADMIN_PASSWORD : HttpProbe.DEMO_PASSWORD;
  }

  /** The body's text: fixtures resolved, «…» markers expanded. */
  private String body(JsonNode node) throws IOException {
    String text = node.isTextual() && node.asText().startsWith("«") ? node.asText() : JSON.writeValueAsString(node);
    text = resolve(text);
    if (text.startsWith("«raw:")) {
      return raw(text.substring("«raw:".length(), text.length() - 1));
    }
    if (text.startsWith("«multipart:") || text.startsWith("«raw-text:")) {
      return text;
    }
    Matcher json = Pattern.compile("«json:(\\d+)×([^»]*)»").matcher(text);
    StringBuilder out = new StringBuilder();
    while (json.find()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Integer.parseInt(json.group(1)); i++) {
        items.add(json.group(2));
      }
      // inside a JSON string: the array's own quotes escaped
      json.appendReplacement(out, Matcher.quoteReplacement(JSON.writeValueAsString(JSON.writeValueAsString(items))
          .replaceAll("^\"|\"$", "")));
    }
    json.appendTail(out);
    text = out.toString().replace("«surrogate»", "\\ud800");
    Matcher repeat = Pattern.compile("«(.)×(\\d+)»").matcher(text);
    out = new StringBuilder();
    while (repeat.find()) {
      repeat.appendReplacement(out, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
    }
    repeat.appendTail(out);
    return out.toString();
  }

  private static String raw(String kind) {
    return switch (kind) {
      case "nested5000" -> "{\"variables\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
      case "duplicate" -> "{\"variables\":{\"district\":{\"value\":\"harz\"},\"district\":{\"value\":\"halle\"}}}";
      case "big" -> "{\"variables\":{\"inquirySummary\":{\"value\":\"" + "x".repeat(1_100_000) + "\"}}}";
      default -> kind;
    };
  }

  private HttpResponse<String> multipart(String user, String path, String kind) throws Exception {
    String model = switch (kind) {
      case "xxe" -> "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
          + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
          + "<process id=\"korpusXxe\" isExecutable=\"true\" name=\"&xxe;\"/></definitions>";
      case "laughs" -> "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY l \"lol\">"
          + "<!ENTITY l1 \"&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;\"><!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">"
          + "<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\"><!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">"
          + "<!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\"><!ENTITY l6 \"&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;\">"
          + "<!ENTITY l7 \"&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;\"><!ENTITY l8 \"&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;\">"
          + "]><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
          + "<process id=\"korpusLaughs\" isExecutable=\"true\" name=\"&l8;\"/></definitions>";
      default -> "das ist kein XML";
    };
    String boundary = "korpus" + UUID.randomUUID().toString().replace("-", "");
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nkorpus\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"korpus.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", HttpProbe.basic(user, password(user)))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String resolve(String text) {
    Matcher placeholder = Pattern.compile("\\{([a-zA-Z]+)\\}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      String value = fixtures.get(placeholder.group(1));
      placeholder.appendReplacement(out, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
    }
    placeholder.appendTail(out);
    return out.toString();
  }

  // ------------------------------------------------------------------ fixtures and fingerprint

  /** Once, inside the first case (the coverage recorder accepts engine events only within a test). */
  private void prepareFixtures() {
    if (!fixtures.isEmpty()) {
      return;
    }
    http = new HttpProbe(port);
    ProcessInstance withoutConsent = startCase(false);
    fixtures.put("caseId", withoutConsent.getId());
    fixtures.put("caseKey", withoutConsent.getBusinessKey());
    fixtures.put("caseDefinitionId", withoutConsent.getProcessDefinitionId());
    fixtures.put("clearingTask", task(withoutConsent.getId(), AdvisoryCaseProcess.Element.CLEARING).getId());

    ProcessInstance referred = startCase(true);
    ProcessTestSupport.complete(taskService, referred.getId(), AdvisoryCaseProcess.Element.CLEARING, Map.of(
        AdvisoryCaseProcess.Var.NEEDS.name(), JsonVariables.json(List.of("RECRUITING")),
        AdvisoryCaseProcess.Var.PROBLEM_DESCRIPTION.name(), "Bewerbungen bleiben aus",
        AdvisoryCaseProcess.Var.OWN_SOLUTION_IDEAS.name(), "Eigene Azubis", AdvisoryCaseProcess.Var.URGENCY.name(), "NORMAL"));
    ProcessTestSupport.complete(taskService, referred.getId(), AdvisoryCaseProcess.Element.DEVELOP_OPTIONS, Map.of(
        AdvisoryCaseProcess.Var.CASE_PATH.name(), "WEITERVERMITTLUNG",
        AdvisoryCaseProcess.Var.SELECTED_OFFER_IDS.name(), JsonVariables.json(List.of("pfiff-fachkraeftegewinnung")),
        AdvisoryCaseProcess.Var.OPTIONS_SUMMARY.name(), "besprochen"));
    ProcessInstance referral = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referred.getId())
        .singleResult();
    ProcessTestSupport.executeDueJobs(managementService, referral.getId());
    fixtures.put("acceptTask", task(referral.getId(), ReferralProcess.Element.ACCEPT_REFERRAL).getId());

    Map<String, Object> announcement = new HashMap<>();
    announcement.put(CoordinationRequestProcess.Var.ACTIVITY_TYPE.name(), "COMPANY_SURVEY");
    announcement.put(CoordinationRequestProcess.Var.TITLE.name(), "Korpus-Befragung");
    announcement.put(CoordinationRequestProcess.Var.DESCRIPTION.name(), "Befragung für den Korpus");
    announcement.put(CoordinationRequestProcess.Var.SECTORS.name(), JsonVariables.json(List.of("C")));
    announcement.put(CoordinationRequestProcess.Var.REGIONS.name(), JsonVariables.json(List.of()));
    announcement.put(CoordinationRequestProcess.Var.SIZE_BANDS.name(), JsonVariables.json(List.of()));
    announcement.put(CoordinationRequestProcess.Var.PERIOD_START.name(), "2044-03-01");
    announcement.put(CoordinationRequestProcess.Var.PERIOD_END.name(), "2044-04-30");
    announcement.put(CoordinationRequestProcess.Var.LEAD_PARTNER.name(), PartnerGroup.MS.id());
    announcement.put(CoordinationRequestProcess.Var.EXPECTED_COMPANIES.name(), 100);
    announcement.put(CoordinationRequestProcess.Var.INITIATOR.name(), "ms.referat");
    ProcessInstance coordination = runtimeService.startProcessInstanceByKey(CoordinationRequestProcess.KEY,
        announcement);
    ProcessTestSupport.executeDueJobs(managementService, coordination.getId());
    fixtures.put("coordinationKey", coordination.getBusinessKey());
    fixtures.put("statementTask", taskService.createTaskQuery().processInstanceId(coordination.getId())
        .taskDefinitionKey(CoordinationRequestProcess.Element.GIVE_STATEMENT).taskCandidateGroup(PartnerGroup.STK.id())
        .singleResult().getId());

    LocalDate date = LocalDate.now().plusYears(5).plusDays(UUID.randomUUID().hashCode() & 0xff);
    ProcessInstance jourFixe = runtimeService.startProcessInstanceByKey(JourFixeProcess.KEY,
        Map.of(JourFixeProcess.Var.MEETING_DATE.name(), date.toString()));
    fixtures.put("jourFixeDate", date.toString());
    fixtures.put("confirmTask", task(jourFixe.getId(), JourFixeProcess.Element.CONFIRM_DATE).getId());

    // public-activity: a workshop without the complete brand, a published press release (its partners'
    // task, later its result), one whose partners stayed silent, and a workshop that clashes
    ProcessInstance brandless = startPublicActivity("COMPANY_WORKSHOP", "2061-03-02", "RECRUITING", false);
    fixtures.put("brandTask", task(brandless.getId(), PublicActivityProcess.Element.COMPLETE_BRAND).getId());
    ProcessInstance published = startPublicActivity("PRESS_RELEASE", "2061-04-02", "RECRUITING", true);
    ProcessTestSupport.executeDueJobs(managementService, published.getId());
    fixtures.put("crossLinkTask", taskService.createTaskQuery().processInstanceId(published.getId())
        .taskDefinitionKey(PublicActivityProcess.Element.POINT_TO_ACTIVITY).taskCandidateGroup(PartnerGroup.STK.id()).singleResult()
        .getId());
    ProcessTestSupport.fireTimer(managementService, published.getId(), PublicActivityProcess.Element.DATE_PASSED);
    fixtures.put("resultTask", task(published.getId(), PublicActivityProcess.Element.RECORD_RESULT).getId());
    ProcessInstance silent = startPublicActivity("PRESS_RELEASE", "2061-05-02", "RECRUITING", true);
    ProcessTestSupport.executeDueJobs(managementService, silent.getId());
    ProcessTestSupport.fireTimer(managementService, silent.getId(), PublicActivityProcess.Element.CROSS_LINK_DEADLINE);
    ProcessTestSupport.executeDueJobs(managementService, silent.getId());
    fixtures.put("followUpTask", task(silent.getId(), PublicActivityProcess.Element.FOLLOW_UP_CROSS_LINKS).getId());
    ProcessInstance first = startPublicActivity("COMPANY_WORKSHOP", "2061-06-10", "APPRENTICESHIP", true);
    ProcessTestSupport.executeDueJobs(managementService, first.getId());
    Map<String, Object> clashing = publicActivity("COMPANY_WORKSHOP", "2061-06-12", "APPRENTICESHIP", true);
    PublicActivityProcess.Var.LEAD_PARTNER.put(clashing, PartnerGroup.TRANSFERZENTREN.id());
    PublicActivityProcess.Var.INITIATOR.put(clashing, "transfer");
    ProcessInstance second = runtimeService.startProcessInstanceByKey(PublicActivityProcess.KEY, clashing);
    fixtures.put("dateTask", task(second.getId(), PublicActivityProcess.Element.COORDINATE_DATE).getId());
    fixtures.put("publicActivityKey", published.getBusinessKey());
    Map<String, Object> change = new HashMap<>();
    ProjectChangeProcess.Var.CHANGE_KIND.put(change, ChangeKind.CHANGED_AIMS);
    ProjectChangeProcess.Var.ANNOUNCING_PARTNER.put(change, PartnerGroup.MS.id());
    ProjectChangeProcess.Var.OFFER_ID.put(change, "weiterbildung-foerderung");
    ProjectChangeProcess.Var.CHANGE_DESCRIPTION.put(change, "Korpus: fördert künftig auch Teilzeitqualifizierungen");
    ProjectChangeProcess.Var.EFFECTIVE_FROM.put(change, LocalDate.of(2031, 9, 1));
    ProjectChangeProcess.Var.FIELDS_OF_ACTION.put(change, List.of("FURTHER_TRAINING"));
    ProjectChangeProcess.Var.SIGNIFICANCE_CHOICE.put(change, ProjectChangeProcess.SignificanceChoice.VORSCHLAG);
    identityService.setAuthentication("ms.referat", List.of(PartnerGroup.MS.id()));
    ProcessInstance projectChange;
    try {
      projectChange = runtimeService.startProcessInstanceByKey(ProjectChangeProcess.KEY, change);
    } finally {
      identityService.clearAuthentication();
    }
    ProcessTestSupport.executeDueJobs(managementService, projectChange.getId());
    fixtures.put("pcAckTask", taskService.createTaskQuery().processInstanceId(projectChange.getId())
        .taskDefinitionKey(ProjectChangeProcess.Element.ACKNOWLEDGE_CHANGE).taskCandidateGroup("network-kmu-harz")
        .singleResult().getId());
    fixtures.put("pcTableTask", task(projectChange.getId(), ProjectChangeProcess.Element.UPDATE_OFFER_TABLE).getId());
    fixtures.put("pcPlanTask", task(projectChange.getId(), ProjectChangeProcess.Element.PLAN_EVENT).getId());
    assertThat(fixtures.values()).doesNotContainNull();
  }

  private ProcessInstance startPublicActivity(String kind, String date, String topic, boolean brand) {
    return runtimeService.startProcessInstanceByKey(PublicActivityProcess.KEY, publicActivity(kind, date, topic, brand));
  }

  /** A PFIFF announcement in Harz; without {@code brand} the umbrella brand's wording and link are missing. */
  private static Map<String, Object> publicActivity(String kind, String date, String topic, boolean brand) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PublicActivityProcess.Var.KIND.name(), kind);
    PublicActivityProcess.Var.TITLE.put(variables, "Korpus " + kind + " " + date);
    PublicActivityProcess.Var.DESCRIPTION.put(variables, "Aktivität für den Korpus");
    variables.put(PublicActivityProcess.Var.PERIOD_START.name(), date);
    PublicActivityProcess.Var.REGIONS.put(variables, List.of("harz"));
    PublicActivityProcess.Var.TOPICS.put(variables, List.of(topic));
    PublicActivityProcess.Var.TARGET_GROUPS.put(variables, List.of("UNTERNEHMEN"));
    PublicActivityProcess.Var.LINK.put(variables, "https://www.example.org/korpus/" + date);
    PublicActivityProcess.Var.LEAD_PARTNER.put(variables, PartnerGroup.PFIFF.id());
    PublicActivityProcess.Var.INITIATOR.put(variables, "pfiff.harz");
    PublicActivityProcess.Var.BRAND_LOGO.put(variables, true);
    PublicActivityProcess.Var.BRAND_WORDING.put(variables, brand);
    PublicActivityProcess.Var.BRAND_LINK.put(variables, brand);
    return variables;
  }

  private ProcessInstance startCase(boolean consent) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(AdvisoryCaseProcess.Var.COMPANY_NAME.name(), "Korpus Metall " + UUID.randomUUID().toString().substring(0, 8));
    variables.put(AdvisoryCaseProcess.Var.COMPANY_POSTCODE.name(), "38855");
    variables.put(AdvisoryCaseProcess.Var.DISTRICT.name(), "harz");
    variables.put(AdvisoryCaseProcess.Var.SECTOR.name(), "C");
    variables.put(AdvisoryCaseProcess.Var.SIZE_BAND.name(), "10-49");
    variables.put(AdvisoryCaseProcess.Var.CONTACT_NAME.name(), "Maria Korpus");
    variables.put(AdvisoryCaseProcess.Var.CONTACT_EMAIL.name(), "m.korpus@example.org");
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SOURCE.name(), "UNTERNEHMEN");
    variables.put(AdvisoryCaseProcess.Var.INQUIRY_SUMMARY.name(), "Sucht Fachkräfte");
    variables.put(AdvisoryCaseProcess.Var.CONSENT_DATA_SHARING.name(), consent);
    return runtimeService.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, variables);
  }

  private Task task(String processInstanceId, String key) {
    return ProcessTestSupport.task(taskService, processInstanceId, key);
  }

  /** Rows of every table, and the engine's revision counters (an update raises them). */
  private Map<String, Long> fingerprint() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      Map<String, Boolean> revisions = new LinkedHashMap<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"))) {
            continue;
          }
          String table = rs.getString("TABLE_NAME");
          if (!BACKGROUND_TABLES.contains(table.toUpperCase())) {
            tables.add(table);
          }
        }
      }
      for (String table : tables) {
        try (ResultSet columns = meta.getColumns(null, null, table, null)) {
          boolean rev = false;
          while (columns.next()) {
            rev |= "REV_".equalsIgnoreCase(columns.getString("COLUMN_NAME"));
          }
          revisions.put(table, rev);
        }
      }
      for (String table : tables) {
        String sql = "SELECT COUNT(*)" + (revisions.get(table) ? ", COALESCE(SUM(REV_), 0)" : "") + " FROM \"" + table + "\"";
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
          rs.next();
          counts.put(table, rs.getLong(1));
          if (revisions.get(table)) {
            counts.put(table + ".REV_", rs.getLong(2));
          }
        }
      }
    }
    return counts;
  }
}
