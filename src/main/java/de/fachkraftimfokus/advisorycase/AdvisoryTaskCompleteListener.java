package de.fachkraftimfokus.advisorycase;

import static de.fachkraftimfokus.advisorycase.AdvisoryCaseProcess.Var;

import de.fachkraftimfokus.process.JsonVariables;
import de.fachkraftimfokus.validation.InputCheck;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of the documenting tasks of a case (<i>Grundberatung dokumentieren</i>,
 * <i>Begleitplan erstellen</i>, <i>Zwischenstand abstimmen</i>, <i>Begleitung auswerten</i>,
 * <i>Fall abschließen</i>): the same required fields as their forms.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener on
 * {@code complete}: the engine wraps task-listener exceptions into a generic error (HTTP 500),
 * while this way Tasklist and the REST API answer 400 with the German message, and the whole
 * completion is rolled back.
 */
@Component
class AdvisoryTaskCompleteListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the execution was cancelled (withdrawal, terminate), not completed by a user
    }
    InputCheck check = InputCheck.of(execution.getVariables());
    switch (execution.getCurrentActivityId()) {
      case AdvisoryCaseProcess.Element.DOCUMENT_BASIC_ADVICE -> {
        check.requiredText(Var.BASIC_ADVICE_NOTE, "Inhalt der Grundberatung");
        List<String> topics = List.of();
        try {
          topics = JsonVariables.stringList(execution.getVariable(Var.BASIC_ADVICE_TOPICS));
        } catch (IllegalArgumentException e) {
          check.rule(false, Var.BASIC_ADVICE_TOPICS, "Gegebene Informationen", "keine Liste");
        }
        check.rule(!topics.isEmpty() && AdvisoryCaseProcess.BASIC_ADVICE_TOPIC_IDS.containsAll(topics),
            Var.BASIC_ADVICE_TOPICS, "Gegebene Informationen", "mindestens eine der angebotenen Möglichkeiten wählen");
        check.orThrow();
        execution.setVariable(Var.BASIC_ADVICE_TOPICS, JsonVariables.json(topics));
        return;
      }
      case AdvisoryCaseProcess.Element.CREATE_SUPPORT_PLAN -> check.requiredText(Var.SUPPORT_PLAN, "Begleitplan");
      case AdvisoryCaseProcess.Element.STATUS_ROUND -> check.requiredText(Var.STATUS_NOTE, "Zwischenstand");
      case AdvisoryCaseProcess.Element.EVALUATE_SUPPORT -> check
          .requiredText(Var.SUPPORT_EVALUATION, "Auswertung der Begleitung")
          .oneOf(Var.GOALS_REACHED, "Ziele erreicht?", AdvisoryCaseProcess.GOALS_REACHED_VALUES);
      case AdvisoryCaseProcess.Element.CLOSE_CASE -> check
          .oneOf(Var.CASE_OUTCOME, "Ergebnis des Falls", AdvisoryCaseProcess.CASE_OUTCOMES)
          .requiredText(Var.COMPANY_OWN_ACTIONS, "Was das Unternehmen nun selbst tut");
      default -> throw new IllegalStateException("Keine Prüfung für Aufgabe " + execution.getCurrentActivityId());
    }
    check.orThrow();
  }
}
