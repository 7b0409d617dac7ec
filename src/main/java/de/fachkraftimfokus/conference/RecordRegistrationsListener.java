package de.fachkraftimfokus.conference;

import de.fachkraftimfokus.conference.AnnualConferenceProcess.Registration;
import de.fachkraftimfokus.conference.AnnualConferenceProcess.Var;
import de.fachkraftimfokus.process.InputCheck;
import de.fachkraftimfokus.process.TaskCompletion;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code recordRegistrations}: the registrations the lead partner entered (a company
 * and how many it sends — no participant's name) are added; the next round's form starts empty and
 * shows the totals.
 */
@Component("recordRegistrationsListener")
class RecordRegistrationsListener extends TaskCompletion {

  private final ConferenceRegister register;

  RecordRegistrationsListener(ConferenceRegister register) {
    this.register = register;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    List<Registration> rows = Registrations.read(InputCheck.of(execution.getVariables()));
    String user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
        : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    for (Registration row : rows) {
      register.addRegistration(execution.getProcessBusinessKey(), row.companyName(), row.participants().intValue(),
          ConferenceRegister.RegistrationSource.TASKLIST, user);
    }
    Var.NEW_REGISTRATIONS.set(execution, List.of());
    Var.REGISTRATION_COMPLETE.set(execution, Var.REGISTRATION_COMPLETE.isTrue(execution));
    Var.REGISTRATION_SUMMARY.set(execution, Registrations.summary(register.totals(execution.getProcessBusinessKey())));
  }
}
