package de.fachkraftimfokus.publicactivity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells every partner asked to link of the published activity (asynchronous, retried, sent once). */
@Component("publicationMailDelegate")
class PublicationMailDelegate implements JavaDelegate {

  private final PublicActivityMails mails;

  PublicationMailDelegate(PublicActivityMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendPublication(execution);
  }
}
