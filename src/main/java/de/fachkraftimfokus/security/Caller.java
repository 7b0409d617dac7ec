package de.fachkraftimfokus.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who sends a request to the engine's HTTP surface: the user and groups that the engine REST API's
 * Basic authentication has set on the engine, or — for the web apps' API under {@code /camunda/api} —
 * those of the web apps' session, together with the applications (Tasklist, Cockpit, Admin) the
 * session may use.
 *
 * @param apps the web applications the user may access, or null when the request carries no session
 */
record Caller(String userId, List<String> groups, List<String> tenants, Set<String> apps) {

  static final String ADMIN_GROUP = de.fachkraftimfokus.identity.PartnerGroup.CAMUNDA_ADMIN.id();
  private static final String ENGINE = "default";
  /** Where the web apps keep their {@link Authentications} (Camunda's AuthenticationUtil). */
  private static final String WEBAPP_SESSION_KEY = "authenticatedUser";

  boolean admin() {
    return groups.contains(ADMIN_GROUP);
  }

  boolean processOwner() {
    return groups.contains(de.fachkraftimfokus.identity.PartnerGroup.PROCESS_OWNERS.id());
  }

  /** Member of a working partner's group (who works cases and may send their messages). */
  boolean partner() {
    return de.fachkraftimfokus.identity.PartnerGroup.workingPartners().stream().anyMatch(g -> groups.contains(g.id()));
  }

  /** The caller of an engine REST request (authenticated by Camunda's filter before this one), or null. */
  static Caller ofEngine(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    return new Caller(authentication.getUserId(), listOrEmpty(authentication.getGroupIds()),
        listOrEmpty(authentication.getTenantIds()), null);
  }

  /** The caller of a web apps' API request, from the web apps' session; null when nobody is logged in. */
  static Caller ofSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    // AuthenticationUtil.getAuthsFromSession would create (and store) an empty one: read without side effects
    Object attribute = session.getAttribute(WEBAPP_SESSION_KEY);
    if (!(attribute instanceof Authentications authentications)) {
      return null;
    }
    if (!(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
      return null;
    }
    return new Caller(user.getIdentityId(), listOrEmpty(user.getGroupIds()), listOrEmpty(user.getTenantIds()),
        user.getAuthorizedApps() == null ? Set.of() : Set.copyOf(user.getAuthorizedApps()));
  }

  private static List<String> listOrEmpty(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
