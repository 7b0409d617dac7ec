package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.validation.FieldError;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code resolveObjections}: a decision with a reason; an adjustment must be a valid announcement. */
@Component("resolutionCompleteListener")
class ResolutionCompleteListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = InputCheck.of(task.getVariables())
        .oneOf(Var.RESOLUTION, "Weiteres Vorgehen", CoordinationRequestProcess.Resolution.ids())
        .requiredText(Var.RESOLUTION_TEXT, "Begründung / Änderungen");
    List<FieldError> errors = new ArrayList<>(check.errors());
    if (CoordinationRequestProcess.Resolution.ANGEPASST.name().equals(task.getVariable(Var.RESOLUTION))) {
      errors.addAll(CoordinationRequestProcess.checkActivity(task.getVariables()).errors());
    }
    if (!errors.isEmpty()) {
      throw new de.fachkraftimfokus.validation.InvalidInputException(errors);
    }
  }
}
