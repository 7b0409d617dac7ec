package de.fachkraftimfokus.privacy;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests of contact persons under GDPR, handled by the platform's administrators
 * ({@code camunda-admin}): access ({@code POST /api/privacy/export}) and erasure
 * ({@code POST /api/privacy/erasure}), each with {@code {"email": "..."}} in the body — never in the
 * URL, where it would end up in access logs. HTTP Basic on {@code /api/*}.
 */
@RestController
@RequestMapping("/api/privacy")
class PersonalDataController {

  private final PersonalDataService service;
  private final IdentityService identityService;

  PersonalDataController(PersonalDataService service, IdentityService identityService) {
    this.service = service;
    this.identityService = identityService;
  }

  /** Whose data: the contact person's e-mail address (in the body, never in the URL). */
  record Person(String email) {}

  @Operation(summary = "Auskunft über eine Ansprechperson (Art. 15 DSGVO)", description = "Nur Administration.")
  @PostMapping("/export")
  ResponseEntity<PersonalDataService.Export> export(@RequestBody Person body) {
    Authentication user = administrator();
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"Auskunft-personenbezogene-Daten.json\"")
        .body(service.export(email(body), user.getUserId()));
  }

  @Operation(summary = "Daten einer Ansprechperson löschen (Art. 17 DSGVO)", description = "Nur Administration.")
  @PostMapping("/erasure")
  ResponseEntity<PersonalDataService.Erasure> erase(@RequestBody Person body) {
    Authentication user = administrator();
    return ResponseEntity.ok(service.erase(email(body), user.getUserId()));
  }

  private static String email(Person body) {
    return body == null ? null : body.email();
  }

  private Authentication administrator() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw Problems.exception(ProblemType.NOT_AUTHENTICATED, "Bitte mit Benutzername und Passwort anmelden (HTTP Basic).");
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(PartnerGroup.CAMUNDA_ADMIN.id())) {
      throw Problems.exception(ProblemType.FORBIDDEN,
          "Auskunft und Löschung personenbezogener Daten sind den Administratoren der Plattform vorbehalten.");
    }
    return user;
  }
}
