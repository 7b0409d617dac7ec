package de.fachkraftimfokus.advisorycase;

import com.fasterxml.jackson.databind.JsonNode;
import de.fachkraftimfokus.contract.ContractCheck;
import de.fachkraftimfokus.contract.SubmittedValue;
import de.fachkraftimfokus.contract.WriteContracts;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST intake of advisory cases for other systems, e.g. the PFIFF portal (docs/api.md):
 * {@code POST /api/advisory-cases} with the start variables of DESIGN.md §5 as a plain JSON object.
 * The deployed start form is the contract, exactly as for Tasklist. HTTP Basic authentication by the
 * platform's filter; the case is started as that user, so the engine's authorizations decide who may
 * open cases (Network-KMU, PFIFF).
 */
@RestController
@RequestMapping(path = "/api/advisory-cases", produces = MediaType.APPLICATION_JSON_VALUE)
class AdvisoryCaseIntakeController {

  private static final String FORBIDDEN = "Sie dürfen keine Beratungsfälle eröffnen (nur Network-KMU und PFIFF).";

  private final RuntimeService runtime;
  private final WriteContracts contracts;

  AdvisoryCaseIntakeController(RuntimeService runtime, WriteContracts contracts) {
    this.runtime = runtime;
    this.contracts = contracts;
  }

  /** The answer: the case's number and its process instance. */
  record OpenedCase(String businessKey, String processInstanceId) {}

  /** The start form, as the schema of the request body (docs/api.md). */
  static final String START_SCHEMA = "BeratungsfallStart";

  @Operation(summary = "Beratungsfall eröffnen", description = "Startet einen Beratungsfall mit den Startdaten "
      + "des Startformulars (DESIGN.md §5). Das Geschäftszeichen vergibt die Plattform.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/" + START_SCHEMA)))
  @ApiResponse(responseCode = "201", description = "Fall eröffnet")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OpenedCase> open(@RequestBody JsonNode body) {
    if (body == null || !body.isObject()) {
      throw Problems.exception(ProblemType.INVALID_INPUT, "Der Rumpf der Anfrage muss ein JSON-Objekt sein.");
    }
    String definitionId = contracts.latestDefinitionId(AdvisoryCaseProcess.KEY, null)
        .orElseThrow(() -> Problems.exception(ProblemType.FORBIDDEN, FORBIDDEN));
    Map<String, SubmittedValue> submitted = new LinkedHashMap<>();
    body.fields().forEachRemaining(field -> submitted.put(field.getKey(), SubmittedValue.plain(field.getValue())));
    ContractCheck.Verdict verdict = contracts.checkStart(definitionId, submitted);
    if (!verdict.accepted()) {
      throw new InvalidInputException(verdict.errors());
    }
    Map<String, Object> variables = new HashMap<>();
    submitted.forEach((name, value) -> {
      if (!verdict.ignored().contains(name)) {
        variables.put(name, value.toVariable());
      }
    });
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceById(definitionId, variables);
    } catch (AuthorizationException e) {
      throw Problems.exception(ProblemType.FORBIDDEN, FORBIDDEN);
    }
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instance.getId()))
        .body(new OpenedCase(instance.getBusinessKey(), instance.getId()));
  }
}
