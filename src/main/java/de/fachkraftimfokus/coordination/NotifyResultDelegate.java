package de.fachkraftimfokus.coordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the result to all partners (asynchronous, retried, sent once). */
@Component("notifyResultDelegate")
class NotifyResultDelegate implements JavaDelegate {

  private final CoordinationMails mails;

  NotifyResultDelegate(CoordinationMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendResult(execution);
  }
}
