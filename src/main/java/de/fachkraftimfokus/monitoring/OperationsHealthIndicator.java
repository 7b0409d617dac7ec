package de.fachkraftimfokus.monitoring;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Component {@code operations} of {@code /actuator/health}: open incidents, jobs without retries and
 * jobs due. Incidents need a person, not a restart, so they never turn the node DOWN (a load balancer
 * would take every node out for one failed mail); the figures are details, shown only to whom health
 * shows details (docs/betrieb.md#health). The job executor's own state is the component
 * {@code jobExecutor}. Without a database this component is DOWN like {@code db}.
 */
@Component("operations")
class OperationsHealthIndicator extends AbstractHealthIndicator {

  private final RuntimeService runtime;
  private final ManagementService management;

  OperationsHealthIndicator(RuntimeService runtime, ManagementService management) {
    super("Betriebszahlen nicht lesbar");
    this.runtime = runtime;
    this.management = management;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    long incidents = runtime.createIncidentQuery().count();
    long withoutRetries = management.createJobQuery().noRetriesLeft().count();
    long due = management.createJobQuery().executable().count();
    builder.up().withDetail("incidents", incidents).withDetail("jobsWithoutRetries", withoutRetries)
        .withDetail("jobsDue", due);
  }
}
