package de.fachkraftimfokus.security;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Prometheus endpoint ({@code /actuator/prometheus}) answers only Leitung/Controlling and the
 * administration, with HTTP Basic like the REST APIs (a scraper uses a user of {@code cockpit-readers}).
 * Decided against a separate management port: in containers the scraper is another host, and one
 * authenticated port is simpler to run than a second, unauthenticated one.
 */
class MonitoringAccessFilter extends OncePerRequestFilter {

  private static final Set<String> READERS = Set.of(PartnerGroup.COCKPIT_READERS.id(), PartnerGroup.CAMUNDA_ADMIN.id());

  private final IdentityService identityService;

  MonitoringAccessFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = PlatformApiAuthenticationFilter.credentials(request.getHeader("Authorization"));
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"fachkraft-im-fokus\"");
      Problems.write(response, ProblemType.NOT_AUTHENTICATED, "Anmeldung erforderlich (HTTP Basic).",
          request.getRequestURI());
      return;
    }
    boolean reader = identityService.createGroupQuery().groupMember(credentials[0]).list().stream()
        .map(Group::getId).anyMatch(READERS::contains);
    if (!reader) {
      Problems.write(response, ProblemType.FORBIDDEN,
          "Die Kennzahlen sind Leitung/Controlling und der Administration vorbehalten.", request.getRequestURI());
      return;
    }
    chain.doFilter(request, response);
  }
}
