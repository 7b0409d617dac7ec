package de.fachkraftimfokus.process;

import java.util.Arrays;
import java.util.Optional;

/**
 * The process keys of DESIGN.md §2 — the contract Tasklist filters, authorizations and other
 * systems rely on. Each process's backing class takes its key from here.
 */
public enum ProcessKey {
  ADVISORY_CASE("advisory-case", "Beratungsfall"),
  REFERRAL("referral", "Weitervermittlung an spezialisierte Unterstützung"),
  COORDINATION_REQUEST("coordination-request", "Vorabstimmung von Evaluationen, Befragungen und Bedarfsanalysen"),
  JOUR_FIXE("jour-fixe", "Jour fixe"),
  PUBLIC_ACTIVITY("public-activity", "Öffentlichkeitsaktivität abstimmen"),
  ANNUAL_CONFERENCE("annual-conference", "Jährliche gemeinsame Fachveranstaltung"),
  PROJECT_CHANGE("project-change", "Änderung im Projektangebot mitteilen");

  private final String key;
  private final String germanName;

  ProcessKey(String key, String germanName) {
    this.key = key;
    this.germanName = germanName;
  }

  public String key() {
    return key;
  }

  public String germanName() {
    return germanName;
  }

  public static Optional<ProcessKey> byKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }
}
