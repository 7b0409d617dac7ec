package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication of the platform's HTML pages for staff ({@value #PATTERN}, e.g. the calendar of
 * public activities): staff come from Tasklist, so the web apps' session counts (the same login,
 * no second password prompt); HTTP Basic works too, as on {@code /api/*}. Sets the engine's current
 * authentication for the request, so the page's controller checks groups as the API does, and
 * clears it afterwards. The pages only show: any method but GET and HEAD is refused.
 *
 * <p>Without a login a browser gets a short German page pointing to the Tasklist login (no Basic
 * prompt, so nobody types a password into a browser dialog); other clients get problem details.
 */
class StaffPageAuthenticationFilter extends OncePerRequestFilter {

  static final String PATTERN = "/seiten/*";
  /** The case files („Fallakte“, casefile.CaseFileController), opened from Tasklist and Cockpit. */
  static final String CASE_FILES = "/fallakte/*";
  static final String TASKLIST = "/camunda/app/tasklist/";

  private final IdentityService identityService;

  StaffPageAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      Problems.write(response, ProblemType.METHOD_NOT_ALLOWED, "Diese Seite lässt sich nur ansehen (GET).");
      return;
    }
    String userId;
    List<String> groups;
    List<String> tenants;
    Caller session = Caller.ofSession(request);
    String[] credentials = PlatformApiAuthenticationFilter.credentials(request.getHeader("Authorization"));
    if (session != null) {
      userId = session.userId();
      groups = session.groups();
      tenants = session.tenants();
    } else if (credentials != null && identityService.checkPassword(credentials[0], credentials[1])) {
      userId = credentials[0];
      groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
          .map(Tenant::getId).toList();
    } else {
      refuse(request, response);
      return;
    }
    try {
      identityService.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String accept = request.getHeader("Accept");
    if (accept == null || !accept.contains("text/html")) {
      Problems.write(response, ProblemType.NOT_AUTHENTICATED,
          "Anmeldung erforderlich: in der Tasklist anmelden oder HTTP Basic mit Benutzername und Passwort.");
      return;
    }
    byte[] page = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"><title>Anmeldung erforderlich"
        + "</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>Anmeldung erforderlich</h1>"
        + "<p>Diese Seite ist für die Mitarbeitenden der Kooperationspartner. Bitte melden Sie sich zuerst in der "
        + "<a href=\"" + request.getContextPath() + TASKLIST + "\">Tasklist</a> an und öffnen Sie die Seite dann "
        + "erneut.</p></body></html>").getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }
}
