package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of <i>Clearinggespräch führen</i>: at least one known Handlungsfeld, the problem in
 * the company's words, its own solution ideas (quality standard of agreement 3.4) and the urgency.
 * The needs are stored again as a clean JSON list of ids.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener on
 * {@code complete}: the engine wraps task-listener exceptions into a generic error (HTTP 500),
 * while this way Tasklist and the REST API answer 400 with the German message, and the whole
 * completion is rolled back.
 */
@Component
class ClearingCompleteListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the execution was cancelled (withdrawal, terminate), not completed by a user
    }
    InputCheck check = InputCheck.of(execution.getVariables())
        .requiredText(Var.PROBLEM_DESCRIPTION, "Problem in den Worten des Unternehmens")
        .requiredText(Var.OWN_SOLUTION_IDEAS, "Eigene Lösungsideen des Unternehmens")
        .oneOf(Var.URGENCY, "Dringlichkeit", OfferRecommender.URGENCIES);
    List<String> needs = List.of();
    try {
      needs = JsonVariables.stringList(execution.getVariable(Var.NEEDS));
    } catch (IllegalArgumentException e) {
      check.rule(false, Var.NEEDS, "Handlungsfelder", "keine Liste von Handlungsfeldern");
    }
    check.rule(!needs.isEmpty(), Var.NEEDS, "Handlungsfelder", "mindestens ein Handlungsfeld wählen");
    List<String> unknown = needs.stream().filter(n -> FieldOfAction.byId(n).isEmpty()).toList();
    check.rule(unknown.isEmpty(), Var.NEEDS, "Handlungsfelder", "unbekannt: " + String.join(", ", unknown));
    check.orThrow();
    execution.setVariable(Var.NEEDS, JsonVariables.json(needs.stream().distinct().toList()));
  }
}
