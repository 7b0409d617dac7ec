package de.fachkraftimfokus.projectchange;

/** What is announced (start form {@code changeKind}, input of the table {@code change-significance}). */
public enum ChangeKind {
  NEW_PROJECT("Neues Projekt"),
  CHANGED_AIMS("Geänderte Ziele oder Zielgruppen"),
  CHANGED_CONTACT("Geänderte Ansprechperson oder Erreichbarkeit"),
  PROJECT_ENDED("Projekt beendet"),
  /** A new Regiocoach's induction (clause 3.4): noticed by the platform, or started by hand by MS. */
  ONBOARDING("Einarbeitung neuer Regiocoaches");

  private final String germanName;

  ChangeKind(String germanName) {
    this.germanName = germanName;
  }

  public String germanName() {
    return germanName;
  }

  /** A change of the project offer (every kind but the Einarbeitung). */
  public boolean isChange() {
    return this != ONBOARDING;
  }
}
