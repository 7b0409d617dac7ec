package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Completion of <i>Ansprache abstimmen</i>: an outcome and a note of what was agreed with whom. *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener on
 * {@code complete}: the engine wraps task-listener exceptions into a generic error (HTTP 500),
 * while this way Tasklist and the REST API answer 400 with the German message, and the whole
 * completion is rolled back.
 */
@Component
class CoordinateApproachCompleteListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the execution was cancelled (withdrawal, terminate), not completed by a user
    }
    InputCheck.of(execution.getVariables())
        .oneOf(Var.APPROACH_OUTCOME, "Ergebnis der Abstimmung", Arrays.stream(ApproachOutcome.values()).map(Enum::name).toList())
        .requiredText(Var.APPROACH_NOTE, "Was wurde mit wem vereinbart?")
        .orThrow();
  }
}
