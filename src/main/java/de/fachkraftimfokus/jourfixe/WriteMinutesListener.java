package de.fachkraftimfokus.jourfixe;

import java.util.Set;
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
    Set<Long> agendaIds = service.agenda(businessKey).stream().map(JourFixeService.AgendaItem::id)
        .collect(Collectors.toSet());
    Minutes.read(task.getVariables(), agendaIds);
  }
}
