package de.fachkraftimfokus.coordination;

import java.util.Arrays;
import java.util.List;

/** What a partner says to an announced activity. */
public enum StatementKind {
  ZUSTIMMUNG("Zustimmung"),
  ANMERKUNG("Anmerkung"),
  EINWAND("Einwand"),
  /** Recorded by the platform for a partner that stayed silent until the deadline. */
  ZUSTIMMUNG_DURCH_FRISTABLAUF("Zustimmung durch Fristablauf");

  private final String germanName;

  StatementKind(String germanName) {
    this.germanName = germanName;
  }

  public String germanName() {
    return germanName;
  }

  /** The kinds a partner may choose in the form (the deadline one is the platform's). */
  public static List<String> selectable() {
    return Arrays.stream(values()).filter(k -> k != ZUSTIMMUNG_DURCH_FRISTABLAUF).map(Enum::name).toList();
  }
}
