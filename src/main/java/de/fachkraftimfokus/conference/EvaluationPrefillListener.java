package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.ConferenceState;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code evaluateConference}: the conference took place; the form is prefilled with the
 * registered participants and companies, which the lead partner corrects to who came.
 */
@Component("evaluationPrefillListener")
class EvaluationPrefillListener implements ExecutionListener {

  private final ConferenceRegister register;

  EvaluationPrefillListener(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ConferenceRegister.Totals totals = register.totals(execution.getProcessBusinessKey());
    Var.PARTICIPANTS.set(execution, totals.participants());
    Var.COMPANIES.set(execution, totals.companies());
    Var.REGISTRATION_SUMMARY.set(execution, Registrations.summary(totals));
    Var.FOLLOW_UPS.set(execution, java.util.List.of());
    register.state(execution.getProcessBusinessKey(), ConferenceState.DURCHGEFUEHRT);
  }
}
