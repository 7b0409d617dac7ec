package de.fachkraftimfokus.security;

import de.fachkraftimfokus.problem.ProblemType;
import de.fachkraftimfokus.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic for the engine REST API, as Camunda's provider — whose 401 has no body — with the
 * platform's problem details, so a missing or wrong login reads like every other refusal.
 */
public class ProblemBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    try {
      Problems.write(response, ProblemType.NOT_AUTHENTICATED,
          "Anmeldung erforderlich (HTTP Basic mit Benutzername und Passwort der Plattform).");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
