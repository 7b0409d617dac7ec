package de.fachkraftimfokus.problem;

import de.fachkraftimfokus.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the platform's own API ({@code /api/*}) as one problem-details body with a
 * German detail — Spring MVC's own errors (unreadable body, wrong media type, unknown path, …)
 * included. Unexpected errors answer 500 with a reference that is logged, never with internals.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, HttpServletRequest request) {
    return answer(Problems.of(ProblemType.INVALID_INPUT, e.getMessage(), e.errors(), request.getRequestURI()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> forbidden(AuthorizationException e, HttpServletRequest request) {
    return answer(Problems.of(ProblemType.FORBIDDEN, null, List.of(), request.getRequestURI()));
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
  ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
    return answer(Problems.of(ProblemType.INVALID_INPUT, "Ein Parameter der Anfrage ist ungültig.", List.of(),
        request.getRequestURI()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    if (DatabaseUnavailable.causedBy(e)) {
      LOG.warn("Datenbank nicht erreichbar bei {}: 503 ({})", request.getRequestURI(), e.getClass().getSimpleName());
      ProblemDetail problem = Problems.of(ProblemType.UNAVAILABLE, DatabaseUnavailable.DETAIL, List.of(),
          request.getRequestURI());
      return ResponseEntity.status(problem.getStatus()).contentType(Problems.MEDIA_TYPE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)).body(problem);
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("Unerwarteter Fehler bei {} (Referenz {})", request.getRequestURI(), reference, e);
    return answer(Problems.of(ProblemType.INTERNAL, ProblemType.INTERNAL.defaultDetail() + " Referenz: " + reference,
        List.of(), request.getRequestURI()));
  }

  /** Spring MVC's own exceptions (and {@link ErrorResponseException}s of the controllers), in German. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String detail = null;
    if (e instanceof ErrorResponseException response && response.getBody().getProperties() != null
        && response.getBody().getProperties().containsKey(Problems.MESSAGE)) {
      detail = response.getBody().getDetail(); // the platform's own refusal, already German
    } else if (e instanceof HttpMessageNotReadableException) {
      detail = "Der Rumpf der Anfrage ist kein gültiges JSON-Objekt der erwarteten Form.";
    } else if (e instanceof MissingServletRequestParameterException missing) {
      detail = "Der Parameter „" + missing.getParameterName() + "“ fehlt.";
    }
    String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    ProblemDetail problem = Problems.of(ProblemType.ofStatus(status.value()), detail, List.of(), path);
    HttpHeaders answerHeaders = new HttpHeaders();
    if (headers != null) {
      answerHeaders.putAll(headers);
    }
    answerHeaders.setContentType(Problems.MEDIA_TYPE);
    return ResponseEntity.status(status).headers(answerHeaders).body(problem);
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(Problems.MEDIA_TYPE).body(problem);
  }
}
