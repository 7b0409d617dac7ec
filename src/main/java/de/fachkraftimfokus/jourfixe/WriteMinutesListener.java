package de.fachkraftimfokus.jourfixe;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import de.fachkraftimfokus.process.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code writeMinutes}: a decision for every item of this agenda, complete action
 * items.
 */
@Component("writeMinutesListener")
class WriteMinutesListener extends TaskCompletion {

  private final JourFixeService service;

  WriteMinutesListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Map<Long, String> agendaIds = service.agenda(businessKey).stream()
        .collect(Collectors.toMap(JourFixeService.AgendaItem::id, JourFixeService.AgendaItem::sourceType));
    Minutes.read(execution.getVariables(), agendaIds);
  }
}
