package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.contact.ApproachOutcome;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of <i>Ansprache abstimmen</i>: an outcome and a note of what was agreed with whom. */
@Component
class CoordinateApproachCompleteListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck.of(task.getVariables())
        .oneOf(Var.APPROACH_OUTCOME, "Ergebnis der Abstimmung", Arrays.stream(ApproachOutcome.values()).map(Enum::name).toList())
        .requiredText(Var.APPROACH_NOTE, "Was wurde mit wem vereinbart?")
        .orThrow();
  }
}
