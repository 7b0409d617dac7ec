package de.fachkraftimfokus.coordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells all partners of the announcement (asynchronous, retried, sent once per round). */
@Component("notifyPublicationDelegate")
class NotifyPublicationDelegate implements JavaDelegate {

  private final CoordinationMails mails;

  NotifyPublicationDelegate(CoordinationMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendPublication(execution);
  }
}
