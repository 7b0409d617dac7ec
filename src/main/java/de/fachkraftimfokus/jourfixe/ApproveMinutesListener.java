package de.fachkraftimfokus.jourfixe;

import de.fachkraftimfokus.jourfixe.JourFixeProcess.Var;
import de.fachkraftimfokus.process.TaskCompletion;
import de.fachkraftimfokus.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
    if (JourFixeProcess.REVISE.equals(Var.MINUTES_APPROVAL.get(execution))) {
      check.requiredText(Var.APPROVAL_COMMENT, "Anmerkungen");
    }
    check.orThrow();
  }
}
