package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST intake of advisory cases for other systems, e.g. the PFIFF portal (README "REST-Schnittstelle
 * Beratungsfall"): {@code POST /api/advisory-cases} with the start variables of DESIGN.md §5 as a
 * plain JSON object. HTTP Basic authentication by the platform's filter; the case is started as
 * that user, so the engine's authorizations decide who may open cases (Network-KMU, PFIFF).
 */
@RestController
@RequestMapping(path = "/api/advisory-cases", produces = MediaType.APPLICATION_JSON_VALUE)
class AdvisoryCaseIntakeController {

  static final Set<String> CONTRACT = Set.of(Var.COMPANY_NAME, Var.COMPANY_POSTCODE, Var.DISTRICT, Var.SECTOR,
      Var.SIZE_BAND, Var.CONTACT_NAME, Var.CONTACT_EMAIL, Var.CONTACT_PHONE, Var.INQUIRY_SOURCE,
      Var.INQUIRY_SUMMARY, Var.CONSENT_DATA_SHARING);

  private final RuntimeService runtime;

  AdvisoryCaseIntakeController(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> open(@RequestBody Map<String, Object> body) {
    List<FieldError> errors = new ArrayList<>();
    body.keySet().stream().filter(k -> !CONTRACT.contains(k)).sorted()
        .forEach(k -> errors.add(new FieldError(k, k, "unbekanntes Feld")));
    Map<String, Object> variables = new HashMap<>(body);
    variables.keySet().retainAll(CONTRACT);
    errors.addAll(AdvisoryCaseStartCheck.of(variables).errors());
    if (!errors.isEmpty()) {
      return badRequest(errors);
    }
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey(AdvisoryCaseProcess.KEY, variables);
      Map<String, Object> created = new LinkedHashMap<>();
      created.put("businessKey", instance.getBusinessKey());
      created.put("processInstanceId", instance.getId());
      return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instance.getId())).body(created);
    } catch (InvalidInputException e) {
      return badRequest(e.errors());
    } catch (AuthorizationException e) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("type", "Forbidden",
          "message", "Sie dürfen keine Beratungsfälle eröffnen (nur Network-KMU und PFIFF)."));
    }
  }

  private static ResponseEntity<Map<String, Object>> badRequest(List<FieldError> errors) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("type", "InvalidInput");
    answer.put("message", new InvalidInputException(errors).getMessage());
    answer.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "label", e.label(), "message", e.message()))
        .toList());
    return ResponseEntity.badRequest().body(answer);
  }
}
