package de.fachkraftimfokus.agenda;

/**
 * Where an agenda item comes from (column {@code jf_agenda_item.source_type}; the names are the
 * stored values). Other processes register their items through {@link JourFixeAgenda}.
 */
public enum AgendaSource {
  /** A coordination request referred to the Jour fixe (2.3); its decision is delivered back. */
  COORDINATION_REQUEST(1, true),
  /** An announced change of a partner's project offer (2.1). */
  PROJECT_CHANGE(2, true),
  /** A public activity whose cross-links need the Jour fixe (1.3). */
  PUBLIC_ACTIVITY(5, false),
  /** The annual conference's preparation. */
  ANNUAL_CONFERENCE(5, false),
  /** A participant's contribution to this Jour fixe. */
  CONTRIBUTION(3, false),
  /** An open action item of an earlier Jour fixe. */
  ACTION_ITEM(4, false),
  /** The note on contributions that came too late. */
  LATE_CONTRIBUTIONS(5, false),
  /** An item the Geschäftsstelle added when finalising the agenda. */
  GESCHAEFTSSTELLE(5, false);

  private final int rank;
  private final boolean waitsWhenPostponed;

  AgendaSource(int rank, boolean waitsWhenPostponed) {
    this.rank = rank;
    this.waitsWhenPostponed = waitsWhenPostponed;
  }

  /** Order of the assembled agenda before the Geschäftsstelle orders it: requests first, then changes, … */
  public int rank() {
    return rank;
  }

  /**
   * Whether an item taken off the agenda or postponed waits for the next Jour fixe again (the
   * process that registered it still waits for an answer); other items are dropped or stay decided.
   */
  public boolean waitsWhenPostponed() {
    return waitsWhenPostponed;
  }
}
