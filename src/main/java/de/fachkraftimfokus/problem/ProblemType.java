package de.fachkraftimfokus.problem;

import java.net.URI;

/**
 * The kinds of refusal the platform answers, each with its HTTP status, a stable type URI and a
 * German title (RFC 9457). The type URIs are part of the documented contract (docs/api.md).
 */
public enum ProblemType {
  INVALID_INPUT(400, "invalid-input", "Eingabe ungültig"),
  NOT_AUTHENTICATED(401, "not-authenticated", "Anmeldung erforderlich"),
  FORBIDDEN(403, "forbidden", "Nicht erlaubt"),
  NOT_FOUND(404, "not-found", "Nicht gefunden"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Methode nicht erlaubt"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Antwortformat nicht verfügbar"),
  CONFLICT(409, "conflict", "Konflikt"),
  TOO_LARGE(413, "too-large", "Anfrage zu groß"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Format nicht unterstützt"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Zu viele Versuche"),
  INTERNAL(500, "internal", "Interner Fehler"),
  UNAVAILABLE(503, "unavailable", "Vorübergehend nicht verfügbar");

  private static final String PREFIX = "urn:fkif:problem:";

  private final int status;
  private final URI uri;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.uri = URI.create(PREFIX + slug);
    this.title = title;
  }

  public int status() {
    return status;
  }

  public URI uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  /** The type of a status the platform answers; unknown client errors count as invalid input. */
  public static ProblemType ofStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : INVALID_INPUT;
  }

  /** What the platform says in German when a refusal of this kind carries no more specific detail. */
  public String defaultDetail() {
    return switch (this) {
      case INVALID_INPUT -> "Die Anfrage ist ungültig.";
      case NOT_AUTHENTICATED -> "Bitte mit Benutzername und Passwort anmelden.";
      case FORBIDDEN -> "Dazu fehlt Ihnen die Berechtigung.";
      case NOT_FOUND -> "Das Gesuchte gibt es nicht, oder Sie dürfen es nicht sehen.";
      case METHOD_NOT_ALLOWED -> "Diese Methode ist hier nicht erlaubt.";
      case NOT_ACCEPTABLE -> "Das gewünschte Antwortformat ist nicht verfügbar.";
      case CONFLICT -> "Der Vorgang wurde inzwischen geändert. Bitte neu laden und erneut versuchen.";
      case TOO_LARGE -> "Die Anfrage ist zu groß.";
      case UNSUPPORTED_MEDIA_TYPE -> "Die Anfrage muss JSON sein (Content-Type: application/json).";
      case TOO_MANY_REQUESTS -> "Zu viele Versuche. Bitte später erneut versuchen.";
      case INTERNAL -> "Ein interner Fehler ist aufgetreten.";
      case UNAVAILABLE -> "Die Plattform ist vorübergehend nicht verfügbar. Bitte später erneut versuchen.";
    };
  }
}
