package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's initial-setup endpoint outright. The platform creates its
 * administrator at start (ADMIN_USER/ADMIN_PASSWORD), so the endpoint has no legitimate use, and
 * 7.24.0 community has a reported weakness in it that is fixed only in paid patch releases.
 */
class AdminSetupBlockingFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException {
    Problems.write(response, ProblemType.FORBIDDEN,
        "Die Ersteinrichtung ist gesperrt: Der Administrator wird beim Start der Plattform angelegt.");
  }
}
