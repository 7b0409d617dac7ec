package de.fachkraftimfokus.publicactivity;

import java.util.Arrays;
import java.util.Optional;

/** The state of a public activity in the activity register (its own states beside those of 2.3). */
public enum PublicActivityState {
  /** Announced; the umbrella brand is being checked. */
  IN_VORBEREITUNG("in Vorbereitung"),
  /** The brand check found something missing: the initiator completes it. */
  DACHMARKE_FEHLT("Dachmarke wird ergänzt"),
  /** A workshop or event clashes with another partner's: the initiator coordinates the date. */
  TERMIN_IN_ABSTIMMUNG("Termin in Abstimmung"),
  /** Brand complete, date coordinated: visible to everybody, the partners link to it. */
  VEROEFFENTLICHT("veröffentlicht"),
  /** Took place; its result (participants, resonance, press) is recorded. */
  DURCHGEFUEHRT("durchgeführt"),
  /** Did not take place after it was published. */
  ABGESAGT("abgesagt"),
  /** Withdrawn by the initiator before it was published. */
  ZURUECKGEZOGEN("zurückgezogen");

  private final String germanName;

  PublicActivityState(String germanName) {
    this.germanName = germanName;
  }

  public String germanName() {
    return germanName;
  }

  /** Published: shown in the read API and the calendar (nothing is published without the brand). */
  public boolean isPublished() {
    return this == VEROEFFENTLICHT || this == DURCHGEFUEHRT || this == ABGESAGT;
  }

  /** Activities that no longer clash with new ones. */
  public boolean isVoid() {
    return this == ABGESAGT || this == ZURUECKGEZOGEN;
  }

  public static Optional<PublicActivityState> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.name().equals(id)).findFirst();
  }
}
