package de.fachkraftimfokus.publicactivity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The one reminder when <i>Auf Aktivität hinweisen</i> is due: to the partners still silent (asynchronous, retried, sent once). */
@Component("crossLinkReminderDelegate")
class CrossLinkReminderDelegate implements JavaDelegate {

  private final PublicActivityMails mails;

  CrossLinkReminderDelegate(PublicActivityMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendReminder(execution);
  }
}
