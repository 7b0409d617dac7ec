package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InputCheck;
import de.fachkraftimfokus.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code resolveObjections}: a decision with a reason; an adjustment must be a valid
 * announcement. An {@code end} execution listener (see {@link StatementCompleteListener} why).
 */
@Component("resolutionCompleteListener")
class ResolutionCompleteListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    InputCheck check = InputCheck.of(execution.getVariables())
        .oneOf(Var.RESOLUTION, "Weiteres Vorgehen", CoordinationRequestProcess.Resolution.ids())
        .requiredText(Var.RESOLUTION_TEXT, "Begründung / Änderungen");
    List<FieldError> errors = new ArrayList<>(check.errors());
    if (CoordinationRequestProcess.Resolution.ANGEPASST.name().equals(execution.getVariable(Var.RESOLUTION))) {
      errors.addAll(CoordinationRequestProcess.checkActivity(execution.getVariables()).errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
