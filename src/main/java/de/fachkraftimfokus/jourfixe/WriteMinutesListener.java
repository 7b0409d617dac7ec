package de.fachkraftimfokus.jourfixe;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of {@code writeMinutes}: a decision for every agenda item, complete action items. */
@Component("writeMinutesListener")
class WriteMinutesListener implements TaskListener {

  private final JourFixeService service;

  WriteMinutesListener(JourFixeService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    Map<Long, String> agendaIds = service.agenda(businessKey).stream()
        .collect(Collectors.toMap(JourFixeService.AgendaItem::id, JourFixeService.AgendaItem::sourceType));
    Minutes.read(task.getVariables(), agendaIds);
  }
}
