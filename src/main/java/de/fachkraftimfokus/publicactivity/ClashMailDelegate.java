package de.fachkraftimfokus.publicactivity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the partners of the clashing activities what the initiator decided (asynchronous, retried, sent once per round). */
@Component("clashMailDelegate")
class ClashMailDelegate implements JavaDelegate {

  private final PublicActivityMails mails;

  ClashMailDelegate(PublicActivityMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendDateDecision(execution);
  }
}
