package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.Contact;
import de.fachkraftimfokus.contact.ContactRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Kontakt eintragen</i>: from here on this case is the active Network-KMU contact with the
 * company. Without a double approach the check has claimed it already (the register returns that
 * contact); after <i>Ansprache abstimmen</i> it is registered as coordinated.
 */
@Component
class ContactRegistrationDelegate implements JavaDelegate {

  private final ContactRegister contacts;

  ContactRegistrationDelegate(ContactRegister contacts) {
    this.contacts = contacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contact contact = contacts.register(Var.COMPANY_ID.require(execution), AdvisoryCaseProcess.REGIOCOACH_GROUP,
        Var.REGION.get(execution), execution.getProcessBusinessKey(),
        DoubleApproachCheckDelegate.topic(execution), Var.CASE_OPENED_BY.get(execution),
        Var.DOUBLE_APPROACH.isTrue(execution));
    Var.CONTACT_ID.set(execution, contact.id());
  }
}
