package de.fachkraftimfokus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mail.MailSendException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database that is away answers 503 with a German problem body on every path: the filter in front
 * of everything (authentication included), the platform's API and the engine REST API. The suite
 * ({@code scripts/resilience.sh}, scenario 2) checks the same against a cut PostgreSQL connection.
 */
@DisplayName("Datenbank nicht erreichbar: 503 mit deutscher Meldung, nie 500")
class DatabaseUnavailableTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the PostgreSQL driver throws when the connection breaks (SQL state 08006), wrapped as the engine does. */
  private static RuntimeException engineFailure() {
    SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006",
        new java.io.EOFException());
    return new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
        new PersistenceException("### Error querying database.", io));
  }

  @Test
  @DisplayName("Erkannt an Typen und SQL-Zustand, nicht am Text: Pool leer, Transaktion nicht zu öffnen, Verbindung abgerissen")
  void recognisesConnectionFailures() {
    assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("x"))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("x",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(engineFailure())).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("x", "57P01")))).as("Server fährt herunter")
        .isTrue();

    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("kaputt"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new MailSendException("x", new ConnectException("refused"))))
        .as("ein Mailserver, der nicht antwortet, ist keine Datenbank").isFalse();
  }

  @Test
  @DisplayName("Filter vor allem anderen: 503, problem+json, deutscher Text, Retry-After, keine technischen Einzelheiten")
  void filterAnswers503() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new DatabaseUnavailableFilter().doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        throw engineFailure();
      }
    });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getHeader("Retry-After")).isEqualTo("15");
    JsonNode body = JSON.readTree(response.getContentAsByteArray());
    assertThat(body.get("type").asText()).isEqualTo("urn:fkif:problem:unavailable");
    assertThat(body.get("title").asText()).isEqualTo("Vorübergehend nicht verfügbar");
    assertThat(body.get("detail").asText()).isEqualTo(DatabaseUnavailable.DETAIL).contains("Datenbank");
    assertThat(body.toString()).doesNotContain("ENGINE-").doesNotContain("SQL").doesNotContain("08006");
  }

  @Test
  @DisplayName("Andere Fehler lässt der Filter durch")
  void filterLeavesOtherFailures() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DatabaseUnavailableFilter().doFilter(
        new MockHttpServletRequest("GET", "/api/x"), response, new MockFilterChain() {
          @Override
          public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
            throw new IllegalStateException("anderer Fehler");
          }
        })).hasMessage("anderer Fehler");
  }

  @Test
  @DisplayName("Engine-REST-API (auch /camunda/api/engine): 503 statt 500 mit Referenz")
  void engineRestAnswers503() throws Exception {
    Response response = new EngineProblemMapper().toResponse(engineFailure());
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("15");
    JsonNode body = JSON.readTree((byte[]) response.getEntity());
    assertThat(body.get("detail").asText()).isEqualTo(DatabaseUnavailable.DETAIL);
  }

  @Test
  @DisplayName("Eigene API (/api): 503 statt 500 mit Referenz")
  void platformApiAnswers503() {
    var answer = new ApiProblemHandler().unexpected(new CannotGetJdbcConnectionException("x"),
        new MockHttpServletRequest("POST", "/api/advisory-cases"));
    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getBody().getDetail()).isEqualTo(DatabaseUnavailable.DETAIL);
    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("15");
  }
}
