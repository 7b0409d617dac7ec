package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
  static final String SESSION_API = "/api/migrations";
  /** Where Camunda's CsrfPreventionFilter keeps the session's token, and the header the web apps send it in. */
  private static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final IdentityService identityService;

  PlatformApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    // the web apps' pages use their session: reads anywhere under /api, changes only where a page needs
    // them (/api/migrations) and only with the session's CSRF token
    Caller session = request.getHeader("Authorization") == null && (readOnly(request) || sessionAllowed(request))
        ? Caller.ofSession(request) : null;
    if (session != null) {
      if (!readOnly(request) && !csrfTokenMatches(request)) {
        Problems.write(response, ProblemType.FORBIDDEN,
            "Anfrage ohne gültiges CSRF-Token der Sitzung (Seite neu laden).");
        return;
      }
      try {
        identityService.setAuthentication(session.userId(), session.groups(), session.tenants());
        chain.doFilter(request, response);
      } finally {
        identityService.clearAuthentication();
      }
      return;
    }
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

  /**
   * The pages of the web apps may call these paths with their session (Cockpit's „Instanzen migrieren“):
   * the same login, no second password. Changes need the session's CSRF token, as the web apps' own API.
   */
  static boolean sessionAllowed(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(SESSION_API) || path.startsWith(SESSION_API + "/");
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_HEADER);
    return expected != null && sent != null && java.security.MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
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
