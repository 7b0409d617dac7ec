package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the final state into the register: agreed (no objection, no overlap) or withdrawn by the
 * initiator. The model passes the state as input parameter {@code Var.TARGET_STATE}.
 */
@Component("concludeActivityDelegate")
class ConcludeActivityDelegate implements JavaDelegate {

  private final ActivityRegister register;

  ConcludeActivityDelegate(ActivityRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ActivityState state = Var.TARGET_STATE.require(execution);
    String text = state == ActivityState.ZURUECKGEZOGEN
        ? "Vom federführenden Partner zurückgezogen: " + Var.RESOLUTION_TEXT.get(execution)
        : "Ohne Einwand und ohne Überschneidung abgestimmt.";
    register.setState(execution.getProcessBusinessKey(), state, text);
    Var.OUTCOME.set(execution.getProcessInstance(), state.name());
  }
}
