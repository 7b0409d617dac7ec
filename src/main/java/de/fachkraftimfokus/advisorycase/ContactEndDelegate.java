package de.fachkraftimfokus.advisorycase;

import de.fachkraftimfokus.contact.ContactRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** <i>Kontakt beenden</i>: the case and any referral of it are no longer in contact with the company. */
@Component
class ContactEndDelegate implements JavaDelegate {

  private final ContactRegister contacts;

  ContactEndDelegate(ContactRegister contacts) {
    this.contacts = contacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contacts.endByCase(execution.getProcessBusinessKey());
  }
}
