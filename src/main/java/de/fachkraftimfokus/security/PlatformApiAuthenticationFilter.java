package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the platform's own API ({@code /api/*}) against the engine's
 * users, like Camunda's {@code ProcessEngineAuthenticationFilter} does for {@code /engine-rest} —
 * but bound to this application's engine instead of a static engine lookup by name, so the API
 * always checks the engine it works with. Sets the engine's current authentication (user, groups,
 * tenants) for the request, so authorizations apply, and clears it afterwards.
 *
 * <p>A GET or HEAD without an Authorization header is also accepted with a session of the web apps
 * (same user, groups and tenants as its login), so a Cockpit page can read the API without a second
 * password prompt.
 */
class PlatformApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;

  PlatformApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Caller session = request.getHeader("Authorization") == null && readOnly(request) ? Caller.ofSession(request) : null;
    if (session != null) {
      try {
        identityService.setAuthentication(session.userId(), session.groups(), session.tenants());
        chain.doFilter(request, response);
      } finally {
        identityService.clearAuthentication();
      }
      return;
    }
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"fachkraft-im-fokus\"");
      Problems.write(response, ProblemType.NOT_AUTHENTICATED,
          "Anmeldung erforderlich (HTTP Basic mit Benutzername und Passwort der Plattform).");
      return;
    }
    String userId = credentials[0];
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    try {
      identityService.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The web apps' own pages (the Cockpit dashboard) read the API with their session: only GET and
   * HEAD, which change nothing, so the session cookie (SameSite=Strict) cannot be used to write.
   */
  private static boolean readOnly(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** user and password of a Basic header, or null when absent or malformed. */
  static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
