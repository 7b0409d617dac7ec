package de.fachkraftimfokus.casefile;

import de.fachkraftimfokus.document.DocumentTemplates;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The case file („Fallakte“) of one business key as a German HTML page, linked from every task form
 * (the header of each form) and usable from Cockpit: the web apps' session counts as login
 * ({@code security.StaffPageAuthenticationFilter}). Unknown or unreadable keys answer 404 alike, so
 * the page does not tell who has which cases.
 */
@Controller
class CaseFileController {

  static final String PATH = "/fallakte";
  static final String TEMPLATE = "casefile/case-file.html";
  static final String MISSING = "casefile/missing.html";
  /** A platform business key: two letters, a year, further parts (BF-2026-00042, BF-2026-00042-W1, FV-2026). */
  static final Pattern KEY = Pattern.compile("[A-Z]{2}-\\d{4}(-[0-9A-Z]{1,8}){0,3}");

  private final CaseFileService service;
  private final DocumentTemplates templates;

  CaseFileController(CaseFileService service, DocumentTemplates templates) {
    this.service = service;
    this.templates = templates;
  }

  static final String NO_KEY = "Das ist kein Geschäftszeichen der Plattform (z. B. BF-2026-00042 oder AB-2026-0007).";
  static final String NOT_READABLE = "Zu diesem Geschäftszeichen gibt es keine Fallakte, oder Sie dürfen den Vorgang nicht lesen.";

  /** A browser gets German pages, also for refusals; other clients get problem details. */
  @GetMapping(PATH + "/{businessKey}")
  ResponseEntity<String> caseFile(@PathVariable String businessKey,
      @RequestHeader(value = "Accept", required = false) String accept) {
    boolean browser = accept != null && accept.contains("text/html");
    if (!KEY.matcher(businessKey).matches()) {
      if (!browser) {
        throw Problems.exception(ProblemType.INVALID_INPUT, NO_KEY);
      }
      return page(HttpStatus.BAD_REQUEST, MISSING, Map.of("businessKey", businessKey, "reason", NO_KEY));
    }
    Optional<Map<String, Object>> file = service.caseFile(businessKey);
    if (file.isEmpty() && !browser) {
      throw Problems.exception(ProblemType.NOT_FOUND, NOT_READABLE);
    }
    return file.map(f -> page(HttpStatus.OK, TEMPLATE, f))
        .orElseGet(() -> page(HttpStatus.NOT_FOUND, MISSING, Map.of("businessKey", businessKey, "reason", NOT_READABLE)));
  }

  private ResponseEntity<String> page(HttpStatus status, String template, Map<String, ?> variables) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(templates.render(template, variables));
  }
}
