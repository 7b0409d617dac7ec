package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.TaskCompletion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Clearinggespräch führen</i>. Its form is the contract of the fields (at least one
 * Handlungsfeld, the problem in the company's words, its own solution ideas — the quality standard
 * of agreement 3.4 — and the urgency); the needs are kept as a clean JSON list of ids for the
 * decision tables.
 */
@Component
class ClearingCompleteListener extends TaskCompletion {

  @Override
  protected void completed(DelegateExecution execution) {
    Var.NEEDS.setIfChanged(execution, Var.NEEDS.get(execution).stream().distinct().toList());
  }
}
