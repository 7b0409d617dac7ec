package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ContactRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * <i>Rückzug festhalten, Kontakt beenden</i>: the company withdrew (message {@code CompanyWithdrew}).
 * The interrupting event sub-process has already ended every task and running referral; here the
 * contacts of the case and its referrals are closed.
 */
@Component
class WithdrawalDelegate implements JavaDelegate {

  private final ContactRegister contacts;

  WithdrawalDelegate(ContactRegister contacts) {
    this.contacts = contacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contacts.endByCase(execution.getProcessBusinessKey());
    Var.WITHDRAWN.set(execution, true);
  }
}
