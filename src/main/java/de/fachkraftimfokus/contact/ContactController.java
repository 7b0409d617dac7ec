package de.fachkraftimfokus.contact;

import com.fasterxml.jackson.databind.JsonNode;
import de.fachkraftimfokus.company.Company;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.contract.ContractCheck;
import de.fachkraftimfokus.contract.ContractSchema;
import de.fachkraftimfokus.contract.FormContract;
import de.fachkraftimfokus.contract.FormField;
import de.fachkraftimfokus.contract.SubmittedValue;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.region.RegionResolver;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contact register API (DESIGN.md §5): partners whose own systems approach companies (e.g. the
 * PFIFF portal) register and end their contacts here, so the double-approach check of every new
 * advisory case sees them. Authenticated by HTTP Basic ({@code ProcessEngineAuthenticationFilter}
 * on {@code /api/*}); a user acts only for partner groups they belong to ({@code camunda-admin}
 * for any).
 */
@RestController
@RequestMapping(ContactController.PATH)
class ContactController {

  static final String PATH = "/api/contacts";
  static final String ADMIN_GROUP = PartnerGroup.CAMUNDA_ADMIN.id();

  static final String COMPANY_NAME = "companyName";
  static final String COMPANY_POSTCODE = "companyPostcode";
  static final String DISTRICT = "district";
  static final String SECTOR = "sector";
  static final String SIZE_BAND = "sizeBand";
  static final String PARTNER_GROUP = "partnerGroup";
  static final String REGION = "region";
  static final String REFERENCE = "reference";
  static final String TOPIC = "topic";

  private final CompanyRegistry companies;
  private final ContactRegister contacts;
  private final RegionResolver regions;
  private final IdentityService identityService;
  private final TransactionTemplate transaction;

  ContactController(CompanyRegistry companies, ContactRegister contacts, RegionResolver regions,
      IdentityService identityService, TransactionTemplate transaction) {
    this.companies = companies;
    this.contacts = contacts;
    this.regions = regions;
    this.identityService = identityService;
    this.transaction = transaction;
  }

  /** The registered contact, the company, and who else is in active contact with it. */
  record Registration(Contact contact, Company company, List<Contact> otherActiveContacts) {}

  /** The documented contract of a registration (docs/api.md), in the terms of a form. */
  static final FormContract REGISTRATION = FormContract.of("contactRegistration",
      FormField.line(COMPANY_NAME, "Name des Unternehmens", CompanyRegistry.MAX_NAME, true),
      FormField.line(COMPANY_POSTCODE, "Postleitzahl", 5, true).withPattern("^\\d{5}$", "genau fünf Ziffern"),
      FormField.choice(DISTRICT, "Landkreis", Arrays.stream(District.values()).map(District::id).toList(), true),
      FormField.choice(SECTOR, "Wirtschaftszweig (WZ 2008)", CompanyData.SECTORS, false),
      FormField.choice(SIZE_BAND, "Unternehmensgröße", CompanyData.SIZE_BANDS, false),
      FormField.choice(PARTNER_GROUP, "Partner (Gruppe)",
          PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList(), true),
      FormField.choice(REGION, "Region", Arrays.stream(Region.values()).map(Region::id).toList(), false),
      FormField.line(REFERENCE, "Referenz", 100, true),
      FormField.text(TOPIC, "Thema", 500, true));

  static final String REGISTRATION_SCHEMA = "KontaktMeldung";

  /** The registration contract as the request body's schema (docs/api.md). */
  @Bean
  static OpenApiCustomizer contactRegistrationSchema() {
    return api -> api.getComponents().addSchemas(REGISTRATION_SCHEMA, ContractSchema.of(REGISTRATION,
        "Meldung eines Kontakts eines Partners mit einem Unternehmen"));
  }

  @Operation(summary = "Kontakt melden", description = "Ein Partner meldet, dass er mit einem Unternehmen in "
      + "Kontakt ist (Vereinbarung 3.3); die Antwort nennt andere aktive Kontakte.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/" + REGISTRATION_SCHEMA)))
  @ApiResponse(responseCode = "201", description = "Kontakt eingetragen")
  @PostMapping
  ResponseEntity<Registration> register(@RequestBody JsonNode body) {
    Authentication user = currentUser();
    Map<String, Object> input = checked(body);
    String partnerGroup = (String) input.get(PARTNER_GROUP);
    if (!mayActFor(user, partnerGroup)) {
      throw Problems.exception(ProblemType.FORBIDDEN,
          "Sie gehören nicht zur Gruppe „" + partnerGroup + "“ und dürfen keine Kontakte für sie melden.");
    }
    Registration registration = transaction.execute(status -> {
      String district = (String) input.get(DISTRICT);
      String region = input.get(REGION) instanceof String given ? given : regions.regionOf(district);
      Company company = companies.findOrCreate(new CompanyData(text(input, COMPANY_NAME), text(input, COMPANY_POSTCODE),
          district, text(input, SECTOR), text(input, SIZE_BAND)));
      Contact contact = contacts.register(company.id(), partnerGroup, region, text(input, REFERENCE),
          text(input, TOPIC), user.getUserId(), false);
      List<Contact> others = contacts.activeFor(company.id()).stream().filter(c -> c.id() != contact.id()).toList();
      return new Registration(contact, company, others);
    });
    return ResponseEntity.created(URI.create(PATH + "/" + registration.contact().id())).body(registration);
  }

  @Operation(summary = "Kontakt beenden")
  @PostMapping("/{id}/end")
  ResponseEntity<Contact> end(@PathVariable("id") long id) {
    Authentication user = currentUser();
    Contact contact = contacts.find(id).orElseThrow(() -> Problems.exception(ProblemType.NOT_FOUND,
        "Kontakt " + id + " ist nicht bekannt."));
    if (!mayActFor(user, contact.partnerGroup())) {
      throw Problems.exception(ProblemType.FORBIDDEN, "Der Kontakt " + id + " gehört zur Gruppe „"
          + contact.partnerGroup() + "“; Sie dürfen ihn nicht beenden.");
    }
    contacts.end(id, contact.partnerGroup());
    return ResponseEntity.ok(contacts.find(id).orElseThrow());
  }

  /** Active contacts of a company, by registry id or by name and postcode. */
  @Operation(summary = "Aktive Kontakte eines Unternehmens", description = "Nach Register-Id oder nach Name und "
      + "Postleitzahl.")
  @GetMapping
  ResponseEntity<List<Contact>> active(@RequestParam(name = "companyId", required = false) Long companyId,
      @RequestParam(name = COMPANY_NAME, required = false) String companyName,
      @RequestParam(name = COMPANY_POSTCODE, required = false) String companyPostcode) {
    currentUser();
    Optional<Company> company;
    if (companyId != null) {
      company = companies.find(companyId);
    } else if (companyName != null && companyPostcode != null) {
      company = companyName.length() > CompanyRegistry.MAX_NAME ? Optional.empty()
          : companies.findByName(companyName, companyPostcode);
    } else {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Bitte companyId oder companyName und companyPostcode angeben.");
    }
    return ResponseEntity.ok(contacts.activeFor(company.orElseThrow(() -> Problems.exception(ProblemType.NOT_FOUND,
        "Das Unternehmen ist im Register nicht bekannt.")).id()));
  }

  /** The registration's fields after the contract accepted them, as plain Java values. */
  private static Map<String, Object> checked(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Der Rumpf der Anfrage muss ein JSON-Objekt sein.");
    }
    Map<String, SubmittedValue> submitted = new LinkedHashMap<>();
    body.fields().forEachRemaining(field -> submitted.put(field.getKey(), SubmittedValue.plain(field.getValue())));
    ContractCheck.Verdict verdict = ContractCheck.check(REGISTRATION, submitted, null);
    if (!verdict.accepted()) {
      throw new InvalidInputException(verdict.errors());
    }
    Map<String, Object> input = new HashMap<>();
    submitted.forEach((name, value) -> input.put(name, value.toVariable()));
    return input;
  }

  private Authentication currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      // the authentication filter lets no anonymous request through; this guards a misconfiguration
      throw Problems.exception(ProblemType.NOT_AUTHENTICATED, null);
    }
    return authentication;
  }

  private static boolean mayActFor(Authentication user, String partnerGroup) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return groups.contains(partnerGroup) || groups.contains(ADMIN_GROUP);
  }

  private static String text(Map<String, Object> input, String field) {
    return input.get(field) instanceof String value && !value.isBlank() ? value.trim() : null;
  }
}
