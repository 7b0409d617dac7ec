package de.fachkraftimfokus.agenda;

/**
 * The next Jour fixe's agenda, as other processes see it: they put an item on it and the Jour fixe
 * takes it up when its agenda is assembled (agreement 2.2). Implemented by the Jour fixe
 * ({@code jourfixe.JourFixeService}); declared here so that the processes which register items and
 * the Jour fixe, which reports on them, do not depend on each other in a cycle.
 */
public interface JourFixeAgenda {

  /**
   * Registers an item for the next Jour fixe, in the caller's transaction.
   *
   * @param source where it comes from (the Jour fixe orders and keeps items by it)
   * @param reference the business key of the case, request or activity it concerns
   * @param title the agenda line
   * @param text what the Jour fixe should know
   * @return the item's id
   */
  long registerPendingItem(AgendaSource source, String reference, String title, String text);
}
