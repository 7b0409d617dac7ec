package de.fachkraftimfokus.jourfixe;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code writeMinutes}: a decision for every agenda item, complete action items.
 *
 * <p>Wired as the user task's execution listener on {@code end}, not as a task listener: the
 * engine wraps task-listener exceptions into a generic error (HTTP 500); this way Tasklist and the
 * REST API answer 400 with the German message, and the completion is rolled back.
 */
@Component("writeMinutesListener")
class WriteMinutesListener implements ExecutionListener {

  private final JourFixeService service;

  WriteMinutesListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String businessKey = execution.getProcessBusinessKey();
    Map<Long, String> agendaIds = service.agenda(businessKey).stream()
        .collect(Collectors.toMap(JourFixeService.AgendaItem::id, JourFixeService.AgendaItem::sourceType));
    Minutes.read(execution.getVariables(), agendaIds);
  }
}
