package de.fachkraftimfokus.contact;

import de.fachkraftimfokus.company.Company;
import de.fachkraftimfokus.company.CompanyData;
import de.fachkraftimfokus.company.CompanyRegistry;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.region.District;
import de.fachkraftimfokus.region.Region;
import de.fachkraftimfokus.region.RegionResolver;
import de.fachkraftimfokus.validation.ApiError;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InputCheck;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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

  /** German error body; {@code fieldErrors} only for refused input. */
  @PostMapping
  ResponseEntity<?> register(@RequestBody Map<String, Object> body) {
    Authentication user = currentUser();
    check(body);
    String partnerGroup = (String) body.get(PARTNER_GROUP);
    if (!mayActFor(user, partnerGroup)) {
      return forbidden("Sie gehören nicht zur Gruppe „" + partnerGroup + "“ und dürfen keine Kontakte für sie melden.");
    }
    Registration registration = transaction.execute(status -> {
      String district = (String) body.get(DISTRICT);
      String region = body.get(REGION) instanceof String given && !given.isBlank() ? given : regions.regionOf(district);
      Company company = companies.findOrCreate(new CompanyData(text(body, COMPANY_NAME), text(body, COMPANY_POSTCODE),
          district, text(body, SECTOR), text(body, SIZE_BAND)));
      Contact contact = contacts.register(company.id(), partnerGroup, region, text(body, REFERENCE),
          text(body, TOPIC), user.getUserId(), false);
      List<Contact> others = contacts.activeFor(company.id()).stream().filter(c -> c.id() != contact.id()).toList();
      return new Registration(contact, company, others);
    });
    return ResponseEntity.created(URI.create(PATH + "/" + registration.contact().id())).body(registration);
  }

  @PostMapping("/{id}/end")
  ResponseEntity<?> end(@PathVariable("id") long id) {
    Authentication user = currentUser();
    Optional<Contact> contact = contacts.find(id);
    if (contact.isEmpty()) {
      return notFound("Kontakt " + id + " ist nicht bekannt.");
    }
    if (!mayActFor(user, contact.get().partnerGroup())) {
      return forbidden("Der Kontakt " + id + " gehört zur Gruppe „" + contact.get().partnerGroup()
          + "“; Sie dürfen ihn nicht beenden.");
    }
    contacts.end(id, contact.get().partnerGroup());
    return ResponseEntity.ok(contacts.find(id).orElseThrow());
  }

  /** Active contacts of a company, by registry id or by name and postcode. */
  @GetMapping
  ResponseEntity<?> active(@RequestParam(name = "companyId", required = false) Long companyId,
      @RequestParam(name = COMPANY_NAME, required = false) String companyName,
      @RequestParam(name = COMPANY_POSTCODE, required = false) String companyPostcode) {
    currentUser();
    Optional<Company> company;
    if (companyId != null) {
      company = companies.find(companyId);
    } else if (companyName != null && companyPostcode != null) {
      company = companies.findByName(companyName, companyPostcode);
    } else {
      return badRequest("Bitte companyId oder companyName und companyPostcode angeben.");
    }
    if (company.isEmpty()) {
      return notFound("Das Unternehmen ist im Register nicht bekannt.");
    }
    return ResponseEntity.ok(contacts.activeFor(company.get().id()));
  }

  private static void check(Map<String, Object> body) {
    InputCheck check = InputCheck.of(body)
        .requiredText(COMPANY_NAME, "Name des Unternehmens")
        .pattern(COMPANY_POSTCODE, "Postleitzahl", InputCheck.FIVE_DIGITS, "genau fünf Ziffern")
        .oneOf(DISTRICT, "Landkreis", Arrays.stream(District.values()).map(District::id).toList())
        .oneOf(PARTNER_GROUP, "Partner (Gruppe)", PartnerGroup.workingPartners().stream().map(PartnerGroup::id).toList())
        .requiredText(REFERENCE, "Referenz")
        .requiredText(TOPIC, "Thema");
    check.rule(length(body, COMPANY_NAME) <= CompanyRegistry.MAX_NAME, COMPANY_NAME, "Name des Unternehmens",
        "höchstens " + CompanyRegistry.MAX_NAME + " Zeichen");
    check.rule(length(body, REFERENCE) <= 100, REFERENCE, "Referenz", "höchstens 100 Zeichen");
    check.rule(length(body, TOPIC) <= 500, TOPIC, "Thema", "höchstens 500 Zeichen");
    if (body.get(SECTOR) != null) {
      check.oneOf(SECTOR, "Wirtschaftszweig (WZ 2008)", CompanyData.SECTORS);
    }
    if (body.get(SIZE_BAND) != null) {
      check.oneOf(SIZE_BAND, "Unternehmensgröße", CompanyData.SIZE_BANDS);
    }
    if (body.get(REGION) != null) {
      check.oneOf(REGION, "Region", Arrays.stream(Region.values()).map(Region::id).toList());
    }
    check.orThrow();
  }

  private Authentication currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      // the authentication filter lets no anonymous request through; this guards a misconfiguration
      throw new NotAuthenticated();
    }
    return authentication;
  }

  private static boolean mayActFor(Authentication user, String partnerGroup) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return groups.contains(partnerGroup) || groups.contains(ADMIN_GROUP);
  }

  private static String text(Map<String, Object> body, String field) {
    return body.get(field) instanceof String value && !value.isBlank() ? value.trim() : null;
  }

  private static int length(Map<String, Object> body, String field) {
    return body.get(field) instanceof String value ? value.trim().length() : 0;
  }

  static final class NotAuthenticated extends RuntimeException {}

  @ExceptionHandler(NotAuthenticated.class)
  ResponseEntity<ApiError> notAuthenticated() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .body(new ApiError("NotAuthenticated", "Bitte mit Benutzername und Passwort anmelden (HTTP Basic).", List.of()));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalidInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(ApiError.invalidInput(e));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
  ResponseEntity<ApiError> unreadable() {
    return badRequest("Die Anfrage muss ein JSON-Objekt sein (Content-Type: application/json).");
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ApiError> badParameter() {
    return badRequest("Ungültiger Parameter: Kennungen sind ganze Zahlen.");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ApiError> illegalArgument(IllegalArgumentException e) {
    return badRequest(e.getMessage());
  }

  private static ResponseEntity<ApiError> badRequest(String message) {
    return ResponseEntity.badRequest().body(new ApiError("InvalidInput", message, List.of()));
  }

  private static ResponseEntity<ApiError> forbidden(String message) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("Forbidden", message, List.of()));
  }

  private static ResponseEntity<ApiError> notFound(String message) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("NotFound", message, List.of()));
  }
}
