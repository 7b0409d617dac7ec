package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps JUEL expressions out of ad-hoc queries, whatever their nesting.
 *
 * <p>Camunda 7.24.0 community evaluates expressions smuggled into task queries through nested
 * {@code orQueries}, although ad-hoc expressions are disabled; the fix ships only in paid patch
 * releases. This filter rejects, with 400, every request to the engine REST API and the webapps'
 * API that carries {@code ${…}} or {@code #{…}} in a query parameter, and every query request
 * (task and filter queries) whose JSON body carries one in any key or value at any depth. JSON is
 * parsed, so escapes such as {@code \u0024} do not slip through. Stored filter definitions (which
 * legitimately use {@code ${currentUser()}}) are created only by administrators.
 *
 * <p>It also enforces the cap on {@code maxResults} — except for the list of filter definitions
 * ({@code GET .../filter}), which Tasklist itself always pages by 2,000 and which holds only the
 * few filters a user may read; executing a filter ({@code filter/{id}/list}) stays capped.
 */
class QueryExpressionGuardFilter extends OncePerRequestFilter {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
  /** Task queries, filter executions (which extend the stored query) and history task queries. */
  private static final Pattern QUERY_PATH = Pattern.compile(
      ".*/(task|task/count|history/task|history/task/count|filter/[^/]+/(list|count|singleResult)"
          + "|process-instance|process-instance/count|history/process-instance"
          + "|history/process-instance/count)/?$");
  /** The list of stored filters (not their results): Tasklist requests it with maxResults=2000. */
  private static final Pattern FILTER_DEFINITIONS_PATH = Pattern.compile(".*/filter/?$");
  private static final ObjectMapper JSON = new ObjectMapper()
      // two equal keys would let the guard and the engine each see a different one
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final int maxResults;

  QueryExpressionGuardFilter(int maxResults) {
    this.maxResults = maxResults;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    // Only the query string: request.getParameterMap() would consume form bodies (the webapps'
    // login) before the REST layer reads them. Task queries take their parameters from the URL.
    Map<String, List<String>> parameters;
    try {
      parameters = queryParameters(request.getQueryString());
    } catch (IllegalArgumentException malformedEscape) {
      Problems.write(response, ProblemType.INVALID_INPUT, "Die Abfrageparameter sind ungültig kodiert.");
      return;
    }
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (EXPRESSION.matcher(parameter.getKey()).find()
          || parameter.getValue().stream().anyMatch(value -> EXPRESSION.matcher(value).find())) {
        reject(response);
        return;
      }
    }
    if (parameters.getOrDefault("maxResults", List.of()).stream().anyMatch(this::exceedsMax)
        && !FILTER_DEFINITIONS_PATH.matcher(routedPath(request)).matches()) {
      Problems.write(response, ProblemType.INVALID_INPUT, "maxResults darf höchstens " + maxResults + " betragen.");
      return;
    }
    if (hasBody(request) && QUERY_PATH.matcher(routedPath(request)).matches()) {
      byte[] body = request.getInputStream().readAllBytes();
      if (body.length > 0) {
        JsonNode json;
        try {
          json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
          Problems.write(response, ProblemType.INVALID_INPUT, "Die Abfrage ist kein gültiges JSON.");
          return;
        }
        if (containsExpression(json)) {
          reject(response);
          return;
        }
      }
      chain.doFilter(new CachedBodyRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  static Map<String, List<String>> queryParameters(String queryString) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (queryString == null || queryString.isEmpty()) {
      return parameters;
    }
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  /**
   * The path as the REST servlets route it: decoded, normalised, without {@code ;} path parameters.
   * The raw request URI would let {@code /task;x} or {@code /%74ask} pass the check while the
   * engine still answers them as {@code /task}.
   */
  static String routedPath(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
  }

  private boolean exceedsMax(String requestedMax) {
    try {
      return requestedMax != null && Long.parseLong(requestedMax.trim()) > maxResults;
    } catch (NumberFormatException e) {
      return false; // the engine answers a malformed number itself
    }
  }

  private static boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return "POST".equals(method) || "PUT".equals(method);
  }

  static boolean containsExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return EXPRESSION.matcher(node.textValue()).find();
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (EXPRESSION.matcher(field.getKey()).find() || containsExpression(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (containsExpression(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void reject(HttpServletResponse response) throws IOException {
    Problems.write(response, ProblemType.INVALID_INPUT,
        "Ausdrücke (${…} oder #{…}) sind in Abfragen nicht erlaubt.");
  }
}
