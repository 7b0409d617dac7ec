package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.monitoring.PlatformMetrics;
import de.fachkraftimfokus.process.InstanceGrants;
import de.fachkraftimfokus.region.Region;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After <i>Region bestimmen</i>: the table {@code region-for-district} must give one of the five
 * regions. If it gives none (a district missing from the table), the start fails with a clear
 * message instead of routing tasks to a group that does not exist. The region's Regiocoaches — and
 * only they — may then read the case and withdraw it for the company (message
 * {@code CompanyWithdrew}, which needs UPDATE on the instance).
 */
@Component
class RegionCheckListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RegionCheckListener.class);

  private final InstanceGrants grants;
  private final PlatformMetrics metrics;

  RegionCheckListener(InstanceGrants grants, PlatformMetrics metrics) {
    this.grants = grants;
    this.metrics = metrics;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object region = Var.REGION.get(execution);
    if (!(region instanceof String id) || Region.byId(id).isEmpty()) {
      throw new IllegalStateException("Unbekannter Landkreis „" + Var.DISTRICT.get(execution)
          + "“: Die Tabelle region-for-district ordnet ihm keine der fünf Regionen zu (Ergebnis: " + region + ").");
    }
    grants.grant(AdvisoryCaseProcess.coachGroup(id), execution.getProcessInstanceId(), Permissions.READ,
        Permissions.UPDATE);
    metrics.caseStarted(id);
    LOG.info("Beratungsfall {} eröffnet (Region {})", execution.getProcessBusinessKey(), id);
  }
}
