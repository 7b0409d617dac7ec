package de.fachkraftimfokus.jourfixe;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** All action items are done: the Jour fixe is closed. */
@Component("closeJourFixeDelegate")
class CloseJourFixeDelegate implements JavaDelegate {

  private final Meetings meetings;

  CloseJourFixeDelegate(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.close(execution.getProcessBusinessKey());
  }
}
