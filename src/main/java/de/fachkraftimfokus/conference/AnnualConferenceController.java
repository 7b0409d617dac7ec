package de.fachkraftimfokus.conference;

import com.fasterxml.jackson.databind.JsonNode;
import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conference's own API (HTTP Basic on /api/*): the programme as PDF and HTML for the partners,
 * and the registrations a registration system posts while the registration is open — a company's
 * name and how many it sends, nothing about a person. Registrations may be posted by the lead
 * partner's group, the Geschäftsstelle and the administration, from the approved programme until the
 * registration closes (deadline, or the lead partner closes it). Written in one statement, so no
 * transaction of its own is needed.
 */
@RestController
class AnnualConferenceController {

  static final String PATH = "/api/annual-conferences";
  static final String COMPANY_NAME = "companyName";
  static final String PARTICIPANTS = "participants";

  private final ConferenceRegister register;
  private final ProgrammeDocument document;
  private final IdentityService identityService;

  AnnualConferenceController(ConferenceRegister register, ProgrammeDocument document, IdentityService identityService) {
    this.register = register;
    this.document = document;
    this.identityService = identityService;
  }

  /** The answer to a registration: the totals so far. */
  record RegistrationTotals(String businessKey, long registrations, long companies, long participants) {}

  @Operation(operationId = "getConferenceProgrammePdf", summary = "Programm der Fachveranstaltung (PDF)",
      description = "Das freigegebene Programm; für alle Partner, Leitung/Controlling und die Administration.")
  @GetMapping(value = PATH + "/{businessKey}/programme.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> programmePdf(@PathVariable("businessKey") String businessKey) {
    refuseUnlessReader();
    return document.pdf(businessKey).map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header("Content-Disposition", "inline; filename=\"" + ProgrammeDocument.fileName(businessKey) + "\"")
            .body(pdf))
        .orElseThrow(() -> notFound(businessKey));
  }

  @Operation(operationId = "getConferenceProgrammeHtml", summary = "Programm der Fachveranstaltung (HTML)",
      description = "Das freigegebene Programm, vorher der Entwurf (als solcher gekennzeichnet).")
  @GetMapping(value = PATH + "/{businessKey}/programme.html", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> programmeHtml(@PathVariable("businessKey") String businessKey) {
    refuseUnlessReader();
    return document.htmlOrPreview(businessKey).map(ResponseEntity::ok).orElseThrow(() -> notFound(businessKey));
  }

  @Operation(operationId = "postConferenceRegistration", summary = "Anmeldung zur Fachveranstaltung melden",
      description = "Ein Anmeldesystem meldet eine Anmeldung: Name des Unternehmens (companyName, höchstens 300 "
          + "Zeichen) und Zahl der Teilnehmenden (participants, 1–10.000). Keine personenbezogenen Daten.")
  @ApiResponse(responseCode = "201", description = "Anmeldung gezählt; die Antwort nennt die Summen")
  @PostMapping(value = PATH + "/{businessKey}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RegistrationTotals> register(@PathVariable("businessKey") String businessKey,
      @RequestBody JsonNode body) {
    Authentication user = currentUser();
    Conference conference = register.find(businessKey).orElseThrow(() -> notFound(businessKey));
    Set<String> allowed = new HashSet<>(List.of(PartnerGroup.STK.id(), PartnerGroup.CAMUNDA_ADMIN.id()));
    if (conference.leadPartner() != null) {
      allowed.add(conference.leadPartner());
    }
    if (groupsOf(user).stream().noneMatch(allowed::contains)) {
      throw Problems.exception(ProblemType.FORBIDDEN, "Anmeldungen zur Fachveranstaltung " + businessKey
          + " melden die federführende Stelle, die Geschäftsstelle und die Administration.");
    }
    String company = companyOf(body);
    int participants = participantsOf(body);
    if (conference.state() != AnnualConferenceProcess.ConferenceState.EINGELADEN) {
      throw Problems.exception(ProblemType.CONFLICT, "Die Anmeldung zur Fachveranstaltung " + businessKey
          + " ist nicht offen: " + conference.state().germanName() + ".");
    }
    register.addRegistration(businessKey, company, participants, ConferenceRegister.RegistrationSource.API,
        user.getUserId());
    ConferenceRegister.Totals now = register.totals(businessKey);
    RegistrationTotals totals = new RegistrationTotals(businessKey, now.registrations(), now.companies(),
        now.participants());
    return ResponseEntity.created(URI.create(PATH + "/" + businessKey + "/registrations")).body(totals);
  }

  private static String companyOf(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Der Rumpf der Anfrage muss ein JSON-Objekt sein.");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals(COMPANY_NAME) && !name.equals(PARTICIPANTS)) {
        errors.add(new FieldError(name, name, "unbekanntes Feld; erlaubt sind nur companyName und participants"));
      }
    }
    JsonNode company = body.get(COMPANY_NAME);
    if (company == null || !company.isTextual() || company.asText().isBlank()) {
      errors.add(new FieldError(COMPANY_NAME, "Name des Unternehmens", "Pflichtfeld (Text)"));
    } else if (company.asText().trim().length() > Registrations.MAX_COMPANY) {
      errors.add(new FieldError(COMPANY_NAME, "Name des Unternehmens", "höchstens " + Registrations.MAX_COMPANY + " Zeichen"));
    }
    JsonNode participants = body.get(PARTICIPANTS);
    if (participants == null || !participants.isIntegralNumber() || participants.asLong() < 1
        || participants.asLong() > Registrations.MAX_PARTICIPANTS) {
      errors.add(new FieldError(PARTICIPANTS, "Teilnehmende", "eine ganze Zahl von 1 bis " + Registrations.MAX_PARTICIPANTS));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return company.asText().trim();
  }

  private static int participantsOf(JsonNode body) {
    return body.get(PARTICIPANTS).asInt();
  }

  private Authentication currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw Problems.exception(ProblemType.NOT_AUTHENTICATED, null);
    }
    return authentication;
  }

  private List<String> groupsOf(Authentication user) {
    return identityService.createGroupQuery().groupMember(user.getUserId()).list().stream().map(Group::getId).toList();
  }

  private void refuseUnlessReader() {
    Set<String> allowed = new HashSet<>();
    PartnerGroup.workingPartners().forEach(g -> allowed.add(g.id()));
    allowed.add(PartnerGroup.COCKPIT_READERS.id());
    allowed.add(PartnerGroup.CAMUNDA_ADMIN.id());
    if (groupsOf(currentUser()).stream().noneMatch(allowed::contains)) {
      throw Problems.exception(ProblemType.FORBIDDEN, "Das Programm ist den Partnern, Leitung/Controlling und der "
          + "Administration vorbehalten.");
    }
  }

  private static RuntimeException notFound(String businessKey) {
    return Problems.exception(ProblemType.NOT_FOUND, "Für " + businessKey + " liegt kein Programm bzw. keine "
        + "Fachveranstaltung vor.");
  }
}
