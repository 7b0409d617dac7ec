package de.fachkraftimfokus.contact;

import java.util.Arrays;
import java.util.Optional;

/** How a detected double approach was resolved in <i>Ansprache abstimmen</i> (agreement 3.3). */
public enum ApproachOutcome {
  /** We lead and inform the other partner. */
  WE_LEAD("Wir übernehmen und informieren den Partner"),
  /** The other partner leads; the case is handed over and ends. */
  OTHER_LEADS("Der andere Partner übernimmt"),
  /** On closer look the contacts do not collide. */
  NO_CONFLICT("Kein Konflikt");

  private final String germanName;

  ApproachOutcome(String germanName) {
    this.germanName = germanName;
  }

  public String germanName() {
    return germanName;
  }

  public static Optional<ApproachOutcome> byName(String name) {
    return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
  }
}
