package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The registration closed (deadline passed or closed by the lead partner): the API takes no more. */
@Component("registrationClosedListener")
class RegistrationClosedListener implements ExecutionListener {

  private final ConferenceRegister register;

  RegistrationClosedListener(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    register.state(execution.getProcessBusinessKey(), ConferenceState.ANMELDUNG_GESCHLOSSEN);
  }
}
