package de.fachkraftimfokus.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mail that asks every partner for its programme contribution (asynchronous, retried, sent once). */
@Component("callMailDelegate")
class CallMailDelegate implements JavaDelegate {

  private final ConferenceMails mails;

  CallMailDelegate(ConferenceMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendCall(execution);
  }
}
