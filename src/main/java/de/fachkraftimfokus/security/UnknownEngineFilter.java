package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The platform has one engine, {@code default}. A request to another engine name is answered here
 * with the platform's problem details (Camunda's authentication filter would answer it in its own
 * shape, naming the engine).
 */
class UnknownEngineFilter extends OncePerRequestFilter {

  private static final Pattern NAMED = Pattern.compile("/engine-rest/engine/([^/]+)(/.*)?");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher named = NAMED.matcher(QueryExpressionGuardFilter.routedPath(request));
    if (named.matches() && !"default".equals(named.group(1))) {
      Problems.write(response, ProblemType.NOT_FOUND, "Diese Prozess-Engine gibt es nicht.", request.getRequestURI());
      return;
    }
    chain.doFilter(request, response);
  }
}
