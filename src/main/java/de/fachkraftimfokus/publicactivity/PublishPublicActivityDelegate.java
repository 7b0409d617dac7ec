package de.fachkraftimfokus.publicactivity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the activity (brand complete, date coordinated) and opens the round of cross-links. */
@Component("publishPublicActivityDelegate")
class PublishPublicActivityDelegate implements JavaDelegate {

  private final CrossLinkRound round;

  PublishPublicActivityDelegate(CrossLinkRound round) {
    this.round = round;
  }

  @Override
  public void execute(DelegateExecution execution) {
    round.publish(execution);
  }
}
