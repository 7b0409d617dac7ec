package de.fachkraftimfokus.referral;

import static de.fachkraftimfokus.referral.ReferralProcess.Var;

import de.fachkraftimfokus.contact.ContactRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Kontakt des Partners eintragen</i>: the partner is now in contact with the company, agreed with
 * the Regiocoach (coordinated), so no double-approach alarm is raised for it.
 */
@Component
class PartnerContactDelegate implements JavaDelegate {

  private final ContactRegister contacts;

  PartnerContactDelegate(ContactRegister contacts) {
    this.contacts = contacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object acceptedBy = execution.getVariable(Var.ACCEPTED_BY);
    contacts.register(((Number) execution.getVariable(Var.COMPANY_ID)).longValue(),
        (String) execution.getVariable(Var.PARTNER_GROUP), (String) execution.getVariable(Var.REGION),
        execution.getProcessBusinessKey(), "Weitervermittlung: " + execution.getVariable(Var.OFFER_NAME),
        acceptedBy == null ? (String) execution.getVariable(Var.ACCEPT_GROUP) : acceptedBy.toString(), true);
  }
}
