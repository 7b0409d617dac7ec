package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.process.InstanceGrants;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a case, however it ends: the grants on the instance go with it. */
@Component
class AdvisoryCaseEndListener implements ExecutionListener {

  private final InstanceGrants grants;

  AdvisoryCaseEndListener(InstanceGrants grants) {
    this.grants = grants;
  }

  @Override
  public void notify(DelegateExecution execution) {
    grants.revokeAll(execution.getProcessInstanceId());
  }
}
