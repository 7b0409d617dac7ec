package de.fachkraftimfokus.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: whatever fails below it because the database is away — authentication against
 * the engine's users, a guard reading a form, a controller — answers 503 with a German problem body
 * and {@code Retry-After}, instead of Tomcat's 500 page with a stack trace. How long a caller waits
 * at most is bounded by the pool's connection timeout ({@code spring.datasource.hikari.connection-timeout}).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("Datenbank nicht erreichbar bei {} {}: 503 ({})", request.getMethod(), request.getRequestURI(),
          e.getClass().getSimpleName());
      response.resetBuffer();
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      Problems.write(response, Problems.of(ProblemType.UNAVAILABLE, DatabaseUnavailable.DETAIL,
          java.util.List.of(), request.getRequestURI()));
    }
  }
}
