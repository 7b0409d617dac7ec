package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ContactRegister;
import de.fachkraftimfokus.monitoring.PlatformMetrics;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** <i>Abstimmung festhalten</i>: records how the double approach was resolved (monitoring report). */
@Component
class ApproachResolutionDelegate implements JavaDelegate {

  private final ContactRegister contacts;
  private final PlatformMetrics metrics;

  ApproachResolutionDelegate(ContactRegister contacts, PlatformMetrics metrics) {
    this.contacts = contacts;
    this.metrics = metrics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contacts.recordResolution(execution.getProcessBusinessKey(), Var.COMPANY_ID.require(execution),
        Var.APPROACH_OUTCOME.get(execution), String.join(",", Var.OTHER_PARTNERS.get(execution)));
    metrics.doubleApproachResolved(Var.APPROACH_OUTCOME.get(execution));
  }
}
