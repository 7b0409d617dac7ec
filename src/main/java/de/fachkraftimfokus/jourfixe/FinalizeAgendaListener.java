package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code finalizeAgenda}: the Geschäftsstelle's final agenda text is stored.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener: the
 * engine wraps task-listener exceptions into a generic error (HTTP 500); this way Tasklist and the
 * REST API answer 400 with the German message, and the completion is rolled back.
 */
@Component("finalizeAgendaListener")
class FinalizeAgendaListener implements ExecutionListener {

  private final JourFixeService service;

  FinalizeAgendaListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    InputCheck.of(execution.getVariables()).requiredText(AGENDA_TEXT, "Tagesordnung").orThrow();
    service.finalizeAgenda(execution.getProcessBusinessKey(), ((String) execution.getVariable(AGENDA_TEXT)).trim());
  }
}
