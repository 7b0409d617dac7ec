package de.fachkraftimfokus.coordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the announced activity in the register and starts the first round of statements. */
@Component("publishActivityDelegate")
class PublishActivityDelegate implements JavaDelegate {

  private final StatementRounds rounds;

  PublishActivityDelegate(StatementRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.startRound(execution, 1);
  }
}
