package de.fachkraftimfokus.migration;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The migrations started through the platform (Spring Data JDBC; new runs via {@code JdbcAggregateOperations.insert}). */
interface MigrationRunRepository extends ListCrudRepository<MigrationRun, String> {

  List<MigrationRun> findTop20ByProcessKeyOrderByStartedAtDesc(String processKey);
}
