package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.monitoring.PlatformMetrics;
import de.fachkraftimfokus.process.InstanceGrants;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** End of a case, however it ends: the grants on the instance go with it, and it is counted by its path. */
@Component
class AdvisoryCaseEndListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(AdvisoryCaseEndListener.class);
  static final String WITHDRAWN = "RUECKZUG";
  static final String HANDED_OVER = "UEBERGABE";

  private final InstanceGrants grants;
  private final PlatformMetrics metrics;

  AdvisoryCaseEndListener(InstanceGrants grants, PlatformMetrics metrics) {
    this.grants = grants;
    this.metrics = metrics;
  }

  @Override
  public void notify(DelegateExecution execution) {
    grants.revokeAll(execution.getProcessInstanceId());
    String path = Var.WITHDRAWN.isTrue(execution) ? WITHDRAWN
        : AdvisoryCaseProcess.Element.CASE_HANDED_OVER.equals(execution.getCurrentActivityId()) ? HANDED_OVER
            : Var.CASE_PATH.get(execution);
    metrics.caseClosed(Var.REGION.get(execution), path);
    LOG.info("Beratungsfall {} beendet (Weg {})", execution.getProcessBusinessKey(), path);
  }
}
