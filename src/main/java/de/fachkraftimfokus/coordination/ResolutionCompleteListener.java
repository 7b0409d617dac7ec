package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import de.fachkraftimfokus.process.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code resolveObjections}: an adjustment must be a valid announcement (the rules of
 * the start that its form cannot say).
 */
@Component("resolutionCompleteListener")
class ResolutionCompleteListener extends TaskCompletion {

  @Override
  protected void completed(DelegateExecution execution) {
    if (CoordinationRequestProcess.Resolution.ANGEPASST.name().equals(Var.RESOLUTION.get(execution))) {
      CoordinationRequestProcess.checkActivity(execution).orThrow();
    }
  }
}
