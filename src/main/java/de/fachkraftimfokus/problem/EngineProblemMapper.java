package de.fachkraftimfokus.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.fachkraftimfokus.validation.InvalidInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every error of the engine REST API ({@code /engine-rest}, and the web apps'
 * {@code /camunda/api/engine}) as the platform's problem details, chosen by the type of the
 * exception and its causes — never by its message text, which is English and may carry ids, SQL or
 * class names. Unknown failures answer 500 with a logged reference.
 */
public class EngineProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(EngineProblemMapper.class);

  @Context
  private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable exception) {
    String path = uriInfo == null ? null : "/" + uriInfo.getPath();
    Mapped mapped = map(exception);
    if (mapped.type() == ProblemType.INTERNAL) {
      String reference = UUID.randomUUID().toString();
      LOG.error("Fehler der Engine-REST-API bei {} (Referenz {})", path, reference, exception);
      mapped = new Mapped(ProblemType.INTERNAL, ProblemType.INTERNAL.defaultDetail() + " Referenz: " + reference,
          List.of());
    } else {
      LOG.debug("Engine-REST-API lehnt {} ab: {}", path, exception.toString());
    }
    var problem = Problems.of(mapped.type(), mapped.detail(), mapped.fieldErrors(), path);
    Response.ResponseBuilder response = Response.status(problem.getStatus()).type(Problems.MEDIA_TYPE.toString())
        .entity(Problems.json(problem));
    if (mapped.type() == ProblemType.UNAVAILABLE) {
      LOG.warn("Datenbank nicht erreichbar bei {}: 503 ({})", path, exception.getClass().getSimpleName());
      response.header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
    return response.build();
  }

  record Mapped(ProblemType type, String detail, List<de.fachkraftimfokus.validation.FieldError> fieldErrors) {
    static Mapped of(ProblemType type, String detail) {
      return new Mapped(type, detail, List.of());
    }
  }

  /** The problem of an exception: its most telling cause decides (the REST layer wraps engine exceptions). */
  static Mapped map(Throwable exception) {
    if (DatabaseUnavailable.causedBy(exception)) {
      return Mapped.of(ProblemType.UNAVAILABLE, DatabaseUnavailable.DETAIL);
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      Mapped mapped = mapOne(cause);
      if (mapped != null) {
        return mapped;
      }
    }
    if (exception instanceof RestException rest && rest.getStatus() != null) {
      return Mapped.of(ProblemType.ofStatus(rest.getStatus().getStatusCode()), null);
    }
    if (exception instanceof WebApplicationException web) {
      return Mapped.of(ProblemType.ofStatus(web.getResponse().getStatus()), null);
    }
    return Mapped.of(ProblemType.INTERNAL, null);
  }

  private static Mapped mapOne(Throwable e) {
    if (e instanceof InvalidInputException invalid) {
      return new Mapped(ProblemType.INVALID_INPUT, invalid.getMessage(), invalid.errors());
    }
    if (e instanceof FormFieldValidationException) {
      return Mapped.of(ProblemType.INVALID_INPUT, "Die Eingaben des Formulars sind ungültig.");
    }
    if (e instanceof AuthorizationException) {
      return Mapped.of(ProblemType.FORBIDDEN, null);
    }
    if (e instanceof TaskAlreadyClaimedException) {
      return Mapped.of(ProblemType.CONFLICT, "Die Aufgabe hat inzwischen jemand anderes übernommen.");
    }
    if (e instanceof OptimisticLockingException) {
      return Mapped.of(ProblemType.CONFLICT, null);
    }
    if (e instanceof SuspendedEntityInteractionException) {
      return Mapped.of(ProblemType.CONFLICT, "Der Vorgang ist angehalten.");
    }
    if (e instanceof MismatchingMessageCorrelationException) {
      return Mapped.of(ProblemType.INVALID_INPUT, "Kein Vorgang wartet auf diese Nachricht.");
    }
    if (e instanceof ParseException || e instanceof org.xml.sax.SAXException) {
      return Mapped.of(ProblemType.INVALID_INPUT, "Das Modell lässt sich nicht lesen (ungültiges XML oder BPMN/DMN).");
    }
    if (e instanceof NotFoundException) {
      return Mapped.of(ProblemType.NOT_FOUND, null);
    }
    if (e instanceof NotAllowedException) {
      return Mapped.of(ProblemType.FORBIDDEN, null);
    }
    if (e instanceof NullValueException || e instanceof NotValidException || e instanceof BadUserRequestException) {
      return Mapped.of(ProblemType.INVALID_INPUT, null);
    }
    if (e instanceof JsonProcessingException) {
      return Mapped.of(ProblemType.INVALID_INPUT, "Der Rumpf der Anfrage ist kein gültiges JSON der erwarteten Form.");
    }
    if (e instanceof InvalidRequestException invalid && invalid.getStatus() != null) {
      return Mapped.of(ProblemType.ofStatus(invalid.getStatus().getStatusCode()), null);
    }
    if (e instanceof ProcessEngineException engine
        && engine.getCode() == BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL.getCode()) {
      return Mapped.of(ProblemType.INVALID_INPUT, "Eine Eingabe ist zu lang.");
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return Mapped.of(ProblemType.ofStatus(web.getResponse().getStatus()), null);
    }
    return null;
  }
}
