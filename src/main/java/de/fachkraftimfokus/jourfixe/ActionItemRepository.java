package de.fachkraftimfokus.jourfixe;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The action items of all Jour fixes (Spring Data JDBC). */
interface ActionItemRepository extends ListCrudRepository<ActionItem, Long> {

  List<ActionItem> findByStateOrderByDueDateAscIdAsc(ActionItemState state);

  List<ActionItem> findByJourFixeRefOrderByIdAsc(String jourFixeRef);
}
