-- Instance migrations started by process owners (/api/migrations, Cockpit page "Instanzen migrieren"):
-- one row per run (the engine's batch) and one per instance it moves, so the result per instance can be
-- reported after Camunda has removed the finished batch, and a run can be undone by migrating back.
-- No personal data: user ids of the owners and business keys of the cases only.

CREATE TABLE migration_run (
  batch_id              VARCHAR(64)  PRIMARY KEY,
  process_key           VARCHAR(255) NOT NULL,
  source_definition_id  VARCHAR(64)  NOT NULL,
  source_version        INTEGER      NOT NULL,
  target_definition_id  VARCHAR(64)  NOT NULL,
  target_version        INTEGER      NOT NULL,
  started_by            VARCHAR(64)  NOT NULL,
  started_at            TIMESTAMP    NOT NULL
);
CREATE INDEX migration_run_started ON migration_run (started_at);

CREATE TABLE migration_run_instance (
  batch_id             VARCHAR(64)  NOT NULL REFERENCES migration_run (batch_id),
  process_instance_id  VARCHAR(64)  NOT NULL,
  business_key         VARCHAR(255),
  PRIMARY KEY (batch_id, process_instance_id)
);
