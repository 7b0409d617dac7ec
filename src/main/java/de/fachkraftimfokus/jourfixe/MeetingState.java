package de.fachkraftimfokus.jourfixe;

/** Where a Jour fixe stands (column {@code jf_meeting.state}; the names are the stored values). */
public enum MeetingState {
  /** Started, date reserved, roles from the rotation. */
  GEPLANT,
  /** The Geschäftsstelle confirmed date and roles. */
  BESTAETIGT,
  /** The agenda is final and sent. */
  EINGELADEN,
  /** The approved minutes are recorded; the date is free again. */
  PROTOKOLLIERT,
  /** Every action item is done. */
  ABGESCHLOSSEN
}
