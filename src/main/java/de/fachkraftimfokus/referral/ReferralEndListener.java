package de.fachkraftimfokus.referral;

import de.fachkraftimfokus.contact.ContactRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of a referral — completed, declined, or cancelled because the company withdrew: the
 * partner's contact with the company for this referral ends.
 */
@Component
class ReferralEndListener implements ExecutionListener {

  private final ContactRegister contacts;

  ReferralEndListener(ContactRegister contacts) {
    this.contacts = contacts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    contacts.endByReference(execution.getProcessBusinessKey());
  }
}
