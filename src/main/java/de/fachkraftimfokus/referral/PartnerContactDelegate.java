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
    Object acceptedBy = Var.ACCEPTED_BY.get(execution);
    contacts.register(Var.COMPANY_ID.require(execution),
        Var.PARTNER_GROUP.get(execution), Var.REGION.get(execution),
        execution.getProcessBusinessKey(), "Weitervermittlung: " + Var.OFFER_NAME.get(execution),
        acceptedBy == null ? Var.ACCEPT_GROUP.get(execution) : acceptedBy.toString(), true);
  }
}
