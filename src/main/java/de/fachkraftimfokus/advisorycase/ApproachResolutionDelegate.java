package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ContactRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** <i>Abstimmung festhalten</i>: records how the double approach was resolved (monitoring report). */
@Component
class ApproachResolutionDelegate implements JavaDelegate {

  private final ContactRegister contacts;

  ApproachResolutionDelegate(ContactRegister contacts) {
    this.contacts = contacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contacts.recordResolution(execution.getProcessBusinessKey(), Var.COMPANY_ID.require(execution),
        Var.APPROACH_OUTCOME.get(execution), String.join(",", Var.OTHER_PARTNERS.get(execution)));
  }
}
