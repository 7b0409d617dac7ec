package de.fachkraftimfokus.jourfixe;

import org.springframework.data.repository.ListCrudRepository;

/** The minutes' PDFs (Spring Data JDBC); one per Jour fixe, written with {@code JdbcAggregateOperations.insert}. */
interface MinutesPdfRepository extends ListCrudRepository<MinutesPdf, String> {}
