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
 * The web apps' own APIs ({@code /camunda/api/cockpit}, {@code /admin}, {@code /tasklist}) answer
 * only users of that application. Camunda checks there merely that a user is logged in, so a
 * partner with Tasklist access could read Cockpit's process-instance lists, variables included.
 * The login and logout ({@code /camunda/api/admin/auth}) stay open.
 */
class WebappPluginGuard extends OncePerRequestFilter {

  private static final Pattern APP_API = Pattern.compile("/camunda/api/(cockpit|admin|tasklist)(/.*)?");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = QueryExpressionGuardFilter.routedPath(request);
    Matcher api = APP_API.matcher(path);
    if (!api.matches() || path.startsWith("/camunda/api/admin/auth/")) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = Caller.ofSession(request);
    if (caller != null && !caller.admin() && !caller.apps().contains(api.group(1))) {
      Problems.write(response, ProblemType.FORBIDDEN, "Diese Anwendung steht Ihnen nicht zur Verfügung.",
          request.getRequestURI());
      return;
    }
    chain.doFilter(request, response); // without a login the web apps answer 401 themselves
  }
}
