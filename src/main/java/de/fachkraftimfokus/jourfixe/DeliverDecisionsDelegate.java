package de.fachkraftimfokus.jourfixe;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Delivers the decisions on coordination requests to the requests waiting for them. */
@Component("deliverDecisionsDelegate")
class DeliverDecisionsDelegate implements JavaDelegate {

  private final Decisions decisions;

  DeliverDecisionsDelegate(Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.deliver(execution.getProcessBusinessKey());
  }
}
