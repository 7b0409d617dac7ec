package de.fachkraftimfokus.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.support.PlatformTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The contact register API over real HTTP, as the PFIFF portal would call it. */
@PlatformTest
@DisplayName("Kontaktregister-API für die Systeme der Partner")
class ContactApiTest {

  static final String PFIFF_USER = "pfiff.magdeburg";
  static final String COACH_USER = "coach.magdeburg";

  @Autowired TestRestTemplate rest;
  @Autowired ContactRegister register;
  @Autowired CompanyRegistry companies;
  @Value("${fkif.identity.demo-password}") String demoPassword;
  @Value("${camunda.bpm.admin-user.id}") String adminUser;
  @Value("${camunda.bpm.admin-user.password}") String adminPassword;

  final ObjectMapper json = new ObjectMapper();
  String companyName;
  String reference;

  @BeforeEach
  void names() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    companyName = "Börde Agrar " + unique + " GmbH";
    reference = "PFIFF-" + unique;
  }

  @Test
  @DisplayName("Ohne Anmeldung oder als Unbekannter: 401")
  void unauthenticated() {
    assertThat(rest.getForEntity(ContactController.PATH + "?companyId=1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postForEntity(ContactController.PATH, jsonEntity(validBody()), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // an unknown user: a wrong password of a demo user would lock it for seconds and break the other tests
    assertThat(rest.withBasicAuth("niemand.bekannt", demoPassword).getForEntity(ContactController.PATH + "?companyId=1",
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("PFIFF meldet einen Kontakt: 201, Unternehmen angelegt, und es sieht, wer sonst in Kontakt ist")
  void pfiffRegistersAndSeesOthers() throws Exception {
    long companyId = companies.findOrCreate(new CompanyData(companyName, "39387", District.BOERDE.id(), "A", "10-49")).id();
    Contact coach = register.register(companyId, PartnerGroup.NETWORK_KMU.id(), Region.MAGDEBURG.id(), "BF-2026-99001",
        "Clearing", COACH_USER, false);

    Map<String, Object> body = validBody();
    body.put("companyName", companyName.toUpperCase().replace("Ö", "OE"));
    body.put("companyPostcode", "39387");
    body.put("district", District.BOERDE.id());
    ResponseEntity<String> response = post(PFIFF_USER, body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = json.readTree(response.getBody());
    long contactId = created.path("contact").path("id").asLong();
    assertThat(response.getHeaders().getLocation()).hasToString(ContactController.PATH + "/" + contactId);
    assertThat(created.path("contact").path("companyId").asLong()).isEqualTo(companyId);
    assertThat(created.path("contact").path("partnerGroup").asText()).isEqualTo(PartnerGroup.PFIFF.id());
    assertThat(created.path("contact").path("region").asText()).isEqualTo(Region.MAGDEBURG.id());
    assertThat(created.path("contact").path("registeredBy").asText()).isEqualTo(PFIFF_USER);
    assertThat(created.path("contact").path("coordinated").asBoolean()).isFalse();
    assertThat(created.path("contact").path("since").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(created.path("company").path("id").asLong()).isEqualTo(companyId);
    assertThat(created.path("otherActiveContacts")).hasSize(1);
    assertThat(created.path("otherActiveContacts").get(0).path("id").asLong()).isEqualTo(coach.id());

    ResponseEntity<String> list = get(PFIFF_USER, "?companyId=" + companyId);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(list.getBody())).hasSize(2);
    ResponseEntity<String> byName = get(COACH_USER, "?companyName=" + "Boerde Agrar " + companyName.substring(12, 20)
        + "&companyPostcode=39387");
    assertThat(byName.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(byName.getBody())).hasSize(2);

    // the double-approach check of a new advisory case now sees PFIFF's contact
    ClaimResult check = register.claimOrReportConflicts(companyId, PartnerGroup.NETWORK_KMU.id(), Region.MAGDEBURG.id(),
        "BF-2026-99002", "Clearing", COACH_USER);
    assertThat(check.claimed()).isFalse();
    assertThat(check.conflicts()).extracting(Contact::id).contains(contactId);
  }

  @Test
  @DisplayName("Dieselbe Meldung zweimal ergibt einen Kontakt; die Region folgt sonst aus dem Landkreis")
  void registerTwiceIsIdempotent() throws Exception {
    Map<String, Object> body = validBody();
    body.remove("region");
    body.put("district", District.WITTENBERG.id());
    JsonNode first = json.readTree(post(PFIFF_USER, body).getBody());
    JsonNode second = json.readTree(post(PFIFF_USER, body).getBody());
    assertThat(second.path("contact").path("id").asLong()).isEqualTo(first.path("contact").path("id").asLong());
    assertThat(first.path("contact").path("region").asText()).isEqualTo(Region.ANHALT.id());
    assertThat(second.path("otherActiveContacts")).isEmpty();
  }

  @Test
  @DisplayName("Falsche Eingaben: 400 mit deutscher Meldung je Feld, nichts wird angelegt")
  void badInput() throws Exception {
    Map<String, Object> body = validBody();
    body.put("companyPostcode", "3910");
    body.put("district", "berlin");
    body.put("sector", "Z");
    body.put("sizeBand", "viele");
    body.put("region", "sachsen");
    body.remove("topic");
    body.put("reference", "R".repeat(101));
    ResponseEntity<String> response = post(PFIFF_USER, body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody());
    assertThat(error.path("message").asText()).startsWith("Bitte Eingaben prüfen").contains("Postleitzahl");
    assertThat(error.path("fieldErrors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("companyPostcode", "district", "sector", "sizeBand", "region", "topic", "reference");
    assertThat(companies.findByName(companyName, "3910")).isEmpty();

    ResponseEntity<String> notJson = rest.withBasicAuth(PFIFF_USER, demoPassword)
        .postForEntity(ContactController.PATH, jsonEntityRaw("{kaputt"), String.class);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(notJson.getBody()).path("message").asText()).contains("JSON");

    assertThat(get(PFIFF_USER, "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get(PFIFF_USER, "?companyId=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get(PFIFF_USER, "?companyId=-1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("Meldung für eine fremde Partnergruppe: 403, nichts wird angelegt; die Administration darf für alle")
  void wrongGroup() throws Exception {
    Map<String, Object> body = validBody();
    body.put("partnerGroup", PartnerGroup.NETWORK_KMU.id());
    ResponseEntity<String> response = post(PFIFF_USER, body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(response.getBody()).path("message").asText()).contains(PartnerGroup.NETWORK_KMU.id());
    assertThat(companies.findByName(companyName, "39104")).isEmpty();

    assertThat(post(adminUser, adminPassword, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @DisplayName("Kontakt beenden: eigener 200, fremder 403, unbekannter 404, wiederholt 200")
  void endContact() throws Exception {
    JsonNode created = json.readTree(post(PFIFF_USER, validBody()).getBody());
    long contactId = created.path("contact").path("id").asLong();

    assertThat(postEnd(COACH_USER, contactId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(register.find(contactId).orElseThrow().active()).isTrue();

    ResponseEntity<String> ended = postEnd(PFIFF_USER, contactId);
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(ended.getBody()).path("endedAt").isNull()).isFalse();
    assertThat(register.find(contactId).orElseThrow().active()).isFalse();
    assertThat(postEnd(PFIFF_USER, contactId).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(postEnd(PFIFF_USER, Long.MAX_VALUE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.postForEntity(ContactController.PATH + "/" + contactId + "/end", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private Map<String, Object> validBody() {
    Map<String, Object> body = new HashMap<>();
    body.put("companyName", companyName);
    body.put("companyPostcode", "39104");
    body.put("district", District.MAGDEBURG.id());
    body.put("sector", "C");
    body.put("sizeBand", "10-49");
    body.put("partnerGroup", PartnerGroup.PFIFF.id());
    body.put("region", Region.MAGDEBURG.id());
    body.put("reference", reference);
    body.put("topic", "Matching Fachkräfte Metall");
    return body;
  }

  private ResponseEntity<String> post(String user, Map<String, Object> body) {
    return post(user, demoPassword, body);
  }

  private ResponseEntity<String> post(String user, String password, Map<String, Object> body) {
    return rest.withBasicAuth(user, password).postForEntity(ContactController.PATH, jsonEntity(body), String.class);
  }

  private ResponseEntity<String> postEnd(String user, long id) {
    return rest.withBasicAuth(user, demoPassword).postForEntity(ContactController.PATH + "/" + id + "/end", null, String.class);
  }

  private ResponseEntity<String> get(String user, String query) {
    return rest.withBasicAuth(user, demoPassword).getForEntity(ContactController.PATH + query, String.class);
  }

  private HttpEntity<String> jsonEntity(Map<String, Object> body) {
    try {
      return jsonEntityRaw(json.writeValueAsString(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpEntity<String> jsonEntityRaw(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
