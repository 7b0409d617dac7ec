package de.fachkraftimfokus.jourfixe;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The monitoring reports (Spring Data JDBC); one per Jour fixe, written with {@code JdbcAggregateOperations.insert}. */
interface StoredReportRepository extends ListCrudRepository<StoredReport, String> {

  /** The latest report of another Jour fixe: the new report's period starts where it ended. */
  Optional<StoredReport> findFirstByJourFixeRefNotOrderByPeriodToDesc(String jourFixeRef);
}
