package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of {@code recordRegistrations}: the form shows the registrations so far, those a
 * registration system posted through the API included.
 */
@Component("registrationSummaryListener")
class RegistrationSummaryListener implements TaskListener {

  private final ConferenceRegister register;

  RegistrationSummaryListener(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    Var.REGISTRATION_SUMMARY.set(task.getExecution(),
        Registrations.summary(register.totals(task.getExecution().getProcessBusinessKey())));
  }
}
