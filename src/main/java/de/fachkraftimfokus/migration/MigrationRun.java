package de.fachkraftimfokus.migration;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One migration started by a process owner: the engine's batch and the instances it moves (table {@code migration_run}). */
@Table("migration_run")
record MigrationRun(@Id String batchId, String processKey, String sourceDefinitionId, int sourceVersion,
    String targetDefinitionId, int targetVersion, String startedBy, Instant startedAt,
    @MappedCollection(idColumn = "batch_id") Set<Instance> instances) {

  /** An instance the run moves (table {@code migration_run_instance}). */
  @Table("migration_run_instance")
  record Instance(String processInstanceId, String businessKey) {}
}
