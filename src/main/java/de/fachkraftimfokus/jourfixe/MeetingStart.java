package de.fachkraftimfokus.jourfixe;

/** How a Jour fixe was started (column {@code jf_meeting.started_by}; the names are the stored values). */
public enum MeetingStart {
  /** By the Geschäftsstelle, with a date of its choice. */
  MANUELL,
  /** By the schedule (timer), on the first free date after the lead time. */
  ZEITPLAN
}
