package de.fachkraftimfokus.publicactivity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the Geschäftsstelle which partners stayed silent after the reminder (asynchronous, retried, sent once). */
@Component("officeMailDelegate")
class OfficeMailDelegate implements JavaDelegate {

  private final PublicActivityMails mails;

  OfficeMailDelegate(PublicActivityMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendFollowUp(execution);
  }
}
