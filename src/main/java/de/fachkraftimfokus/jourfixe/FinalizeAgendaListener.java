package de.fachkraftimfokus.jourfixe;

import static de.fachkraftimfokus.jourfixe.JourFixeProcess.*;

import de.fachkraftimfokus.validation.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code finalizeAgenda}: the Geschäftsstelle's final agenda text is stored. */
@Component("finalizeAgendaListener")
class FinalizeAgendaListener implements TaskListener {

  private final JourFixeService service;

  FinalizeAgendaListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck.of(task.getVariables()).requiredText(AGENDA_TEXT, "Tagesordnung").orThrow();
    service.finalizeAgenda(task.getExecution().getProcessBusinessKey(), ((String) task.getVariable(AGENDA_TEXT)).trim());
  }
}
