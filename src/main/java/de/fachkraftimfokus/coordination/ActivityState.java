package de.fachkraftimfokus.coordination;

/** The state of an announced activity in the register. */
public enum ActivityState {
  /** Announced, the statement round has not begun yet. */
  ANGEKUENDIGT("angekündigt"),
  /** Partners are giving their statements. */
  IN_ABSTIMMUNG("in Abstimmung"),
  /** Objections or overlaps are being resolved by the initiator. */
  IN_KLAERUNG("in Klärung"),
  /** Referred to the Jour fixe, waiting for its decision. */
  JOUR_FIXE("beim Jour fixe"),
  ABGESTIMMT("abgestimmt"),
  /** Agreed by the Jour fixe with conditions (its decision text). */
  ABGESTIMMT_MIT_AUFLAGEN("abgestimmt mit Auflagen"),
  /** Refused by the Jour fixe. */
  ABGELEHNT("abgelehnt"),
  ZURUECKGEZOGEN("zurückgezogen");

  private final String germanName;

  ActivityState(String germanName) {
    this.germanName = germanName;
  }

  public String germanName() {
    return germanName;
  }

  /** Activities in these states no longer collide with new announcements. */
  public boolean isVoid() {
    return this == ABGELEHNT || this == ZURUECKGEZOGEN;
  }
}
