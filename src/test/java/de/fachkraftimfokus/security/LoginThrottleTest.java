package de.fachkraftimfokus.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@DisplayName("Anmeldesperre je Adresse: ein Fremder sperrt kein Konto, auch nicht das des Administrators")
class LoginThrottleTest {

  private final AtomicInteger reachedCamunda = new AtomicInteger();
  private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

  @Test
  @DisplayName("Nach fünf Fehlversuchen bekommt die Adresse 429, ihre Versuche erreichen Camunda nicht mehr; der Administrator von seiner Adresse meldet sich an")
  void strangerIsThrottledAdministratorIsNot() throws Exception {
    for (int attempt = 1; attempt <= 12; attempt++) {
      MockHttpServletResponse response = login("203.0.113.7", "admin:geraten-" + attempt);
      if (attempt <= 5) {
        assertThat(response.getStatus()).as("Versuch " + attempt).isEqualTo(401);
      } else {
        assertThat(response.getStatus()).as("Versuch " + attempt).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("900");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("Zu viele fehlgeschlagene Anmeldungen");
      }
    }
    assertThat(reachedCamunda).as("nur fünf Versuche des Fremden erreichen Camundas Sperre").hasValue(5);
    assertThat(login("198.51.100.2", "admin:richtig").getStatus()).as("Administrator").isEqualTo(200);
  }

  @Test
  @DisplayName("Erfolgreiche Anfragen und Anfragen ohne Anmeldedaten zählen nicht")
  void onlyFailedLoginsCount() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(login("192.0.2.1", "coach.harz:richtig").getStatus()).isEqualTo(200);
    }
    MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/engine-rest/task");
    anonymous.setRemoteAddr("192.0.2.1");
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(anonymous, response, (req, res) -> ((HttpServletResponse) res).setStatus(401));
    assertThat(login("192.0.2.1", "coach.harz:richtig").getStatus()).isEqualTo(200);
  }

  /** A Basic login; the chain stands for Camunda: only the password "richtig" is right. */
  private MockHttpServletResponse login(String address, String credentials) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setServletPath("/engine-rest");
    request.setPathInfo("/task");
    request.setRemoteAddr(address);
    request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes()));
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, (req, res) -> {
      reachedCamunda.incrementAndGet();
      ((HttpServletResponse) res).setStatus(credentials.endsWith(":richtig") ? 200 : 401);
    });
    return response;
  }
}
