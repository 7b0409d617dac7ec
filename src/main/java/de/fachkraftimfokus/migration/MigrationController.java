package de.fachkraftimfokus.migration;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Instance migration for process owners ({@code process-owners}) and the administration, used by the
 * Cockpit page „Instanzen migrieren“ (session) and by scripts (HTTP Basic): versions of a process,
 * proposed plan, validation with the result per running instance, start of the batch, progress.
 */
@RestController
@RequestMapping("/api/migrations")
class MigrationController {

  private final MigrationService service;
  private final IdentityService identityService;

  MigrationController(MigrationService service, IdentityService identityService) {
    this.service = service;
    this.identityService = identityService;
  }

  @Operation(summary = "Versionen eines Prozesses mit der Zahl laufender Instanzen",
      description = "Nur Prozessverantwortliche und Administration.")
  @GetMapping("/versions")
  List<MigrationService.Version> versions(@RequestParam String processKey) {
    owner();
    return service.versions(processKey);
  }

  @Operation(summary = "Migrationsplan vorschlagen",
      description = "Gleiche IDs (mapEqualActivities) und umbenannte Aktivitäten (gleicher Typ und Name); "
          + "Elemente ohne Gegenstück werden genannt. Der Vorschlag lässt sich ändern und dann prüfen.")
  @PostMapping("/proposal")
  MigrationService.Proposal propose(@RequestBody MigrationService.PlanRequest request) {
    owner();
    return service.propose(request);
  }

  @Operation(summary = "Migrationsplan prüfen",
      description = "Prüft den Plan und jede laufende Instanz der Quellversion; nennt, welche Instanz an welcher "
          + "Aktivität nicht umziehen kann und warum. Ändert nichts.")
  @PostMapping("/validation")
  MigrationService.Validation validate(@RequestBody MigrationService.PlanRequest request) {
    owner();
    return service.validate(request);
  }

  @Operation(summary = "Migration starten (Batch)",
      description = "Zieht die Instanzen, die umziehen können, als Batch der Engine um; die anderen bleiben "
          + "unverändert und werden genannt.")
  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  MigrationService.Started start(@RequestBody MigrationService.PlanRequest request) {
    return service.start(request, owner().getUserId());
  }

  @Operation(summary = "Letzte Migrationen eines Prozesses mit Fortschritt")
  @GetMapping
  List<MigrationService.Progress> recent(@RequestParam String processKey) {
    owner();
    return service.recent(processKey);
  }

  @Operation(summary = "Fortschritt und Ergebnis je Instanz einer Migration")
  @GetMapping("/{batchId}")
  MigrationService.Progress progress(@PathVariable String batchId) {
    owner();
    return service.progress(batchId);
  }

  private Authentication owner() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw Problems.exception(ProblemType.NOT_AUTHENTICATED, "Bitte anmelden (Cockpit oder HTTP Basic).");
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(PartnerGroup.PROCESS_OWNERS.id()) && !groups.contains(PartnerGroup.CAMUNDA_ADMIN.id())) {
      throw Problems.exception(ProblemType.FORBIDDEN,
          "Instanzen migrieren dürfen die Prozessverantwortlichen und die Administration.");
    }
    return user;
  }
}
