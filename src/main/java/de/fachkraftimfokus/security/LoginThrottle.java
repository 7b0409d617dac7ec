package de.fachkraftimfokus.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins are counted per client address, in front of Camunda's own per-user lock-out: an
 * address that failed {@code maxFailures} times within the window gets 429 for every further login
 * until the window has passed, and its attempts never reach Camunda. So a stranger cannot lock
 * somebody else's account — the administrator's included — by guessing at it; Camunda's short
 * per-user delay stays as the second line (docs/sicherheit.md, docs/adr/0003).
 *
 * <p>Counted: HTTP Basic requests to the REST APIs and the web apps' login, whenever they answer 401.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

  private final int maxFailures;
  private final Duration window;
  private final Cache<String, AtomicInteger> failures;

  LoginThrottle(int maxFailures, Duration window) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLogin(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    AtomicInteger count = failures.getIfPresent(address);
    if (count != null && count.get() >= maxFailures) {
      response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
      Problems.write(response, ProblemType.TOO_MANY_REQUESTS, "Zu viele fehlgeschlagene Anmeldungen von dieser "
          + "Adresse. Bitte in " + Math.max(1, window.toMinutes()) + " Minuten erneut versuchen.",
          request.getRequestURI());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failures.asMap().compute(address, (key, old) -> {
        AtomicInteger next = old == null ? new AtomicInteger() : old;
        next.incrementAndGet();
        return next; // a write: the window starts again with every failure
      });
    }
  }

  private static boolean isLogin(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return true;
    }
    return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(QueryExpressionGuardFilter.routedPath(request))
        .matches();
  }
}
