package de.fachkraftimfokus.jourfixe;

/** The life of an agenda item (column {@code jf_agenda_item.state}; the names are the stored values). */
public enum AgendaItemState {
  /** Registered, waiting for the next Jour fixe to take it onto its agenda. */
  OPEN,
  /** On the agenda of one Jour fixe ({@code jour_fixe_ref}). */
  ON_AGENDA,
  /** Decided in that Jour fixe's minutes. */
  DECIDED
}
