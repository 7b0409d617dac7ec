package de.fachkraftimfokus.jourfixe;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The Jour fixes (Spring Data JDBC). The key is assigned ({@code JF-<year>-<nn>}), so a new meeting
 * is written with {@code JdbcAggregateOperations.insert}; {@code save} updates.
 */
interface MeetingRepository extends ListCrudRepository<Meeting, String> {

  /** The open Jour fixe on this date (at most one: {@code open_date} is unique). */
  Optional<Meeting> findByOpenDate(LocalDate date);
}
