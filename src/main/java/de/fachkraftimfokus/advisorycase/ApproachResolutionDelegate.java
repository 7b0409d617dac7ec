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
    contacts.recordResolution(execution.getProcessBusinessKey(), AdvisoryCaseProcess.companyId(execution),
        (String) execution.getVariable(Var.APPROACH_OUTCOME), (String) execution.getVariable(Var.OTHER_PARTNERS));
  }
}
