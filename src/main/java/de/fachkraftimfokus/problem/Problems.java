package de.fachkraftimfokus.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fachkraftimfokus.validation.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The one error body of everything the platform answers itself ({@code /api/*}, its HTTP guards and
 * the engine REST API): RFC 9457 problem details with a German {@code detail}, the field errors
 * ({@code fieldErrors}: field, label, message — empty when none) and {@code message}, the same text
 * as {@code detail}, which Camunda's web apps show and older clients read.
 */
public final class Problems {

  public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;
  public static final String FIELD_ERRORS = "fieldErrors";
  public static final String MESSAGE = "message";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static ProblemDetail of(ProblemType type, String detail) {
    return of(type, detail, List.of(), null);
  }

  public static ProblemDetail of(ProblemType type, String detail, List<FieldError> fieldErrors, String instance) {
    String text = detail == null || detail.isBlank() ? type.defaultDetail() : detail;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), text);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    if (instance != null) {
      problem.setInstance(URI.create(instance.replace(" ", "%20")));
    }
    problem.setProperty(MESSAGE, text);
    problem.setProperty(FIELD_ERRORS, List.copyOf(fieldErrors));
    return problem;
  }

  /** An exception Spring MVC answers with this problem (thrown by the platform's controllers). */
  public static ErrorResponseException exception(ProblemType type, String detail) {
    return new ErrorResponseException(HttpStatusCode.valueOf(type.status()), of(type, detail), null);
  }

  /** The problem as JSON, in the field order of RFC 9457 followed by the platform's members. */
  public static byte[] json(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType() == null ? null : problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the problem as the response of a servlet filter. */
  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    byte[] body = json(problem);
    response.setStatus(problem.getStatus());
    response.setContentType(MEDIA_TYPE.toString());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  public static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
    write(response, of(type, detail));
  }

  public static void write(HttpServletResponse response, ProblemType type, String detail, String instance)
      throws IOException {
    write(response, of(type, detail, List.of(), instance));
  }
}
