package de.fachkraftimfokus.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mail that sends the approved programme (PDF attached) to every partner (asynchronous, retried, sent once). */
@Component("programmeMailDelegate")
class ProgrammeMailDelegate implements JavaDelegate {

  private final ConferenceMails mails;

  ProgrammeMailDelegate(ConferenceMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.sendProgramme(execution);
  }
}
