package de.fachkraftimfokus.jourfixe;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The decisions of the minutes (Spring Data JDBC). The key is the agenda item's id, assigned: new
 * decisions are written with {@code JdbcAggregateOperations.insert}; {@code save} updates.
 */
interface AgendaDecisionRepository extends ListCrudRepository<AgendaDecision, Long> {

  List<AgendaDecision> findByJourFixeRef(String jourFixeRef);

  List<AgendaDecision> findByJourFixeRefAndDeliveryIsNullOrderByAgendaItemIdAsc(String jourFixeRef);
}
