package de.fachkraftimfokus.security;

import de.fachkraftimfokus.identity.PartnerGroup;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} answers everyone with the status (load balancers, container health checks
 * call it without credentials). A caller who sends HTTP Basic credentials of Leitung/Controlling or
 * the administration becomes the request's user, with his groups as roles, so that
 * {@code management.endpoint.health.show-details: when-authorized} with
 * {@code roles: cockpit-readers, camunda-admin} (profile {@code prod}) shows him the details: database,
 * job executor, incidents. Wrong credentials answer 401, as everywhere.
 */
class HealthDetailsFilter extends OncePerRequestFilter {

  private static final Set<String> READERS = Set.of(PartnerGroup.COCKPIT_READERS.id(), PartnerGroup.CAMUNDA_ADMIN.id());

  private final IdentityService identityService;

  HealthDetailsFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = PlatformApiAuthenticationFilter.credentials(header);
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"fachkraft-im-fokus\"");
      Problems.write(response, ProblemType.NOT_AUTHENTICATED, "Anmeldung erforderlich (HTTP Basic).",
          request.getRequestURI());
      return;
    }
    String user = credentials[0];
    Set<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .filter(READERS::contains).collect(Collectors.toSet());
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return () -> user;
      }

      @Override
      public String getRemoteUser() {
        return user;
      }

      @Override
      public boolean isUserInRole(String role) {
        return groups.contains(role);
      }
    }, response);
  }
}
