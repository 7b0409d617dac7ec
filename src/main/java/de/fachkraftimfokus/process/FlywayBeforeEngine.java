package de.fachkraftimfokus.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Migrates the platform's own tables before the engine is built. Otherwise, depending on bean
 * order, Camunda may create its schema first; Flyway then finds a non-empty database, baselines it
 * ({@code baseline-on-migrate}) and silently skips {@code V1}.
 */
@Component
class FlywayBeforeEngine extends AbstractDependsOnBeanFactoryPostProcessor {

  FlywayBeforeEngine() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
  }
}
