package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.identity.PartnerGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Download of a Jour fixe's monitoring report and minutes by its participants (and
 * Leitung/Administration).
 * Authentication is HTTP Basic on /api/* (RestSecurityConfiguration).
 */
@RestController
class JourFixeReportController {

  private final MonitoringReportStore store;
  private final IdentityService identityService;
  private final JourFixeSettings settings;
  private final MinutesDocument minutes;

  JourFixeReportController(MonitoringReportStore store, IdentityService identityService,
      JourFixeSettings settings, MinutesDocument minutes) {
    this.store = store;
    this.identityService = identityService;
    this.settings = settings;
    this.minutes = minutes;
  }

  @GetMapping(value = "/api/jour-fixe/{businessKey}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> minutesPdf(@PathVariable String businessKey) {
    refuseUnlessAllowed();
    return pdf(minutes.pdf(businessKey), MinutesDocument.fileName(businessKey));
  }

  @GetMapping(value = "/api/jour-fixe/{businessKey}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> reportPdf(@PathVariable String businessKey) {
    refuseUnlessAllowed();
    return pdf(store.pdf(businessKey), "Monitoringbericht-" + businessKey + ".pdf");
  }

  @GetMapping(value = "/api/jour-fixe/{businessKey}/report.html", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> reportHtml(@PathVariable String businessKey) {
    refuseUnlessAllowed();
    return store.html(businessKey).map(ResponseEntity::ok).orElseThrow(JourFixeReportController::notFound);
  }

  private static ResponseEntity<byte[]> pdf(java.util.Optional<byte[]> document, String fileName) {
    return document.map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").body(pdf))
        .orElseThrow(JourFixeReportController::notFound);
  }

  private static RuntimeException notFound() {
    return Problems.exception(ProblemType.NOT_FOUND, "Für diesen Jour fixe liegt das Dokument (noch) nicht vor.");
  }

  private void refuseUnlessAllowed() {
    if (!allowed()) {
      throw Problems.exception(ProblemType.FORBIDDEN, "Bericht und Protokoll sind den Teilnehmern des Jour fixe, "
          + "Leitung/Controlling und der Administration vorbehalten.");
    }
  }

  private boolean allowed() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return false;
    }
    Set<String> allowed = new HashSet<>(settings.participants());
    allowed.add(PartnerGroup.COCKPIT_READERS.id());
    allowed.add(PartnerGroup.CAMUNDA_ADMIN.id());
    List<String> groups = identityService.createGroupQuery().groupMember(authentication.getUserId()).list()
        .stream().map(Group::getId).toList();
    return groups.stream().anyMatch(allowed::contains);
  }
}
