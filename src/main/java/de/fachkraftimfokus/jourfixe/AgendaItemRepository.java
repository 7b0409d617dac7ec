package de.fachkraftimfokus.jourfixe;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The agenda items of all Jour fixes and those waiting for the next one (Spring Data JDBC). */
interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long> {

  List<AgendaItem> findByJourFixeRef(String jourFixeRef);

  /**
   * Takes every waiting item onto this Jour fixe's agenda. Explicit SQL on purpose: one UPDATE claims
   * the items atomically (the database locks each row it changes and re-checks the condition), so two
   * Jour fixes assembling at the same time never both take the same item, which reading and then
   * saving each item could not promise.
   */
  @Modifying
  @Query("UPDATE jf_agenda_item SET jour_fixe_ref = :jourFixeRef, state = :onAgenda "
      + "WHERE jour_fixe_ref IS NULL AND state = :waiting")
  int claimWaiting(String jourFixeRef, AgendaItemState onAgenda, AgendaItemState waiting);
}
