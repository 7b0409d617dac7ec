package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import de.fachkraftimfokus.process.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code approveMinutes}: approve, or send back — then with a comment, which the
 * form cannot require for that answer only.
 */
@Component("approveMinutesListener")
class ApproveMinutesListener extends TaskCompletion {

  @Override
  protected void completed(DelegateExecution execution) {
    InputCheck check = InputCheck.of(execution.getVariables());
    if (REVISE.equals(execution.getVariable(MINUTES_APPROVAL))) {
      check.requiredText(APPROVAL_COMMENT, "Anmerkungen");
    }
    check.orThrow();
  }
}
