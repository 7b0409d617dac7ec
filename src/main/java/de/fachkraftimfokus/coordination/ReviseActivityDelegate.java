package de.fachkraftimfokus.coordination;

import static de.fachkraftimfokus.coordination.CoordinationRequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the adjusted activity into the register and starts a new round of statements. */
@Component("reviseActivityDelegate")
class ReviseActivityDelegate implements JavaDelegate {

  private final StatementRounds rounds;

  ReviseActivityDelegate(StatementRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CoordinationRequestProcess.normalizeLists(execution);
    rounds.startRound(execution, Var.ROUND.get(execution) + 1);
  }
}
