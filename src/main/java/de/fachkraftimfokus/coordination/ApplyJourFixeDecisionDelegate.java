package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import de.fachkraftimfokus.coordination.CoordinationRequestProcess.JourFixeDecision;
import de.fachkraftimfokus.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Takes the Jour fixe's decision into the register. Runs in the transaction of the message
 * correlation: a decision that is not understood refuses the whole correlation.
 */
@Component("applyJourFixeDecisionDelegate")
class ApplyJourFixeDecisionDelegate implements JavaDelegate {

  private final ActivityRegister register;

  ApplyJourFixeDecisionDelegate(ActivityRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InputCheck.of(execution.getVariables())
        .oneOf(Var.DECISION, "Entscheidung des Jour fixe", JourFixeDecision.ids())
        .requiredText(Var.DECISION_TEXT, "Begründung der Entscheidung")
        .orThrow();
    JourFixeDecision decision = JourFixeDecision.valueOf(Var.DECISION.get(execution));
    register.setState(execution.getProcessBusinessKey(), decision.state(),
        "Entscheidung des Jour fixe: " + Var.DECISION_TEXT.get(execution));
    Var.OUTCOME.set(execution, decision.state().name());
  }
}
